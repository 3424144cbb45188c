import { describe, expect, test } from 'vitest';
import { classifyHeadline, isFurniture, parseHeader, parseSource, SourceFormatError, splitParagraphs, stripSignature } from '../../../src/ingest/parse-source';

describe('parseHeader', () => {
  test.each([
    [' date 2026-02-22 Le ministre reçoit', '2026-02-22', 'Le ministre reçoit'],
    [' date 2025-05 Le secrétaire général rencontre', '2025-05', 'Le secrétaire général rencontre'],
    ['date 2024-02-29 Leap day', '2024-02-29', 'Leap day'],
    [' date 2025-01', '2025-01', ''],
  ])('reads %j', (line, published, headline) => {
    expect(parseHeader(line)).toEqual({ published, headline });
  });

  test.each([' date 2026-02-30 Impossible', ' date 2026-13 No such month', ' date 2023-02-29 Not a leap year'])('rejects the impossible date in %j', (line) => {
    expect(() => parseHeader(line)).toThrow(/does not exist/);
  });

  test('rejects a first line that is not a header, naming line 1', () => {
    try {
      parseHeader('Hanoi (VNA) - Le ministre a reçu');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceFormatError);
      expect((error as SourceFormatError).line).toBe(1);
    }
  });
});

describe('isFurniture', () => {
  test.each(['>> Flux d’IDE : l’Europe et les États-Unis séduits par le Vietnam', 'Photo : VNA/CVN', 'Photo: VNA', 'VNA/CVN', '-VNA/VI', 'Photo : qdnd.vn'])('flags %j as page furniture', (text) => {
    expect(isFurniture(text)).toBe(true);
  });

  test.each(['Le ministre a reçu le 4 mars à Hanoï Kerry Person.', 'Photo de famille entre les responsables de Ninh Binh et la délégation du Parti communiste japonais.'])('keeps %j as article text', (text) => {
    expect(isFurniture(text)).toBe(false);
  });
});

describe('stripSignature', () => {
  test.each([
    ['des bénéfices mutuels tangibles. -VNA/VI', 'des bénéfices mutuels tangibles.'],
    ['dans la région et du monde. -VNA', 'dans la région et du monde.'],
    ['à l’ère numérique.-VNA', 'à l’ère numérique.'],
    ['scientifico-technique. - VOV/VNA', 'scientifico-technique.'],
  ])('removes the agency signature from %j', (text, expected) => {
    expect(stripSignature(text)).toBe(expected);
  });
});

describe('splitParagraphs', () => {
  test('splits on blank lines, flags furniture and strips signatures', () => {
    expect(splitParagraphs('Premier.\n\n>> Lien connexe\n\nPhoto : VNA/CVN\n\nDernier. -VNA/VI\n')).toEqual([
      { text: 'Premier.', furniture: false },
      { text: '>> Lien connexe', furniture: true },
      { text: 'Photo : VNA/CVN', furniture: true },
      { text: 'Dernier.', furniture: false },
    ]);
  });
});

describe('classifyHeadline', () => {
  test.each([
    ['Le ministre vietnamien de la Police rencontre un dirigeant d’Amazon à Washington', 'headline'],
    ['Lors de la réception. Photo : VNA', 'caption'],
    ['Le vice-ministre Luong Tam Quang (gauche) et le ministre lao Vilay Lakhamphong. Photo: VNA', 'caption'],
    ['Panorama de la rencontre. Photo: VNA', 'caption'],
    ['Dans l’après-midi du 13 février à Hanoï, le général Luong Tam Quang a reçu Michael DeSombre.', 'sentence'],
    ['Pékin, 28 avril (VNA) - Le vice-ministre s’est entretenu à Pékin avec son homologue chinois.', 'sentence'],
  ] as const)('classifies %j as %s', (headline, kind) => {
    expect(classifyHeadline(headline)).toBe(kind);
  });
});

describe('parseSource', () => {
  test('reads CRLF and CR line ends and a byte-order mark like LF', () => {
    const lf = parseSource('x', 'x.txt', ' date 2025-09-06 Titre\n\nUn.\n\nDeux.\n');
    expect(parseSource('x', 'x.txt', '\uFEFF date 2025-09-06 Titre\r\n\r\nUn.\r\n\r\nDeux.\r\n')).toEqual(lf);
    expect(parseSource('x', 'x.txt', ' date 2025-09-06 Titre\r\rUn.\r\rDeux.\r')).toEqual(lf);
    expect(lf.paragraphs.map((p) => p.text)).toEqual(['Un.', 'Deux.']);
  });
});

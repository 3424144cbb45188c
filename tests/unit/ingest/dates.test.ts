import { describe, expect, test } from 'vitest';
import { addDays, findDates, saysSameDay } from '../../../src/ingest/dates';

describe('findDates', () => {
  test.each([
    ['a reçu, le 19 février à Washington D.C., Shannon Kellogg', '2026-02-22', '2026-02-19'],
    ['ont coprésidé vendredi 5 septembre à Washington le deuxième Dialogue', '2025-09-06', '2025-09-05'],
    ["Dans l'après-midi du 13 février à Hanoï, le général a reçu", '2026-02-13', '2026-02-13'],
    ['a reçu le 1er mars le ministre', '2026-03', '2026-03-01'],
    ['les deux parties se sont réunies les 4 et 5 septembre', '2025-09', '2025-09-04'],
    ['Le ministre a reçu hier le délégué', '2026-03-05', '2026-03-04'],
    ["a reçu, l'après-midi du 31 décembre à Hanoï, l'ambassadeur", '2026-01-02', '2025-12-31'],
    ['a reçu mercredi à Hanoï le vice-président de Google', '2019-08', '2019-08'],
    ['a reçu jeudi à Hanoï l’ancien ambassadeur', '2026-02-22', '2026-02-19'],
    ['dimanche 12 janvier à Hanoï une conférence', '2025-01', '2025-01-12'],
  ])('dates %j (published %s) as %s', (sentence, published, expected) => {
    expect(findDates(sentence, published)[0]?.date).toBe(expected);
  });

  test('does not take a visit range for the meeting date', () => {
    expect(findDates('en visite de travail au Vietnam du 17 au 22 mai', '2025-05-20')).toEqual([]);
    expect(findDates('a effectué du 22 au 28 octobre une tournée. Il s’est entretenu le 25 octobre avec', '2023-10').map((d) => d.date)).toEqual(['2023-10-25']);
  });
});

describe('saysSameDay', () => {
  test.each([['Le même jour, Nguyen Van Quang a reçu la consule', true], ['Le même jour, dans l’après-midi, le ministre', true], ['Auparavant, le ministre a présidé', false]])('%j → %s', (text, expected) => {
    expect(saysSameDay(text)).toBe(expected);
  });
});

describe('addDays', () => {
  test('crosses months and years', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { participantToCell, toMeetingsCsv } from '../../src/lib/meetings-csv';
import { toOpenDataRecords } from '../../src/lib/open-data';
import { data } from './_site-fixture';

describe('participantToCell', () => {
  test.each([
    [{ name: 'Tô Lâm', role: null, organization: null, country: null }, 'Tô Lâm'],
    [{ name: 'Tô Lâm', role: 'ministre', organization: null, country: 'Vietnam' }, 'Tô Lâm (ministre, Vietnam)'],
    [{ name: 'Kerry Person', role: 'vice-présidente', organization: 'Amazon Web Services', country: 'États-Unis' }, 'Kerry Person (vice-présidente, Amazon Web Services, États-Unis)'],
  ])('writes %o as "%s"', (participant, expected) => {
    expect(participantToCell(participant)).toBe(expected);
  });
});

describe('toMeetingsCsv', () => {
  const records = toOpenDataRecords(data, 'https://x.org', '/');
  const csv = toMeetingsCsv(records);

  test('starts with a UTF-8 byte-order mark and ends rows with CRLF, for spreadsheets', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith('\ufeffid,url,date,published,title,place,vietnamese_side,foreign_side,organizations,countries,themes,source\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('has one row per meeting that a CSV parser reads back, commas and quotes included', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['id'])).toEqual(records.map((record) => record.id));
    const row = rows.find((r) => r['id'] === '2025-09-05-le-quoc-hung-chris-landberg')!;
    expect(row).toEqual({
      id: '2025-09-05-le-quoc-hung-chris-landberg',
      url: 'https://x.org/meetings/2025-09-05-le-quoc-hung-chris-landberg/',
      date: '2025-09-05',
      published: '2025-09-06',
      title: 'Dialogue sur le maintien de l’ordre',
      place: 'Washington',
      vietnamese_side: 'Lê Quôc Hùng (vice-ministre, ministère de la Sécurité publique, Vietnam); Nguyên Quôc Dung (ambassadeur, Vietnam)',
      foreign_side: 'Chris Landberg (Bureau pour le Trafic de drogue international et le Respect des lois, États-Unis)',
      organizations: 'ministère de la Sécurité publique; Bureau pour le Trafic de drogue international et le Respect des lois',
      countries: 'Vietnam; États-Unis',
      themes: 'drogue; cybersecurite',
      source: 's3',
    });
  });

  test('leaves an unknown place empty', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['id'] === '2025-05-to-lam-kerry-person')?.['place']).toBe('');
  });
});

import { describe, expect, test } from 'vitest';
import { toOpenDataRecords } from '../../src/lib/open-data';
import { data } from './_site-fixture';

describe('toOpenDataRecords', () => {
  const records = toOpenDataRecords(data, 'https://archive.example.org', '/rencontres/');

  test('sorts records by date, month-precision as the 1st, then by id', () => {
    expect(records.map((r) => r.id)).toEqual([
      '2024-01-10-luong-tam-quang-kerry-person',
      '2025-05-to-lam-kerry-person',
      '2025-05-to-lam-sergei-kudryashov',
      '2025-09-05-le-quoc-hung-chris-landberg',
      '2026-02-19-luong-tam-quang-shannon-kellogg',
      '2026-03-04-luong-tam-quang-kerry-person',
    ]);
  });

  test('resolves names and builds the absolute URL', () => {
    expect(records.find((r) => r.id === '2026-02-19-luong-tam-quang-shannon-kellogg')).toEqual({
      id: '2026-02-19-luong-tam-quang-shannon-kellogg',
      url: 'https://archive.example.org/rencontres/meetings/2026-02-19-luong-tam-quang-shannon-kellogg/',
      source: 's0',
      published: '2026-02-22',
      date: '2026-02-19',
      title: 'Le ministre rencontre un dirigeant d’Amazon',
      place: 'Washington',
      participants: [
        { id: 'luong-tam-quang', name: 'Lương Tam Quang', role: 'ministre de la Police', organization: 'ministère de la Sécurité publique', country: 'Vietnam', side: 'home' },
        { id: 'shannon-kellogg', name: 'Shannon Kellogg', role: 'vice-président', organization: 'Amazon', country: 'États-Unis', side: 'foreign' },
      ],
      organizations: [{ id: 'ministere-securite-publique', name: 'ministère de la Sécurité publique' }, { id: 'amazon', name: 'Amazon' }],
      countries: ['Vietnam', 'États-Unis'],
      themes: ['numerique', 'cybersecurite'],
    });
  });

  test('keeps null organization and country as null', () => {
    const toLam = records.find((r) => r.id === '2025-05-to-lam-sergei-kudryashov')?.participants[0];
    expect(toLam).toMatchObject({ organization: null, country: 'Vietnam' });
  });

  test('works at the site root', () => {
    expect(toOpenDataRecords(data, 'https://x.org/', '/')[0]?.url).toBe('https://x.org/meetings/2024-01-10-luong-tam-quang-kerry-person/');
  });
});

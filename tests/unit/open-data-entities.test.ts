import { describe, expect, test } from 'vitest';
import { toOfficialRecords, toOrganizationRecords, toThemeRecords } from '../../src/lib/open-data-entities';
import { fixtureArchive } from './_site-fixture';

describe('toOfficialRecords', () => {
  const records = toOfficialRecords(fixtureArchive(), 'https://x.org', '/a/');

  test('lists every official by id with country name, page URL and meetings oldest first', () => {
    expect(records.map((r) => r.id)).toEqual(['chris-landberg', 'kerry-person', 'le-quoc-hung', 'luong-tam-quang', 'nguyen-quoc-dung', 'sergei-kudryashov', 'shannon-kellogg', 'to-lam']);
    expect(records.find((r) => r.id === 'kerry-person')).toEqual({
      id: 'kerry-person',
      url: 'https://x.org/a/officials/kerry-person/',
      name: 'Kerry Person',
      aliases: [],
      country: 'États-Unis',
      side: 'foreign',
      meetings: ['2024-01-10-luong-tam-quang-kerry-person', '2025-05-to-lam-kerry-person', '2026-03-04-luong-tam-quang-kerry-person'],
    });
  });
});

describe('toOrganizationRecords', () => {
  test('gives abbreviation, aliases, country name and meetings', () => {
    const records = toOrganizationRecords(fixtureArchive(), 'https://x.org', '/');
    expect(records.find((r) => r.id === 'ministere-securite-publique')).toEqual({
      id: 'ministere-securite-publique',
      url: 'https://x.org/organizations/ministere-securite-publique/',
      name: 'ministère de la Sécurité publique',
      abbreviation: null,
      aliases: ['ministère de la Police'],
      country: 'Vietnam',
      meetings: ['2024-01-10-luong-tam-quang-kerry-person', '2025-09-05-le-quoc-hung-chris-landberg', '2026-02-19-luong-tam-quang-shannon-kellogg', '2026-03-04-luong-tam-quang-kerry-person'],
    });
    expect(records.find((r) => r.id === 'amazon-web-services')?.abbreviation).toBe('AWS');
  });
});

describe('toThemeRecords', () => {
  test('lists the whole taxonomy with French and English labels and each theme’s meetings', () => {
    const records = toThemeRecords(fixtureArchive(), 'https://x.org', '/');
    expect(records.map((r) => r.id)).toEqual(['cybersecurite', 'drogue', 'energie', 'numerique']);
    expect(records.find((r) => r.id === 'energie')).toEqual({
      id: 'energie', url: 'https://x.org/themes/energie/', label: 'Énergie', labelEn: 'Energy', scope: 'energy', meetings: ['2025-05-to-lam-sergei-kudryashov'],
    });
  });
});

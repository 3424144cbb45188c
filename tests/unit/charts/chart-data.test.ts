import { describe, expect, test } from 'vitest';
import { getArchiveRange, getMonthCounts, getOfficialNetwork, getTopOfficials } from '../../../src/lib/charts/chart-data';
import { getMeetingsForTerm } from '../../../src/lib/terms';
import { fixtureArchive } from '../_site-fixture';

const archive = fixtureArchive();
const href = (section: string, id: string) => `/${section}/${id}/`;

describe('getArchiveRange', () => {
  test('spans the first and last meeting months', () => {
    expect(getArchiveRange(archive)).toEqual({ first: '2024-01', last: '2026-03' });
  });
});

describe('getMonthCounts', () => {
  test("counts a term's meetings over the whole archive's months", () => {
    const months = getMonthCounts(archive, getMeetingsForTerm(archive.meetings, 'theme', 'numerique'));
    expect(months).toHaveLength(27);
    expect(months.filter((month) => month.count > 0)).toEqual([
      { key: '2025-05', count: 1 },
      { key: '2026-02', count: 1 },
      { key: '2026-03', count: 1 },
    ]);
  });
});

describe('getTopOfficials', () => {
  test('ranks officials by meetings taken part in, ties alphabetical', () => {
    const top = getTopOfficials(archive, getMeetingsForTerm(archive.meetings, 'theme', 'numerique'), href);
    expect(top.map((item) => [item.id, item.count])).toEqual([
      ['kerry-person', 2],
      ['luong-tam-quang', 2],
      ['shannon-kellogg', 1],
      ['to-lam', 1],
    ]);
    expect(top[0]!.href).toBe('/officials/kerry-person/');
  });
});

describe('getOfficialNetwork', () => {
  test('counts the people met and their organizations once per meeting', () => {
    const meetings = getMeetingsForTerm(archive.meetings, 'official', 'luong-tam-quang');
    const network = getOfficialNetwork(archive, 'luong-tam-quang', meetings, href);
    expect(network.center).toMatchObject({ id: 'luong-tam-quang', count: 3 });
    expect(network.people.map((node) => [node.id, node.count])).toEqual([['kerry-person', 2], ['shannon-kellogg', 1]]);
    expect(network.organizations.map((node) => [node.id, node.count, node.href])).toEqual([
      ['org:amazon-web-services', 2, '/organizations/amazon-web-services/'],
      ['org:amazon', 1, '/organizations/amazon/'],
    ]);
    expect(network.links).toEqual([
      { source: 'kerry-person', target: 'org:amazon-web-services' },
      { source: 'shannon-kellogg', target: 'org:amazon' },
    ]);
  });

  test('leaves out people on the same side', () => {
    const meetings = getMeetingsForTerm(archive.meetings, 'official', 'le-quoc-hung');
    const network = getOfficialNetwork(archive, 'le-quoc-hung', meetings, href);
    expect(network.people.map((node) => node.id)).toEqual(['chris-landberg']);
  });
});

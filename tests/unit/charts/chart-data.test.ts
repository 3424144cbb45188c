import { describe, expect, test } from 'vitest';
import { getArchiveRange, getMonthCounts, getOfficialNetwork, getTopOfficials } from '../../../src/lib/charts/chart-data';
import { compareLabels } from '../../../src/lib/archive';
import { getMeetingsForTerm, getTermCounts } from '../../../src/lib/terms';
import type { Meeting } from '../../../src/schemas/meeting';
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

  test('keeps the first `limit` only', () => {
    const top = getTopOfficials(archive, getMeetingsForTerm(archive.meetings, 'theme', 'numerique'), href, 2);
    expect(top.map((item) => item.id)).toEqual(['kerry-person', 'luong-tam-quang']);
  });

  test('orders as comparing counts, then names, then ids, for every term and the whole archive', () => {
    const byNames = (meetings: Meeting[]) => {
      const counts = new Map<string, number>();
      for (const meeting of meetings) for (const id of new Set(meeting.participants.map((p) => p.official))) counts.set(id, (counts.get(id) ?? 0) + 1);
      const label = (id: string) => archive.official.get(id)?.name ?? id;
      return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareLabels(label(a), label(b)) || a.localeCompare(b)).map(([id, count]) => [id, count]);
    };
    const kinds = ['theme', 'organization', 'country', 'year'] as const;
    const lists = [archive.meetings, ...kinds.flatMap((kind) => getTermCounts(archive, kind).map((term) => getMeetingsForTerm(archive.meetings, kind, term.id)))];
    for (const meetings of lists) {
      expect(getTopOfficials(archive, meetings, href, Infinity).map((item) => [item.id, item.count])).toEqual(byNames(meetings));
    }
  });

  test('counts an official once per meeting, however often the meeting lists them', () => {
    const [meeting] = getMeetingsForTerm(archive.meetings, 'theme', 'numerique');
    const twice = { ...meeting!, participants: [...meeting!.participants, ...meeting!.participants] };
    expect(getTopOfficials(archive, [twice, twice], href, Infinity).map((item) => item.count)).toEqual(meeting!.participants.map(() => 2));
  });

  test('places an official the archive does not know by its id, among the others by name', () => {
    const [meeting] = getMeetingsForTerm(archive.meetings, 'theme', 'numerique');
    const unknown = { ...meeting!, participants: [...meeting!.participants, { ...meeting!.participants[0]!, official: 'zz-inconnu' }] };
    const ids = getTopOfficials(archive, [unknown], href, Infinity).map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => compareLabels(archive.official.get(a)?.name ?? a, archive.official.get(b)?.name ?? b) || a.localeCompare(b)));
    expect(ids.at(-1)).toBe('zz-inconnu');
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

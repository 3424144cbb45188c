import { describe, expect, test } from 'vitest';
import { getMeetingsForTerm, getMeetingsOfMonth, getMeetingTermIds, getTermCounts, getTermLabel, groupMeetingsByMonth } from '../../src/lib/terms';
import { fixtureArchive, meetingById } from './_site-fixture';

describe('getMeetingTermIds', () => {
  test.each([
    ['official', ['le-quoc-hung', 'nguyen-quoc-dung', 'chris-landberg']],
    ['organization', ['ministere-securite-publique', 'inl']],
    ['country', ['vietnam', 'etats-unis']],
    ['theme', ['drogue', 'cybersecurite']],
    ['year', ['2025']],
  ] as const)('files the 2025 dialogue under its %s ids', (kind, expected) => {
    expect(getMeetingTermIds(meetingById('2025-09-05-le-quoc-hung-chris-landberg'), kind)).toEqual(expected);
  });
});

describe('getTermLabel', () => {
  test('uses the theme label and falls back to the id', () => {
    const archive = fixtureArchive();
    expect(getTermLabel(archive, 'theme', 'drogue')).toBe('Lutte contre la drogue');
    expect(getTermLabel(archive, 'country', 'nowhere')).toBe('nowhere');
  });
});

describe('getTermCounts', () => {
  test('counts meetings per official, alphabetically', () => {
    expect(getTermCounts(fixtureArchive(), 'official')).toEqual([
      { id: 'chris-landberg', label: 'Chris Landberg', count: 1 },
      { id: 'kerry-person', label: 'Kerry Person', count: 3 },
      { id: 'le-quoc-hung', label: 'Lê Quôc Hùng', count: 1 },
      { id: 'luong-tam-quang', label: 'Lương Tam Quang', count: 3 },
      { id: 'nguyen-quoc-dung', label: 'Nguyên Quôc Dung', count: 1 },
      { id: 'sergei-kudryashov', label: 'Sergei Ivanovich Kudryashov', count: 1 },
      { id: 'shannon-kellogg', label: 'Shannon Kellogg', count: 1 },
      { id: 'to-lam', label: 'Tô Lâm', count: 2 },
    ]);
  });

  test('lists years newest first', () => {
    expect(getTermCounts(fixtureArchive(), 'year')).toEqual([
      { id: '2026', label: '2026', count: 2 },
      { id: '2025', label: '2025', count: 3 },
      { id: '2024', label: '2024', count: 1 },
    ]);
  });

  test('leaves out themes without meetings', () => {
    expect(getTermCounts(fixtureArchive(), 'theme').map((t) => t.id)).toEqual(['cybersecurite', 'energie', 'drogue', 'numerique']);
  });
});

describe('getMeetingsForTerm', () => {
  test('lists an organization’s meetings oldest first', () => {
    expect(getMeetingsForTerm(fixtureArchive().meetings, 'organization', 'amazon-web-services').map((m) => m.id)).toEqual([
      '2024-01-10-luong-tam-quang-kerry-person',
      '2025-05-to-lam-kerry-person',
      '2026-03-04-luong-tam-quang-kerry-person',
    ]);
  });

  test.each(['official', 'organization', 'country', 'theme', 'year'] as const)('gives, for every %s, the meetings a scan over all of them finds', (kind) => {
    const { meetings } = fixtureArchive();
    const ids = [...new Set(meetings.flatMap((m) => getMeetingTermIds(m, kind)))];
    expect(ids.length).toBeGreaterThan(1);
    for (const id of [...ids, 'no-such-term']) {
      const scanned = meetings.filter((m) => getMeetingTermIds(m, kind).includes(id)).map((m) => m.id).sort();
      expect(getMeetingsForTerm(meetings, kind, id).map((m) => m.id).sort()).toEqual(scanned);
    }
  });

  test('hands out a copy: changing one list leaves the next answer whole', () => {
    const { meetings } = fixtureArchive();
    const first = getMeetingsForTerm(meetings, 'organization', 'amazon-web-services');
    first.pop();
    expect(getMeetingsForTerm(meetings, 'organization', 'amazon-web-services')).toHaveLength(first.length + 1);
  });
});

describe('groupMeetingsByMonth', () => {
  test('groups by year then month, newest first', () => {
    const groups = groupMeetingsByMonth(fixtureArchive().meetings);
    expect(groups.map((g) => [g.year, g.count, g.months.map((m) => m.key)])).toEqual([
      [2026, 2, ['2026-03', '2026-02']],
      [2025, 3, ['2025-09', '2025-05']],
      [2024, 1, ['2024-01']],
    ]);
  });

  test('keeps the meetings of a month newest first, later positions first on the same date', () => {
    const may = groupMeetingsByMonth(fixtureArchive().meetings)[1]?.months[1];
    expect(may?.meetings.map((m) => m.id)).toEqual(['2025-05-to-lam-kerry-person', '2025-05-to-lam-sergei-kudryashov']);
  });
});

describe('getMeetingsOfMonth', () => {
  test('lists the meetings of one month newest first, as the month group of its year does', () => {
    const { meetings } = fixtureArchive();
    for (const year of groupMeetingsByMonth(meetings)) {
      for (const month of year.months) expect(getMeetingsOfMonth(meetings, month.key).map((m) => m.id)).toEqual(month.meetings.map((m) => m.id));
    }
    expect(getMeetingsOfMonth(meetings, '2025-05').map((m) => m.id)).toEqual(['2025-05-to-lam-kerry-person', '2025-05-to-lam-sergei-kudryashov']);
  });

  test('finds nothing for a month without meetings, even in a year with some', () => {
    expect(getMeetingsOfMonth(fixtureArchive().meetings, '2025-06')).toEqual([]);
    expect(getMeetingsOfMonth(fixtureArchive().meetings, '2019-01')).toEqual([]);
  });
});

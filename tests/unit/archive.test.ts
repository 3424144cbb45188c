import { describe, expect, test } from 'vitest';
import { compareLabels, compareMeetingsNewestFirst, compareMeetingsOldestFirst, createArchive } from '../../src/lib/archive';
import { data, meetingById } from './_site-fixture';

describe('createArchive', () => {
  test('orders meetings newest first whatever the input order', () => {
    const archive = createArchive({ ...data, meetings: [...data.meetings].reverse() });
    expect(archive.meetings.map((m) => m.id)).toEqual([
      '2026-03-04-luong-tam-quang-kerry-person',
      '2026-02-19-luong-tam-quang-shannon-kellogg',
      '2025-09-05-le-quoc-hung-chris-landberg',
      '2025-05-to-lam-kerry-person',
      '2025-05-to-lam-sergei-kudryashov',
      '2024-01-10-luong-tam-quang-kerry-person',
    ]);
  });

  test('indexes entries by id', () => {
    const archive = createArchive(data);
    expect(archive.official.get('to-lam')?.name).toBe('Tô Lâm');
    expect(archive.theme.get('energie')?.label).toBe('Énergie');
  });

  test('sorts officials alphabetically in French, ignoring accents', () => {
    const archive = createArchive(data);
    expect(archive.officials.map((o) => o.name).slice(0, 3)).toEqual(['Chris Landberg', 'Kerry Person', 'Lê Quôc Hùng']);
  });
});

describe('compareMeetingsOldestFirst', () => {
  test('puts a month-precision meeting with the first of its month, then by position', () => {
    const a = meetingById('2025-05-to-lam-kerry-person');
    const b = meetingById('2025-05-to-lam-sergei-kudryashov');
    expect(compareMeetingsOldestFirst(b, a)).toBeLessThan(0);
    expect(compareMeetingsOldestFirst(a, meetingById('2025-09-05-le-quoc-hung-chris-landberg'))).toBeLessThan(0);
  });
});

describe('compareMeetingsNewestFirst', () => {
  test('is the reverse of oldest first', () => {
    const a = meetingById('2024-01-10-luong-tam-quang-kerry-person');
    const b = meetingById('2026-02-19-luong-tam-quang-shannon-kellogg');
    expect(compareMeetingsNewestFirst(a, b)).toBeGreaterThan(0);
  });
});

describe('compareLabels', () => {
  test('sorts "Énergie" between "Drogue" and "Formation"', () => {
    expect(['Formation', 'Énergie', 'Drogue'].sort(compareLabels)).toEqual(['Drogue', 'Énergie', 'Formation']);
  });
});

import { describe, expect, test } from 'vitest';
import { countLabel, getCoverage } from '../../src/lib/coverage';
import { createArchive } from '../../src/lib/archive';
import { data, fixtureArchive } from './_site-fixture';

describe('getCoverage', () => {
  test('counts what meetings use and finds the date range', () => {
    expect(getCoverage(fixtureArchive())).toEqual({
      meetings: 6, sources: 5, officials: 8, organizations: 5, countries: 3, firstDate: '2024-01-10', lastDate: '2026-03-04',
    });
  });

  test('gives no dates for an empty archive', () => {
    const coverage = getCoverage(createArchive({ ...data, meetings: [] }));
    expect([coverage.meetings, coverage.firstDate, coverage.lastDate]).toEqual([0, null, null]);
  });
});

describe('countLabel', () => {
  test.each([
    [0, 'rencontre', undefined, '0 rencontre'],
    [1, 'rencontre', undefined, '1 rencontre'],
    [2, 'rencontre', undefined, '2 rencontres'],
    [3, 'pays', 'pays', '3 pays'],
  ])('writes %i %s', (count, singular, plural, expected) => {
    expect(countLabel(count, singular, plural)).toBe(expected);
  });
});

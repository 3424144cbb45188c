import { describe, expect, test } from 'vitest';
import { createArchive, type ArchiveData } from '../../src/lib/archive';
import { LISTING_PAGE_SIZE } from '../../src/lib/listing-pages';
import { monthListingPageKeys, termListingPageKeys } from '../../src/lib/page-keys';
import { getMonthListingPagePaths, getMonthPaths, getTermListingPagePaths, getTermPaths, withCacheKey } from '../../src/lib/static-paths';
import { getMeetingsForTerm, getMeetingsOfMonth, getTermCounts } from '../../src/lib/terms';
import { data } from './_site-fixture';

/** The fixture with `count` more meetings of the theme "energie", each on a day of March 2026. */
function withEnergyMeetings(count: number) {
  const copy: ArchiveData = structuredClone(data);
  const model = copy.meetings.find((m) => m.id === '2025-05-to-lam-sergei-kudryashov')!;
  for (let i = 0; i < count; i += 1) {
    copy.meetings.push({ ...structuredClone(model), id: `2026-03-energie-${i}`, source: `bulk-${i}`, position: 0, date: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}` });
  }
  return createArchive(copy);
}

describe('getTermPaths', () => {
  test('gives every theme with meetings one page, keyed by the first page of its listing', () => {
    const archive = withEnergyMeetings(120);
    const paths = getTermPaths(archive, 'theme');
    expect(paths.map((path) => path.params.id)).toEqual(getTermCounts(archive, 'theme').map((term) => term.id));
    for (const path of paths) expect(path.cacheKey).toBe(termListingPageKeys(archive, 'theme', path.params.id)[0]);
  });
});

describe('getTermListingPagePaths', () => {
  test('gives pages 2 to n of each long listing, none of a short one', () => {
    const archive = withEnergyMeetings(2 * LISTING_PAGE_SIZE + 3);
    const count = getMeetingsForTerm(archive.meetings, 'theme', 'energie').length;
    const paths = getTermListingPagePaths(archive, 'theme');
    const pages = Math.ceil(count / LISTING_PAGE_SIZE);
    expect(paths.map((path) => [path.params.id, path.params.page, path.props.page])).toEqual(
      Array.from({ length: pages - 1 }, (_, index) => ['energie', String(index + 2), index + 2]),
    );
    expect(paths.map((path) => path.cacheKey)).toEqual(termListingPageKeys(archive, 'theme', 'energie').slice(1));
  });
});

describe('getMonthPaths and getMonthListingPagePaths', () => {
  test('give every month with meetings a page, and its pages after the first', () => {
    const archive = withEnergyMeetings(LISTING_PAGE_SIZE + 1);
    const months = [...new Set(archive.meetings.map((m) => m.date.slice(0, 7)))].sort().reverse();
    const paths = getMonthPaths(archive);
    expect(paths.map((path) => `${path.params.id}-${path.params.month}`)).toEqual(months);
    for (const path of paths) expect(path.cacheKey).toBe(monthListingPageKeys(archive, `${path.params.id}-${path.params.month}`)[0]);
    const march = getMeetingsOfMonth(archive.meetings, '2026-03').length;
    expect(getMonthListingPagePaths(archive).map((path) => path.params)).toEqual(
      Array.from({ length: Math.ceil(march / LISTING_PAGE_SIZE) - 1 }, (_, index) => ({ id: '2026', month: '03', page: String(index + 2) })),
    );
  });
});

describe('withCacheKey', () => {
  test('computes the key when it is first read, once, and shows it like any property', () => {
    let computed = 0;
    const path = withCacheKey({ params: { id: 'a' }, props: { id: 'a' } }, () => `key-${(computed += 1)}`);
    expect(computed).toBe(0);
    expect(path.cacheKey).toBe('key-1');
    expect(path.cacheKey).toBe('key-1');
    expect(computed).toBe(1);
    expect({ ...path }).toEqual({ params: { id: 'a' }, props: { id: 'a' }, cacheKey: 'key-1' });
  });
});

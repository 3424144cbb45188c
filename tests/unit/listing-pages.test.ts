import { describe, expect, test } from 'vitest';
import { getListingNav, getListingPages, getPageNumber, getYearStarts, LISTING_PAGE_SIZE, listingPagePath, MAX_PERIOD_ENTRIES, type ListingNavItem, type ListingPage } from '../../src/lib/listing-pages';

/** `count` items, newest first, each with its own date (one a day going back from 2026-03-31). */
function datedItems(count: number): { id: number; date: string }[] {
  return Array.from({ length: count }, (_, index) => ({ id: index, date: new Date(Date.UTC(2026, 2, 31 - index)).toISOString().slice(0, 10) }));
}

/** The page numbers a nav lists, gaps as null. */
const numbers = (items: ListingNavItem[]) => items.map((item) => ('gap' in item ? null : item.page));

describe('getPageNumber', () => {
  test.each([
    [0, 10, 1],
    [9, 10, 1],
    [10, 10, 2],
    [25, 10, 3],
  ])('puts item %i of pages of %i on page %i', (index, size, page) => {
    expect(getPageNumber(index, size)).toBe(page);
  });

  test('fills pages of LISTING_PAGE_SIZE by default', () => {
    expect(getPageNumber(LISTING_PAGE_SIZE - 1)).toBe(1);
    expect(getPageNumber(LISTING_PAGE_SIZE)).toBe(2);
  });
});

describe('getListingPages', () => {
  test.each([0, 1, 7, 99, 100, 101, 250, 1000])('cuts %i items into full pages of the default size, newest first, each item once', (count) => {
    const items = datedItems(count);
    const pages = getListingPages(items);
    expect(pages).toHaveLength(Math.ceil(count / LISTING_PAGE_SIZE));
    // Read one after the other, the pages list every item once, in the given order.
    expect(pages.flatMap((page) => items.slice(page.start, page.end))).toEqual(items);
    pages.forEach((page, index) => {
      expect(page.number).toBe(index + 1);
      // Every page but the last is full; none is empty.
      expect(page.end - page.start).toBe(index < pages.length - 1 ? LISTING_PAGE_SIZE : count - index * LISTING_PAGE_SIZE);
      expect(page.end).toBeGreaterThan(page.start);
      // Its dates are those of the first and the last item it shows.
      expect(page.first).toBe(items[page.start]!.date);
      expect(page.last).toBe(items[page.end - 1]!.date);
      // Its years are those of the items it shows, each once, newest first.
      expect(page.years).toEqual([...new Set(items.slice(page.start, page.end).map((item) => item.date.slice(0, 4)))]);
    });
  });

  test('agrees with getPageNumber on the page of every item', () => {
    const items = datedItems(53);
    const pages = getListingPages(items, 10);
    items.forEach((_, index) => {
      const page = pages.find((candidate) => candidate.start <= index && index < candidate.end)!;
      expect(getPageNumber(index, 10)).toBe(page.number);
    });
  });

  test('refuses a page size that is not a positive whole number', () => {
    expect(() => getListingPages(datedItems(3), 0)).toThrow(/at least one item/);
    expect(() => getListingPages(datedItems(3), 2.5)).toThrow(/at least one item/);
  });
});

describe('getListingNav', () => {
  const pagesOf = (count: number): ListingPage[] => getListingPages(datedItems(count), 10);

  test('is left out for a listing of one page', () => {
    expect(getListingNav(pagesOf(10), 1)).toBeUndefined();
    expect(getListingNav(pagesOf(0), 1)).toBeUndefined();
  });

  test.each([2, MAX_PERIOD_ENTRIES])('lists every page with its dates on the first page of a listing of %i pages, so a reader can jump to a period', (count) => {
    const pages = pagesOf(count * 10 - 3);
    expect(pages).toHaveLength(count);
    const nav = getListingNav(pages, 1)!;
    expect(nav.periods).toBe(true);
    expect(nav.count).toBe(pages.length);
    expect(nav.previous).toBeUndefined();
    expect(nav.next).toBe(2);
    expect(nav.items).toEqual(pages.map((page) => ({ page: page.number, current: page.number === 1, first: page.first, last: page.last })));
    expect(nav.years).toEqual([]);
  });

  test('on the first page of a longer listing, lists the page where each year starts instead of every page', () => {
    // One item a week for six years: more pages than MAX_PERIOD_ENTRIES.
    const items = Array.from({ length: 6 * 52 }, (_, index) => ({ date: new Date(Date.UTC(2026, 2, 31 - 7 * index)).toISOString().slice(0, 10) }));
    const pages = getListingPages(items, 10);
    expect(pages.length).toBeGreaterThan(MAX_PERIOD_ENTRIES);
    const nav = getListingNav(pages, 1)!;
    expect(nav.periods).toBe(false);
    expect(nav.items.some((item) => 'first' in item)).toBe(false);
    const years = [...new Set(items.map((item) => item.date.slice(0, 4)))];
    expect(nav.years.map((entry) => entry.year)).toEqual(years);
    for (const entry of nav.years) {
      // The page holding the year's newest item.
      expect(entry.page).toBe(getPageNumber(items.findIndex((item) => item.date.startsWith(entry.year)), 10));
    }
    expect(getListingNav(pages, 2)!.years).toEqual([]);
  });

  test.each([2, 3, 4, 5, 20, 40, 43, 44])('lists the first, the last and the pages near page %i of 44 without dates, gaps between', (current) => {
    const pages = pagesOf(437);
    const nav = getListingNav(pages, current)!;
    expect(nav.periods).toBe(false);
    expect(nav.previous).toBe(current - 1);
    expect(nav.next).toBe(current === pages.length ? undefined : current + 1);
    const listed = numbers(nav.items).filter((page): page is number => page !== null);
    const expected = pages.map((page) => page.number).filter((page) => page === 1 || page === pages.length || Math.abs(page - current) <= 2);
    expect(listed).toEqual(expected);
    // A gap stands exactly where listed pages are not consecutive, and nowhere else.
    const gaps = numbers(nav.items).flatMap((page, index, all) => (page === null ? [[all[index - 1], all[index + 1]]] : []));
    expect(gaps).toEqual(expected.slice(1).flatMap((page, index) => (page - expected[index]! > 1 ? [[expected[index], page]] : [])));
    // Exactly the current page is marked, and no page carries dates.
    expect(nav.items.filter((item) => 'page' in item && item.current)).toEqual([{ page: current, current: true }]);
    expect(nav.items.some((item) => 'first' in item)).toBe(false);
  });

  test('refuses a page the listing does not have', () => {
    expect(() => getListingNav(pagesOf(30), 4)).toThrow(/not one of the listing's 3 pages/);
    expect(() => getListingNav(pagesOf(30), 0)).toThrow(/not one of/);
  });
});

describe('getYearStarts', () => {
  test('gives each year once, with the first page that lists it, newest first', () => {
    const pages = [
      { number: 1, years: ['2025', '2024'] },
      { number: 2, years: ['2024'] },
      { number: 3, years: ['2024', '2022'] },
    ];
    expect(getYearStarts(pages)).toEqual([
      { year: '2025', page: 1 },
      { year: '2024', page: 1 },
      { year: '2022', page: 3 },
    ]);
    expect(getYearStarts([])).toEqual([]);
  });
});

describe('listingPagePath', () => {
  test.each([
    ['/themes/drogue/', 1, '/themes/drogue/'],
    ['/themes/drogue/', 2, '/themes/drogue/2/'],
    ['/x/en/years/2025/05/', 12, '/x/en/years/2025/05/12/'],
    ['/themes/s%C3%A9curit%C3%A9/', 3, '/themes/s%C3%A9curit%C3%A9/3/'],
  ])('gives %s page %i the path %s', (listing, page, expected) => {
    expect(listingPagePath(listing, page)).toBe(expected);
  });
});

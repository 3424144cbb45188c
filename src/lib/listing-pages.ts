import { pathTo } from './permalinks';

/*
 * Long listings (a theme's, an organization's, a country's or a month's meetings) are cut into numbered pages, newest
 * first, so that no page grows with the archive. Page 1 keeps the listing's own URL; page n is `<listing>/<n>/`.
 */

/** Pages of each list cut at the default size (lists are shared read-only arrays: src/lib/terms.ts `getListingMeetings`). */
const pagesOfList = new WeakMap<readonly object[], ListingPage[]>();

/** The most meetings one listing page shows. */
export const LISTING_PAGE_SIZE = 100;

/** One page of a listing: which items it shows (newest first) and the dates of its first and last. */
export interface ListingPage {
  /** 1 for the first (newest) page. */
  number: number;
  /** Index of the page's first item in the newest-first list. */
  start: number;
  /** Index after the page's last item. */
  end: number;
  /** Date of the first item listed (the newest of the page). */
  first: string;
  /** Date of the last item listed (the oldest of the page). */
  last: string;
  /** The years of the items listed, newest first. */
  years: string[];
}

/**
 * The number of the page listing the item at `index` of a newest-first list.
 * @example getPageNumber(0) // 1
 * @example getPageNumber(100) // 2 (the 101st item)
 */
export function getPageNumber(index: number, size = LISTING_PAGE_SIZE): number {
  return Math.floor(index / size) + 1;
}

/**
 * Cuts a newest-first list into pages of at most `size` items; an empty list has no page.
 * @param items anything with an ISO `date`, newest first (meetings)
 */
export function getListingPages(items: readonly { date: string }[], size = LISTING_PAGE_SIZE): ListingPage[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a listing page holds at least one item, not ${size}`);
  // Every page of a listing asks for the pages of the same (shared) list: cut it once.
  const cached = size === LISTING_PAGE_SIZE ? pagesOfList.get(items) : undefined;
  if (cached !== undefined) return cached;
  const pages: ListingPage[] = [];
  for (let start = 0; start < items.length; start += size) {
    const end = Math.min(items.length, start + size);
    const years: string[] = [];
    for (let index = start; index < end; index += 1) {
      const year = items[index]!.date.slice(0, 4);
      if (years.at(-1) !== year) years.push(year);
    }
    pages.push({ number: getPageNumber(start, size), start, end, first: items[start]!.date, last: items[end - 1]!.date, years });
  }
  if (size === LISTING_PAGE_SIZE) pagesOfList.set(items, pages);
  return pages;
}

/** One entry of a pagination nav: a page (with its dates when the nav lists them), or a gap of pages left out. */
export type ListingNavItem = { page: number; current: boolean; first?: string; last?: string } | { gap: true };

/** The most pages page 1 lists one by one with their dates; a longer listing gets one entry per year instead. */
export const MAX_PERIOD_ENTRIES = 24;

/** Where a year starts in a newest-first listing: the page holding its newest item. */
export interface ListingYear {
  year: string;
  page: number;
}

/** What a listing's pagination nav shows; `undefined` for a listing of one page. */
export interface ListingNav {
  previous: number | undefined;
  next: number | undefined;
  /** Total number of pages. */
  count: number;
  /** True when every page is listed with its dates (the first page of a listing of few pages). */
  periods: boolean;
  items: ListingNavItem[];
  /** On the first page of a long listing: each year and the page where it starts, newest first; else empty. */
  years: ListingYear[];
}

/**
 * The pagination nav of one page: previous and next, and the page list. The first page lets a reader jump to a period:
 * it lists every page with its dates when there are at most `MAX_PERIOD_ENTRIES`, and otherwise the page where each year
 * starts, so that it stays small however long the listing grows. Other pages (and the first of a long listing) list the
 * first and last pages and the pages within `around` of their own, with gaps between.
 */
export function getListingNav(pages: readonly ListingPage[], current: number, around = 2): ListingNav | undefined {
  if (pages.length <= 1) return undefined;
  if (current < 1 || current > pages.length) throw new Error(`page ${current} is not one of the listing's ${pages.length} pages`);
  const periods = current === 1 && pages.length <= MAX_PERIOD_ENTRIES;
  const items: ListingNavItem[] = [];
  for (const page of pages) {
    const shown = periods || page.number === 1 || page.number === pages.length || Math.abs(page.number - current) <= around;
    if (shown) {
      const item = { page: page.number, current: page.number === current };
      items.push(periods ? { ...item, first: page.first, last: page.last } : item);
    } else if (!('gap' in (items.at(-1) ?? {}))) {
      items.push({ gap: true });
    }
  }
  const years = current === 1 && !periods ? getYearStarts(pages) : [];
  return { previous: current > 1 ? current - 1 : undefined, next: current < pages.length ? current + 1 : undefined, count: pages.length, periods, items, years };
}

/**
 * Each year of a newest-first listing with the page holding its newest item, newest year first.
 * @example getYearStarts([{ number: 1, years: ['2025', '2024'] }, { number: 2, years: ['2024', '2022'] }]) // 2025 → 1, 2024 → 1, 2022 → 2
 */
export function getYearStarts(pages: readonly Pick<ListingPage, 'number' | 'years'>[]): ListingYear[] {
  const starts: ListingYear[] = [];
  for (const page of pages) {
    for (const year of page.years) if (starts.at(-1)?.year !== year) starts.push({ year, page: page.number });
  }
  return starts;
}

/**
 * The path of a listing's page: the listing's own path for page 1, `<path><n>/` after.
 * @example listingPagePath('/themes/drogue/', 1) // "/themes/drogue/"
 * @example listingPagePath('/themes/drogue/', 3) // "/themes/drogue/3/"
 */
export function listingPagePath(listingPath: string, page: number): string {
  return page === 1 ? pathTo(listingPath) : pathTo(listingPath, String(page));
}

/**
 * The search index is split into bundles of consecutive months, listed newest first. Pagefind loads one index file
 * listing every page of a bundle before it can answer (about 9 bytes a page, compressed): for a decade of meetings in
 * one bundle that is a megabyte before the first result. Results are listed newest first, so the newest bundle answers
 * the first screen of a search alone; older bundles are searched after it.
 */

/** One bundle of the search index: the French meeting pages of some consecutive months. */
export interface SearchBundle {
  /** Folder of the bundle under the site's base, e.g. `pagefind/2025-04--2026-03/`. */
  path: string;
  /** First and last month covered, `YYYY-MM`. */
  from: string;
  to: string;
  /** Meeting pages in the bundle. */
  pages: number;
}

/** User Timing mark the search page sets when its first results show (read by the benchmark). */
export const FIRST_RESULTS_MARK = 'rencontres:first-results';

/**
 * Meeting pages per bundle, at most (the newest bundle excepted, see `planSearchBundles`): a bundle's page list then
 * weighs about 45 kB, compressed, and a build after a new article indexes one bundle again.
 */
export const PAGES_PER_BUNDLE = 5_000;

/**
 * Splits meetings into bundles of whole months, filled from the oldest month, each holding at most `maxPages` meetings
 * unless one month alone holds more. Filling from the oldest month keeps every bundle but the newest as it was when
 * meetings are added to recent months, as a news archive grows: a build then indexes the newest bundle again, and a new
 * month moves no other bundle's bounds (filled from the newest month, every bundle's bounds moved with each new month,
 * and every bundle was indexed again). The newest bundle, the one every search loads first, takes in the one before it
 * while it holds fewer than half of `maxPages`, so that it is never small: Pagefind answers a word a bundle lacks with
 * the longest prefix of it the bundle has (see docs/performance.md, *Search*), and a small bundle lacks more words.
 * It then holds up to one and a half times `maxPages`. Returned newest first.
 * @example planSearchBundles([{ date: '2026-03-02' }, { date: '2025-05' }], 1).map((b) => b.path) // ["pagefind/2026-03/", "pagefind/2025-05/"]
 */
export function planSearchBundles(meetings: { date: string }[], maxPages = PAGES_PER_BUNDLE): SearchBundle[] {
  const perMonth = new Map<string, number>();
  for (const meeting of meetings) {
    const month = meeting.date.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const filled: { from: string; to: string; pages: number }[] = [];
  for (const month of [...perMonth.keys()].sort()) {
    const pages = perMonth.get(month)!;
    const current = filled.at(-1);
    if (current && current.pages + pages <= maxPages) filled[filled.length - 1] = { ...current, to: month, pages: current.pages + pages };
    else filled.push({ from: month, to: month, pages });
  }
  const newest = filled.at(-1);
  if (newest && filled.length > 1 && newest.pages < maxPages / 2) {
    filled.pop();
    const before = filled.pop()!;
    filled.push({ from: before.from, to: newest.to, pages: before.pages + newest.pages });
  }
  return filled.reverse().map((bundle) => ({ path: `pagefind/${bundle.from === bundle.to ? bundle.from : `${bundle.from}--${bundle.to}`}/`, ...bundle }));
}

/** The bundle holding meetings of this date (`YYYY-MM` or `YYYY-MM-DD`), if any. */
export function bundleOfDate(bundles: SearchBundle[], date: string): SearchBundle | undefined {
  const month = date.slice(0, 7);
  return bundles.find((bundle) => bundle.from <= month && month <= bundle.to);
}

/**
 * The search index is split into bundles of consecutive months, newest first. Pagefind loads one index file listing
 * every page of a bundle before it can answer (about 9 bytes a page, compressed): for a decade of meetings in one
 * bundle that is a megabyte before the first result. Results are listed newest first, so the newest bundle answers
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

/** Meeting pages per bundle: a bundle's page list then weighs about 90 kB, compressed. */
export const PAGES_PER_BUNDLE = 10_000;

/**
 * Splits meetings into bundles of whole months, newest first, each holding at most `maxPages` meetings unless one month
 * alone holds more. Filling from the newest month keeps the first bundle, the one every search loads, full.
 * @example planSearchBundles([{ date: '2026-03-02' }, { date: '2025-05' }], 1).map((b) => b.path) // ["pagefind/2026-03/", "pagefind/2025-05/"]
 */
export function planSearchBundles(meetings: { date: string }[], maxPages = PAGES_PER_BUNDLE): SearchBundle[] {
  const perMonth = new Map<string, number>();
  for (const meeting of meetings) {
    const month = meeting.date.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const bundles: SearchBundle[] = [];
  let current: { from: string; to: string; pages: number } | undefined;
  const close = () => {
    if (!current) return;
    const name = current.from === current.to ? current.from : `${current.from}--${current.to}`;
    bundles.push({ path: `pagefind/${name}/`, ...current });
  };
  for (const month of [...perMonth.keys()].sort().reverse()) {
    const pages = perMonth.get(month)!;
    if (current && current.pages + pages > maxPages) {
      close();
      current = undefined;
    }
    current = current ? { ...current, from: month, pages: current.pages + pages } : { from: month, to: month, pages };
  }
  close();
  return bundles;
}

/** The bundle holding meetings of this date (`YYYY-MM` or `YYYY-MM-DD`), if any. */
export function bundleOfDate(bundles: SearchBundle[], date: string): SearchBundle | undefined {
  const month = date.slice(0, 7);
  return bundles.find((bundle) => bundle.from <= month && month <= bundle.to);
}

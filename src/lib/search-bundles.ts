/**
 * The search index is split into bundles by calendar year, newest first. Pagefind loads one index file listing every
 * page of a bundle before it can answer (about 9 bytes a page, compressed): for a decade of meetings in one bundle that
 * is a megabyte before the first result. Results are listed newest first, so the newest bundle answers the first screen
 * of a search alone; older bundles are searched after it. A year's bounds never move as the archive grows, so a build
 * after one new or corrected article indexes again that article's year only.
 */

/** One bundle of the search index: the French meeting pages of a year, or of consecutive months of a year. */
export interface SearchBundle {
  /** Folder of the bundle under the site's base: `pagefind/2025/`, or `pagefind/2025-01--2025-06/` for part of a year. */
  path: string;
  /** First and last month covered, `YYYY-MM`. */
  from: string;
  to: string;
  /** Meeting pages in the bundle. */
  pages: number;
}

/** User Timing mark the search page sets when its first results show (read by the benchmark). */
export const FIRST_RESULTS_MARK = 'rencontres:first-results';

/** Meeting pages per bundle at most (unless one month alone holds more): a bundle's page list then weighs about 90 kB, compressed. */
export const PAGES_PER_BUNDLE = 10_000;

/**
 * Splits meetings into one bundle per calendar year, newest first. A year holding more than `maxPages` meetings is split
 * into runs of whole months, oldest first, each within the budget (a month larger than it alone), so that meetings added
 * to its last months move no earlier boundary.
 * @example planSearchBundles([{ date: '2026-03-02' }, { date: '2025-05' }]).map((b) => b.path) // ["pagefind/2026/", "pagefind/2025/"]
 */
export function planSearchBundles(meetings: { date: string }[], maxPages = PAGES_PER_BUNDLE): SearchBundle[] {
  const perMonth = new Map<string, number>();
  for (const meeting of meetings) {
    const month = meeting.date.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const years = new Map<string, [month: string, pages: number][]>();
  for (const month of [...perMonth.keys()].sort()) {
    const year = month.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), [month, perMonth.get(month)!]]);
  }
  const bundles: SearchBundle[] = [];
  for (const [year, months] of years) {
    const runs: { from: string; to: string; pages: number }[] = [];
    for (const [month, pages] of months) {
      const run = runs.at(-1);
      if (run && run.pages + pages <= maxPages) Object.assign(run, { to: month, pages: run.pages + pages });
      else runs.push({ from: month, to: month, pages });
    }
    if (runs.length === 1) {
      // A whole year: named by it and covering all of it, whichever months it has meetings in so far.
      bundles.push({ path: `pagefind/${year}/`, from: `${year}-01`, to: `${year}-12`, pages: runs[0]!.pages });
      continue;
    }
    for (const run of runs) bundles.push({ path: `pagefind/${run.from === run.to ? run.from : `${run.from}--${run.to}`}/`, ...run });
  }
  return bundles.reverse();
}

/** The bundle holding meetings of this date (`YYYY-MM` or `YYYY-MM-DD`), if any. */
export function bundleOfDate(bundles: SearchBundle[], date: string): SearchBundle | undefined {
  const month = date.slice(0, 7);
  return bundles.find((bundle) => bundle.from <= month && month <= bundle.to);
}

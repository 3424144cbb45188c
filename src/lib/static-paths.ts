import type { Archive } from './archive';
import { meetingPageKey, monthListingPageKeys, termListingPageKeys, termPageKey, yearPageKey } from './page-keys';
import { getListingPages } from './listing-pages';
import { getListingMeetings, getTermCounts, groupMeetingsByMonth, type ListingKind } from './terms';

/** One page of a dynamic route: its id, and the key that lets an incremental build reuse it (src/lib/page-keys.ts). */
export interface EntryPath {
  params: { id: string };
  props: { id: string };
  cacheKey: string;
}

/** Page 2 or later of a term's listing (`/themes/<id>/<page>/`). */
export interface ListingPagePath {
  params: { id: string; page: string };
  props: { id: string; page: number };
  cacheKey: string;
}

/** Page 1 of a month's listing (`/years/<yyyy>/<mm>/`). */
export interface MonthPath {
  params: { id: string; month: string };
  props: { id: string; month: string };
  cacheKey: string;
}

/** Page 2 or later of a month's listing (`/years/<yyyy>/<mm>/<page>/`). */
export interface MonthPagePath {
  params: { id: string; month: string; page: string };
  props: { id: string; month: string; page: number };
  cacheKey: string;
}

/**
 * Gives `path` a `cacheKey` computed when first read. Astro reads it on the main thread as it lists the pages, and the
 * build compares it with the last build's to decide whether to render the page (src/build/unchanged-pages.ts); a
 * render thread (src/build/parallel-prerender.ts) calls getStaticPaths() only to find a page's props, and so never
 * computes the keys.
 */
export function withCacheKey<T extends object>(path: T, computeKey: () => string): T & { readonly cacheKey: string } {
  let key: string | undefined;
  return Object.defineProperty(path, 'cacheKey', { enumerable: true, get: () => (key ??= computeKey()) }) as T & { readonly cacheKey: string };
}

/** How many pages the listing of a term or month has. */
function listingPageCount(archive: Archive, kind: ListingKind | 'month', id: string): number {
  return getListingPages(getListingMeetings(archive.meetings, kind, id)).length;
}

/**
 * The meeting pages of one language (give the archive as that language shows it).
 * @param notes the archivists' notes, by meeting id
 */
export function getMeetingPaths(archive: Archive, notes: ReadonlyMap<string, unknown>): EntryPath[] {
  return archive.meetings.map((meeting) => withCacheKey({ params: { id: meeting.id }, props: { id: meeting.id } }, () => meetingPageKey(archive, meeting, notes.get(meeting.id))));
}

/** The official pages of one language. */
export function getOfficialPaths(archive: Archive): EntryPath[] {
  return archive.officials.map((official) => withCacheKey({ params: { id: official.id }, props: { id: official.id } }, () => termPageKey(archive, 'official', official.id)));
}

/**
 * The theme, organization or country pages of one language (page 1 of each listing), one per term that some meeting
 * has; or the year pages.
 * @param archive the archive as the language shows it
 */
export function getTermPaths(archive: Archive, kind: ListingKind | 'year'): EntryPath[] {
  return getTermCounts(archive, kind).map((term) =>
    withCacheKey({ params: { id: term.id }, props: { id: term.id } }, () => (kind === 'year' ? yearPageKey(archive, term.id) : termListingPageKeys(archive, kind, term.id)[0]!)),
  );
}

/** Pages 2 and later of the theme, organization or country listings of one language. */
export function getTermListingPagePaths(archive: Archive, kind: ListingKind): ListingPagePath[] {
  return getTermCounts(archive, kind).flatMap((term) =>
    Array.from({ length: listingPageCount(archive, kind, term.id) - 1 }, (_, index) =>
      withCacheKey({ params: { id: term.id, page: String(index + 2) }, props: { id: term.id, page: index + 2 } }, () => termListingPageKeys(archive, kind, term.id)[index + 1]!),
    ),
  );
}

/** Every month of the archive that has meetings, as `YYYY-MM`, newest first. */
function archiveMonths(archive: Archive): string[] {
  return groupMeetingsByMonth(archive.meetings).flatMap((year) => year.months.map((month) => month.key));
}

/** The month pages of one language (page 1 of each month's listing). */
export function getMonthPaths(archive: Archive): MonthPath[] {
  return archiveMonths(archive).map((key) => {
    const [id, month] = key.split('-') as [string, string];
    return withCacheKey({ params: { id, month }, props: { id, month } }, () => monthListingPageKeys(archive, key)[0]!);
  });
}

/** Pages 2 and later of the month listings of one language. */
export function getMonthListingPagePaths(archive: Archive): MonthPagePath[] {
  return archiveMonths(archive).flatMap((key) => {
    const [id, month] = key.split('-') as [string, string];
    return Array.from({ length: listingPageCount(archive, 'month', key) - 1 }, (_, index) =>
      withCacheKey({ params: { id, month, page: String(index + 2) }, props: { id, month, page: index + 2 } }, () => monthListingPageKeys(archive, key)[index + 1]!),
    );
  });
}

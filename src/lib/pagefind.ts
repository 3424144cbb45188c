import type { Meeting } from '../schemas/meeting';
import type { Archive } from './archive';
import { dateToSortKey, formatFrenchDate, yearOf } from './dates';
import { getMeetingTermIds, getTermLabel, type TermKind } from './terms';

/** Pagefind filter names, as used in `data-pagefind-filter` and in the search page's URL. */
export const SEARCH_FILTERS = ['official', 'organization', 'theme', 'country', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What Pagefind learns about a meeting page besides its text. */
export interface PagefindFacts {
  /** Value of `data-pagefind-sort`, e.g. `date:2025-05-01`. */
  sort: string;
  /** Filter values per filter name (labels, as shown to readers), sorted. */
  filters: Record<SearchFilter, string[]>;
  /** Metadata shown in results. */
  meta: { title: string; date: string; place: string };
}

const FILTER_KIND: Record<SearchFilter, TermKind> = {
  official: 'official',
  organization: 'organization',
  theme: 'theme',
  country: 'country',
  year: 'year',
};

/** Builds the sort key, filters and metadata of a meeting page for Pagefind. */
export function getPagefindFacts(archive: Archive, meeting: Meeting): PagefindFacts {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => {
      const kind = FILTER_KIND[name];
      const labels = getMeetingTermIds(meeting, kind).map((id) => getTermLabel(archive, kind, id));
      return [name, [...new Set(labels)].sort()];
    }),
  ) as Record<SearchFilter, string[]>;
  return {
    sort: `date:${dateToSortKey(meeting.date)}`,
    filters: { ...filters, year: [yearOf(meeting.date)] },
    meta: { title: meeting.title, date: formatFrenchDate(meeting.date), place: meeting.place ?? '' },
  };
}

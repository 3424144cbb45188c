import { compareLabels, type Archive } from './archive';
import type { SearchFilter } from './pagefind';
import { getTermCounts, type TermKind } from './terms';

/** One filter group of the search form: its legend and checkbox values (labels, as indexed) with counts. */
export interface SearchFilterGroup {
  name: SearchFilter;
  legend: string;
  options: { value: string; count: number }[];
  /** How many distinct values the group has; more than `options` when only the most frequent are listed. */
  total: number;
}

/**
 * Officials and organizations number in the thousands in a large archive: the form lists only this many of the most
 * frequent (a search page of 20,000 checkboxes weighs megabytes); any other is filtered from its page's search link.
 */
export const MOST_FREQUENT_LISTED = 30;

const GROUPS: { name: SearchFilter; kind: TermKind; legend: string; limited?: boolean }[] = [
  { name: 'official', kind: 'official', legend: 'Officiels', limited: true },
  { name: 'organization', kind: 'organization', legend: 'Organisations', limited: true },
  { name: 'theme', kind: 'theme', legend: 'Thèmes' },
  { name: 'country', kind: 'country', legend: 'Pays' },
  { name: 'year', kind: 'year', legend: 'Années' },
];

/**
 * The search form's filter groups, built at build time with the same labels as the pages'
 * `data-pagefind-filter` values and the archive-wide counts. Labels shared by two terms are merged.
 */
export function getSearchFilterGroups(archive: Archive, mostFrequent = MOST_FREQUENT_LISTED): SearchFilterGroup[] {
  return GROUPS.map(({ name, kind, legend, limited }) => {
    const limit = limited ? mostFrequent : undefined;
    const counts = new Map<string, number>();
    for (const term of getTermCounts(archive, kind)) counts.set(term.label, (counts.get(term.label) ?? 0) + term.count);
    const options = [...counts].map(([value, count]) => ({ value, count }));
    if (limit === undefined || options.length <= limit) return { name, legend, options, total: options.length };
    // The most frequent, ties by label, shown in the group's usual order.
    const listed = new Set([...options].sort((a, b) => b.count - a.count || compareLabels(a.value, b.value)).slice(0, limit).map((option) => option.value));
    return { name, legend, options: options.filter((option) => listed.has(option.value)), total: options.length };
  });
}

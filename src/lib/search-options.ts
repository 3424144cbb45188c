import type { Archive } from './archive';
import type { SearchFilter } from './pagefind';
import { getTermCounts, type TermKind } from './terms';

/** One filter group of the search form: its legend and checkbox values (labels, as indexed) with counts. */
export interface SearchFilterGroup {
  name: SearchFilter;
  legend: string;
  options: { value: string; count: number }[];
}

const GROUPS: { name: SearchFilter; kind: TermKind; legend: string }[] = [
  { name: 'official', kind: 'official', legend: 'Officiels' },
  { name: 'organization', kind: 'organization', legend: 'Organisations' },
  { name: 'theme', kind: 'theme', legend: 'Thèmes' },
  { name: 'country', kind: 'country', legend: 'Pays' },
  { name: 'year', kind: 'year', legend: 'Années' },
];

/**
 * The search form's filter groups, built at build time with the same labels as the pages'
 * `data-pagefind-filter` values and the archive-wide counts. Labels shared by two terms are merged.
 */
export function getSearchFilterGroups(archive: Archive): SearchFilterGroup[] {
  return GROUPS.map(({ name, kind, legend }) => {
    const counts = new Map<string, number>();
    for (const term of getTermCounts(archive, kind)) counts.set(term.label, (counts.get(term.label) ?? 0) + term.count);
    return { name, legend, options: [...counts].map(([value, count]) => ({ value, count })) };
  });
}

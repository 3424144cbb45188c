import { SEARCH_FILTERS, type SearchFilter } from './pagefind';

/** How results are ordered: newest meeting first, or Pagefind's relevance ranking. */
export type SearchSort = 'date' | 'relevance';

/** Everything a search is made of; stored in the page URL so a search can be shared and restored. */
export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SearchSort;
}

/** Options passed to Pagefind's `search()`. */
export interface PagefindSearchOptions {
  filters: Partial<Record<SearchFilter, { any: string[] }>>;
  sort?: { date: 'desc' };
}

/** An empty search: no query, no filter, newest first. */
export function emptySearchState(): SearchState {
  return { query: '', filters: Object.fromEntries(SEARCH_FILTERS.map((name) => [name, []])) as unknown as Record<SearchFilter, string[]>, sort: 'date' };
}

/**
 * Reads a search from a URL query string (`?q=…&theme=…&theme=…&sort=relevance`); unknown keys are ignored.
 * @example parseSearchState('?q=drogue&year=2025').filters.year // ["2025"]
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptySearchState();
  state.query = (params.get('q') ?? '').trim();
  for (const name of SEARCH_FILTERS) state.filters[name] = [...new Set(params.getAll(name).filter((value) => value !== ''))].sort();
  state.sort = params.get('sort') === 'relevance' ? 'relevance' : 'date';
  return state;
}

/** Writes a search as a URL query string, in a fixed order, leaving out defaults; empty string for an empty search. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of SEARCH_FILTERS) for (const value of [...state.filters[name]].sort()) params.append(name, value);
  if (state.sort === 'relevance') params.set('sort', 'relevance');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when the search has neither a query nor a filter, so there is nothing to look for. */
export function isEmptySearch(state: SearchState): boolean {
  return state.query.trim() === '' && SEARCH_FILTERS.every((name) => state.filters[name].length === 0);
}

/**
 * Pagefind's arguments for a search: the query (null to browse by filters alone) and options.
 * Values checked within one filter group are alternatives (`any`); groups combine (and).
 * Sorting by relevance needs a query, so a filter-only search is always sorted by date.
 */
export function toPagefindSearch(state: SearchState): { query: string | null; options: PagefindSearchOptions } {
  const query = state.query.trim() || null;
  const filters: PagefindSearchOptions['filters'] = {};
  for (const name of SEARCH_FILTERS) if (state.filters[name].length > 0) filters[name] = { any: [...state.filters[name]] };
  const byDate = state.sort === 'date' || query === null;
  return { query, options: byDate ? { filters, sort: { date: 'desc' } } : { filters } };
}

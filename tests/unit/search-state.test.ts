import { describe, expect, test } from 'vitest';
import { emptySearchState, isEmptySearch, parseSearchState, searchStateToQuery, toPagefindSearch } from '../../src/lib/search-state';

describe('parseSearchState', () => {
  test('reads query, repeated filters and sort', () => {
    const state = parseSearchState('?q=drogue&theme=Justice&theme=Cybers%C3%A9curit%C3%A9&year=2025&sort=relevance&x=1');
    expect(state).toEqual({
      query: 'drogue',
      filters: { official: [], organization: [], theme: ['Cybersécurité', 'Justice'], country: [], year: ['2025'] },
      sort: 'relevance',
    });
  });

  test('defaults to an empty search sorted by date', () => {
    expect(parseSearchState('')).toEqual(emptySearchState());
    expect(parseSearchState('?sort=bogus').sort).toBe('date');
  });
});

describe('searchStateToQuery', () => {
  test('round-trips through parseSearchState', () => {
    const state = parseSearchState('?q=Lương+Tam&official=Kerry+Person&country=États-Unis&sort=relevance');
    expect(parseSearchState(searchStateToQuery(state))).toEqual(state);
  });

  test('writes nothing for the default search', () => {
    expect(searchStateToQuery(emptySearchState())).toBe('');
  });

  test('writes keys in a fixed order', () => {
    const state = emptySearchState();
    state.filters.year = ['2026'];
    state.filters.official = ['Tô Lâm'];
    state.query = ' amazon ';
    expect(searchStateToQuery(state)).toBe('?q=amazon&official=T%C3%B4+L%C3%A2m&year=2026');
  });
});

describe('isEmptySearch', () => {
  test('is false as soon as a filter is checked', () => {
    const state = emptySearchState();
    expect(isEmptySearch(state)).toBe(true);
    state.filters.country = ['Russie'];
    expect(isEmptySearch(state)).toBe(false);
  });
});

describe('toPagefindSearch', () => {
  test('browses by filters alone with a null query, sorted by date', () => {
    const state = parseSearchState('?theme=Numérique&theme=Énergie&year=2025&sort=relevance');
    expect(toPagefindSearch(state)).toEqual({
      query: null,
      options: { filters: { theme: { any: ['Numérique', 'Énergie'] }, year: { any: ['2025'] } }, sort: { date: 'desc' } },
    });
  });

  test('leaves sorting to relevance for a text query', () => {
    expect(toPagefindSearch(parseSearchState('?q=police&sort=relevance'))).toEqual({ query: 'police', options: { filters: {} } });
  });

  test('sorts a text query by date by default', () => {
    expect(toPagefindSearch(parseSearchState('?q=police')).options.sort).toEqual({ date: 'desc' });
  });
});

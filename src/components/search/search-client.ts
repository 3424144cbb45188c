import type { SearchFormStrings } from '../../i18n/ui';
import { SEARCH_FILTERS } from '../../lib/pagefind';
import { emptySearchState, isEmptySearch, parseSearchState, searchStateToQuery, toPagefindSearch, type SearchState } from '../../lib/search-state';

/** The part of Pagefind's JS API this page uses. @see https://pagefind.app/docs/api/ */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;

function readForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const state = emptySearchState();
  state.query = String(data.get('q') ?? '').trim();
  state.sort = data.get('sort') === 'relevance' ? 'relevance' : 'date';
  for (const name of SEARCH_FILTERS) state.filters[name] = data.getAll(name).map(String).sort();
  return state;
}

function writeForm(form: HTMLFormElement, state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const name = box.name as (typeof SEARCH_FILTERS)[number];
    box.checked = state.filters[name]?.includes(box.value) ?? false;
  }
}

function updateCounts(form: HTMLFormElement, counts: Record<string, Record<string, number>>): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = box.closest('label');
    const span = label?.querySelector<HTMLElement>('[data-count]');
    if (span) span.textContent = String(count);
    label?.classList.toggle('is-empty', count === 0 && !box.checked);
  }
}

/** What the page says, in its language: the form's data-strings. */
type Messages = Pick<SearchFormStrings, 'searching' | 'none' | 'foundOne' | 'foundMany' | 'all' | 'noIndex'>;

function renderResult(data: PagefindResultData, href: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  facts.textContent = [data.meta['date'], data.meta['place']].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind's excerpt is the indexed text, HTML-escaped, with <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, facts, excerpt);
  return item;
}

/** Wires the search form: restores the search from the URL, runs it with Pagefind, keeps the URL in step. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form') as HTMLFormElement;
  const status = root.querySelector('[data-status]') as HTMLElement;
  const list = root.querySelector('[data-results]') as HTMLOListElement;
  const more = root.querySelector('[data-more]') as HTMLButtonElement;
  const base = root.dataset['base'] ?? '/';
  const resultBase = root.dataset['resultBase'] ?? base;
  const messages = JSON.parse(root.dataset['strings'] ?? '{}') as Messages;
  const say = (template: string, count: number) => template.replace('{n}', String(count));
  const toReader = (url: string) => (resultBase !== base && url.startsWith(base) ? resultBase + url.slice(base.length) : url);
  // Listeners are attached before the index loads, so what a reader types meanwhile is kept and searched.
  const loading = (async (): Promise<{ pagefind: Pagefind; totals: PagefindSearch['filters'] } | null> => {
    try {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      await pagefind.init();
      return { pagefind, totals: await pagefind.filters() };
    } catch {
      status.textContent = messages.noIndex;
      return null;
    }
  })();
  let touched = false;
  let run = 0;
  let pending: PagefindSearch['results'] = [];

  const showMore = async (token: number) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (token !== run) return;
    list.append(...data.map((result) => renderResult(result, toReader(result.url))));
    more.hidden = pending.length === 0;
  };

  const execute = async (state: SearchState) => {
    const token = ++run;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = messages.searching;
    const index = await loading;
    if (!index || token !== run) return;
    const { pagefind, totals } = index;
    // An empty search lists every meeting, newest first, so the filters can be used to browse.
    const { query, options } = toPagefindSearch(state);
    const search = await pagefind.search(query, options);
    if (token !== run || !search) return;
    updateCounts(form, isEmptySearch(state) ? totals : search.filters);
    const count = search.results.length;
    status.textContent = count === 0 ? messages.none : say(isEmptySearch(state) ? messages.all : count > 1 ? messages.foundMany : messages.foundOne, count);
    pending = search.results;
    await showMore(token);
  };

  /** Runs the form's search and records it in the URL: a new history entry, or in place while typing. */
  const submit = (mode: 'push' | 'replace' = 'push') => {
    touched = true;
    const state = readForm(form);
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void execute(state);
  };
  let typing: ReturnType<typeof setTimeout> | undefined;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox], select')) submit();
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type=search]')) {
      clearTimeout(typing);
      typing = setTimeout(() => submit('replace'), 300);
    }
  });
  form.addEventListener('reset', () => setTimeout(() => submit(), 0));
  more.addEventListener('click', () => void showMore(run));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    writeForm(form, state);
    void execute(state);
  });

  form.addEventListener('input', () => {
    touched = true;
  });
  const initial = parseSearchState(location.search);
  writeForm(form, initial);
  await loading;
  // The reader's own search, typed while the index loaded, wins over the one the page was opened with.
  if (!touched) await execute(initial);
}

import type { SearchFormStrings } from '../../i18n/ui';
import { SEARCH_FILTERS } from '../../lib/pagefind';
import { FIRST_RESULTS_MARK } from '../../lib/search-bundles';
import { emptySearchState, isEmptySearch, parseSearchState, searchStateToQuery, toPagefindSearch, type SearchState } from '../../lib/search-state';

/** The part of Pagefind's JS API this page uses. @see https://pagefind.app/docs/api/ */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
/** One bundle's search (pagefind.js `createInstance`). */
interface PagefindInstance {
  search: (query: string | null, options: object) => Promise<PagefindSearch | null>;
  /** Loads every filter index of the bundle, which its searches need to count results per filter value. */
  filters: () => Promise<FilterCounts>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string; baseUrl: string }) => PagefindInstance;
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

/** Adds a checkbox for a filter value the form does not list (a rare official named in a search link). */
function addOption(form: HTMLFormElement, name: string, value: string): void {
  const options = form.querySelector(`fieldset[data-filter="${name}"] .options`);
  if (!options) return;
  const label = document.createElement('label');
  label.className = 'option';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  const text = document.createElement('span');
  text.textContent = value;
  const count = document.createElement('span');
  count.className = 'count';
  count.dataset['count'] = '';
  label.append(box, text, ' ', count);
  options.prepend(label);
}

function writeForm(form: HTMLFormElement, state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  for (const name of SEARCH_FILTERS) {
    const listed = new Set([...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)].map((box) => box.value));
    for (const value of state.filters[name] ?? []) if (!listed.has(value)) addOption(form, name, value);
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const name = box.name as (typeof SEARCH_FILTERS)[number];
    box.checked = state.filters[name]?.includes(box.value) ?? false;
  }
}

function readCounts(form: HTMLFormElement): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = Number(box.closest('label')?.querySelector<HTMLElement>('[data-count]')?.textContent ?? '0');
    (counts[box.name] ??= {})[box.value] = count;
  }
  return counts;
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
type Messages = Pick<SearchFormStrings, 'searching' | 'none' | 'foundOne' | 'foundMany' | 'foundSoFar' | 'all' | 'noIndex'>;

/** A bundle of the search index, as src/lib/search-bundles.ts describes it. */
interface SearchBundle {
  path: string;
  pages: number;
}

/** Adds one bundle's counts per filter value to a running total. */
function addCounts(total: FilterCounts, counts: FilterCounts): void {
  for (const [name, values] of Object.entries(counts)) {
    const group = (total[name] ??= {});
    for (const [value, count] of Object.entries(values)) group[value] = (group[value] ?? 0) + count;
  }
}

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
  const bundles = JSON.parse(root.dataset['bundles'] ?? '[]') as SearchBundle[];
  // Listeners are attached before the index loads, so what a reader types meanwhile is kept and searched.
  const loading = (async (): Promise<{ instances: PagefindInstance[]; totals: FilterCounts } | null> => {
    try {
      const first = bundles[0];
      if (!first) throw new Error('no search bundle');
      // One pagefind.js serves every bundle: each instance reads its own bundle's files.
      const pagefind = (await import(/* @vite-ignore */ `${base}${first.path}pagefind.js`)) as PagefindModule;
      // An instance loads its bundle's page list as soon as it is created: each is created when first searched.
      const created: PagefindInstance[] = [];
      const instanceAt = (position: number) => (created[position] ??= pagefind.createInstance({ basePath: `${base}${bundles[position]!.path}`, baseUrl: base }));
      const instances: PagefindInstance[] = bundles.map((_, position) => ({
        search: (query, options) => instanceAt(position).search(query, options),
        filters: () => instanceAt(position).filters(),
      }));
      // The archive-wide counts were written into the form at build time: Pagefind's own would cost a download of
      // every filter index before the first result.
      return { instances, totals: readCounts(form) };
    } catch {
      status.textContent = messages.noIndex;
      return null;
    }
  })();
  let touched = false;
  let run = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;

  const showMore = async (token: number) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    shown += batch.length;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (token !== run) return;
    list.append(...data.map((result) => renderResult(result, toReader(result.url))));
    more.hidden = pending.length === 0;
    // User Timing mark: the benchmark (scripts/bench.ts) counts the bytes downloaded before the first results showed.
    if (batch.length > 0 && performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0) performance.mark(FIRST_RESULTS_MARK);
  };

  /**
   * Searches the bundles newest first. Sorted by date, the first results come from the newest bundle alone and are
   * shown at once; the older bundles follow, each loading its filter indexes so that the counts per filter value
   * cover the whole archive. Sorted by relevance, every bundle is searched before any result is shown.
   */
  const execute = async (state: SearchState) => {
    const token = ++run;
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    shown = 0;
    status.textContent = messages.searching;
    const index = await loading;
    if (!index || token !== run) return;
    const { instances, totals } = index;
    // An empty search lists every meeting, newest first, so the filters can be used to browse.
    const empty = isEmptySearch(state);
    const { query, options } = toPagefindSearch(state);
    const byDate = state.sort === 'date';
    const counts: FilterCounts = {};
    let found = 0;
    const collected: PagefindResult[] = [];
    const fillPage = async () => {
      if (shown < PAGE_SIZE && pending.length > 0) await showMore(token);
      else more.hidden = pending.length === 0;
    };
    const foundText = (count: number, final: boolean) =>
      count === 0 && final ? messages.none : say(!final ? messages.foundSoFar : empty ? messages.all : count > 1 ? messages.foundMany : messages.foundOne, count);
    for (const [position, instance] of instances.entries()) {
      const last = position === instances.length - 1;
      if (byDate && position === 0 && !empty) {
        // The first results, before the bundle's filter indexes (needed only for the counts) are loaded.
        const first = await instance.search(query, options);
        if (token !== run) return;
        if (first) {
          pending.push(...first.results);
          status.textContent = foundText(first.results.length, last);
          await fillPage();
          if (token !== run) return;
        }
      }
      if (!empty) await instance.filters();
      if (token !== run) return;
      const search = await instance.search(query, options);
      if (token !== run) return;
      if (!search) continue;
      found += search.results.length;
      addCounts(counts, search.filters);
      if (!byDate) collected.push(...search.results);
      else if (position > 0 || empty) pending.push(...search.results);
      if (byDate && !last) {
        status.textContent = foundText(found, false);
        await fillPage();
        if (token !== run) return;
      }
    }
    if (!byDate) pending = collected.sort((a, b) => b.score - a.score);
    updateCounts(form, empty ? totals : counts);
    status.textContent = foundText(found, true);
    await fillPage();
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

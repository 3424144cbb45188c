/*
 * The pages of one document in every language, rendered one after the other: the second page of a meeting (the French
 * one, since Astro lists the English route first) then takes its article text from the first, just rendered on the
 * same thread (`RecentMeetingTexts`, src/lib/meeting-page.ts).
 */

/** Where the i18n routing puts each language's pages, as far as it is read here (Astro's `i18n` setting). */
export interface LocaleRouting {
  defaultLocale: string;
  locales: string[];
  /** Whether the default language's pages have a prefix too (`routing.prefixDefaultLocale`). */
  prefixDefaultLocale: boolean;
}

/**
 * The document a page shows whatever its language: its path without the site's base path and without its language's
 * prefix. `/en/meetings/a/` and `/meetings/a/` are the same document.
 * @example translationKey('/archive/en/meetings/a/', '/archive/', routing) // "meetings/a/"
 */
export function translationKey(pathname: string, basePath: string, routing: LocaleRouting): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const inBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [first = '', ...rest] = inBase.split('/');
  const prefixed = routing.locales.some((locale) => locale === first && (locale !== routing.defaultLocale || routing.prefixDefaultLocale));
  return prefixed ? rest.join('/') : inBase;
}

/**
 * The pages reordered so that each document's pages in every language follow one another, documents in the order of
 * their first page, and the pages of one document in the order they came. Nothing is added or dropped.
 */
export function pairTranslations<Page>(pages: readonly Page[], keyOf: (page: Page) => string): Page[] {
  const byKey = new Map<string, Page[]>();
  for (const page of pages) {
    const key = keyOf(page);
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [page]);
    else group.push(page);
  }
  return [...byKey.values()].flat();
}

/**
 * Where each page is rendered, asked in the order the pages are rendered: where the page before went when both show the
 * same document, else wherever `choose` says (a render thread with room, or the main thread).
 */
export function sameThreadForDocument<Target>(documentOf: (pathname: string) => string, choose: () => Target): (pathname: string) => Target {
  let last: { document: string; target: Target } | undefined;
  return (pathname) => {
    const document = documentOf(pathname);
    if (last?.document !== document) last = { document, target: choose() };
    return last.target;
  };
}

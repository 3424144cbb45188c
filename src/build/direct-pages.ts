/*
 * Which pages the build renders and writes itself (src/build/parallel-prerender.ts) instead of handing them to Astro's
 * generation loop, which does its bookkeeping for every page on the main thread: a request object, two log lines, the
 * response's body copied twice, four calls through the file system thread pool. For the 35,600 pages of 10,000 articles
 * that loop took about 0.2 ms of the main thread per page (docs/performance.md).
 *
 * A page qualifies when Astro would write its body as it is: a page route (no endpoint, no redirect) of the site's
 * directory format, whose file is `<path>/index.html`, with no other route at the same path and no file of public/ in
 * its place. Whatever else (endpoints, the 404 and 500 pages, redirects, conflicts) goes through Astro's loop as before,
 * and so does any page that turns out not to answer 200 with HTML.
 */
import type { ListedPage } from './unchanged-pages';

/** Pages Astro writes as `<name>.html` beside the others (`STATUS_CODE_PAGES` in Astro's build). */
const STATUS_CODE_PAGES = new Set(['/404', '/500']);

/**
 * The file Astro writes a page route to in the directory format, relative to dist/ (`getOutFolder` and `getOutFile`
 * in Astro's build): its path with a final slash, then `index.html`; undefined for anything else.
 * @example directPageFile({ pathname: '/officials', route: { type: 'page' } }) // "officials/index.html"
 */
export function directPageFile(page: Pick<ListedPage, 'pathname' | 'route'>): string | undefined {
  if (page.route.type !== 'page' || STATUS_CODE_PAGES.has(page.pathname) || !page.pathname.startsWith('/')) return undefined;
  const inside = page.pathname.slice(1);
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : `${inside}/index.html`;
}

/** The pages the build writes itself, and those left to Astro, each in the order given. */
export interface DirectPagesPlan<Page> {
  direct: Page[];
  byAstro: Page[];
}

/** A path as Astro compares paths for conflicts between routes: without its trailing slash. */
function conflictKey(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

/**
 * Splits the pages to render between the build and Astro.
 * @param isPublicFile whether public/ holds a file at this path relative to dist/ (Astro warns of such a conflict)
 */
export function planDirectPages<Page extends ListedPage>(pages: readonly Page[], isPublicFile: (file: string) => boolean): DirectPagesPlan<Page> {
  const seen = new Map<string, number>();
  for (const page of pages) seen.set(conflictKey(page.pathname), (seen.get(conflictKey(page.pathname)) ?? 0) + 1);
  const plan: DirectPagesPlan<Page> = { direct: [], byAstro: [] };
  for (const page of pages) {
    const file = directPageFile(page);
    const direct = file !== undefined && seen.get(conflictKey(page.pathname)) === 1 && !isPublicFile(file);
    (direct ? plan.direct : plan.byAstro).push(page);
  }
  return plan;
}

/**
 * The URL Astro requests a page route at in the directory format (`getUrlForPath` in Astro's build, for
 * `build.format: 'directory'` and any `trailingSlash` but `never`): the base path, then the page's path, with a final
 * slash.
 * @example pageRequestUrl('/meetings/a/', '/archive', 'https://example.org') // "https://example.org/archive/meetings/a/"
 */
export function pageRequestUrl(pathname: string, basePath: string, origin: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const inside = pathname.replace(/^\/+|\/+$/g, '');
  return new URL(inside === '' ? base : `${base}${inside}/`, origin).href;
}

/** The origin Astro gives the requests of a build: the site's, else the development server's. */
export function requestOrigin(site: string | undefined, port: number): string {
  return site ? new URL(site).origin : `http://localhost:${port}`;
}

/** The line the build logs once it has written its pages (`npm run check:site` reads it back). */
export function directPagesLine(written: number, byAstro: number): string {
  return `wrote ${written} page(s) itself, left ${byAstro} to Astro`;
}

/** Reads `directPagesLine` back from a build's output: the pages the build wrote itself, or undefined. */
export function pagesWrittenDirectly(buildOutput: string): number | undefined {
  const match = /wrote (\d+) page\(s\) itself, left \d+ to Astro/.exec(buildOutput);
  return match ? Number(match[1]) : undefined;
}

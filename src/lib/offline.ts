import type { GenerateSWOptions } from 'workbox-build';
import { pathTo } from './permalinks';

/** Cache of pages (navigations), shared by the service worker and the "keep offline" control. */
export const PAGES_CACHE = 'rencontres-pages';
/** Cache of every other file: search index, data, feeds, source texts. */
export const FILES_CACHE = 'rencontres-files';
/** The list of every URL of the archive, read by the "keep offline" control. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';
/** The service worker's file, at the root of the base path so its scope is the whole archive. */
export const SERVICE_WORKER = 'sw.js';

/**
 * The URL a built file is served at: `x/index.html` as its directory `x/` (the URL readers use), others as is.
 * @example fileToUrl('meetings/a/index.html', '/archive/') // "/archive/meetings/a/"
 */
export function fileToUrl(file: string, base: string): string {
  const path = file.split('\\').join('/');
  if (path === 'index.html') return pathTo(base);
  if (path.endsWith('/index.html')) return pathTo(base, path.slice(0, -'index.html'.length));
  return pathTo(base, path).replace(/\/$/, '');
}

/** Files the service worker and its runtime never need to store: themselves, and the 404 page. */
function isOfflineFile(file: string): boolean {
  return !(file === SERVICE_WORKER || /^workbox-[\w-]+\.js(\.map)?$/.test(file) || file.endsWith('.map') || file === OFFLINE_MANIFEST || file === '404.html');
}

/** The URLs the "keep the whole archive offline" control stores, sorted: every page and file of the build. */
export function getOfflineManifest(files: string[], base: string): string[] {
  return files.filter(isOfflineFile).map((file) => fileToUrl(file, base)).sort();
}

/**
 * Workbox `generateSW` options: a small precache (styles, scripts, the offline page), then every page the reader
 * opens and every file they use (search index included) kept at runtime. Pages come from the network first and
 * from the cache when offline; a page never stored shows the offline page. Query strings are ignored when
 * reading the cache: `/search/?q=x` is the search page, and Pagefind adds `?ts=` to its entry file.
 *
 * A page fetched without navigating to it (a URL ending in `/`) also goes to the pages cache, without the offline
 * page in its place: that is how a tab opened before the worker took over has the worker store it (Workbox's
 * `CACHE_URLS` message, sent by `registerServiceWorker`), and how the "keep offline" control fetches pages.
 * @see https://developer.chrome.com/docs/workbox/modules/workbox-build#generatesw
 */
export function getServiceWorkerOptions(distDir: string, base: string): GenerateSWOptions {
  const root = pathTo(base);
  return {
    globDirectory: distDir,
    globPatterns: ['_astro/**/*.{js,css}', 'favicon.svg', 'offline/index.html'],
    swDest: `${distDir}/${SERVICE_WORKER}`,
    modifyURLPrefix: { '': root },
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: PAGES_CACHE, matchOptions: { ignoreSearch: true }, networkTimeoutSeconds: 5, precacheFallback: { fallbackURL: `${root}offline/index.html` } },
      },
      {
        // Stringified into sw.js by Workbox: the function may not refer to anything outside itself.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && !url.pathname.endsWith('/sw.js') && !url.pathname.endsWith('/'),
        handler: 'NetworkFirst',
        options: { cacheName: FILES_CACHE, matchOptions: { ignoreSearch: true }, networkTimeoutSeconds: 5 },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/'),
        handler: 'NetworkFirst',
        options: { cacheName: PAGES_CACHE, matchOptions: { ignoreSearch: true }, networkTimeoutSeconds: 5 },
      },
    ],
  };
}

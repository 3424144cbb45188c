import { describe, expect, test } from 'vitest';
import { FILES_CACHE, PAGES_CACHE, fileToUrl, getOfflineManifest, getServiceWorkerOptions } from '../../src/lib/offline';

describe('fileToUrl', () => {
  test.each([
    ['index.html', '/', '/'],
    ['meetings/a/index.html', '/', '/meetings/a/'],
    ['meetings/a/index.html', '/archive/', '/archive/meetings/a/'],
    ['data/meetings.csv', '/archive/', '/archive/data/meetings.csv'],
    ['pagefind/index/fr_1.pf_index', '/', '/pagefind/index/fr_1.pf_index'],
  ])('serves %s (base %s) at %s', (file, base, expected) => {
    expect(fileToUrl(file, base)).toBe(expected);
  });
});

describe('getOfflineManifest', () => {
  test('lists every page and file except the service worker, its runtime, the manifest and the 404 page, sorted', () => {
    const files = ['sw.js', 'workbox-c44686f0.js', 'offline-manifest.json', '404.html', 'index.html', 'meetings/a/index.html', 'feed.xml', 'pagefind/pagefind.js'];
    expect(getOfflineManifest(files, '/a/')).toEqual(['/a/', '/a/feed.xml', '/a/meetings/a/', '/a/pagefind/pagefind.js']);
  });
});

describe('getServiceWorkerOptions', () => {
  const options = getServiceWorkerOptions('/tmp/dist', '/archive/');

  test('precaches only the shell, under the base path', () => {
    expect(options.globPatterns).toEqual(['_astro/**/*.{js,css}', 'favicon.svg', 'offline/index.html']);
    expect(options.modifyURLPrefix).toEqual({ '': '/archive/' });
    expect(options.swDest).toBe('/tmp/dist/sw.js');
  });

  test('keeps pages and files at runtime in the caches the "keep offline" control fills, ignoring query strings', () => {
    const [pages, files] = options.runtimeCaching ?? [];
    expect(pages?.options).toMatchObject({ cacheName: PAGES_CACHE, matchOptions: { ignoreSearch: true }, precacheFallback: { fallbackURL: '/archive/offline/index.html' } });
    expect(files?.options).toMatchObject({ cacheName: FILES_CACHE, matchOptions: { ignoreSearch: true } });
  });

  test('routes navigations to the pages cache and other same-origin requests, not sw.js, to the files cache', () => {
    const [pages, files] = (options.runtimeCaching ?? []).map((entry) => entry.urlPattern as (context: object) => boolean);
    expect(pages?.({ request: { mode: 'navigate' } })).toBe(true);
    expect(pages?.({ request: { mode: 'cors' } })).toBe(false);
    expect(files?.({ url: new URL('http://h/archive/pagefind/pagefind.js'), sameOrigin: true })).toBe(true);
    expect(files?.({ url: new URL('http://h/archive/sw.js'), sameOrigin: true })).toBe(false);
    expect(files?.({ url: new URL('http://other/x.js'), sameOrigin: false })).toBe(false);
    expect(files?.({ url: new URL('http://h/archive/meetings/a/'), sameOrigin: true })).toBe(false);
  });

  test('stores a page fetched without navigating (a page asking the worker to keep it) in the pages cache, with no offline page in its place', () => {
    const pagesFetched = (options.runtimeCaching ?? [])[2];
    const matches = pagesFetched?.urlPattern as (context: object) => boolean;
    expect(matches({ url: new URL('http://h/archive/meetings/a/'), sameOrigin: true })).toBe(true);
    expect(matches({ url: new URL('http://h/archive/data/meetings.csv'), sameOrigin: true })).toBe(false);
    expect(matches({ url: new URL('http://other/a/'), sameOrigin: false })).toBe(false);
    expect(pagesFetched?.options).toMatchObject({ cacheName: PAGES_CACHE, matchOptions: { ignoreSearch: true } });
    expect(pagesFetched?.options).not.toHaveProperty('precacheFallback');
  });
});

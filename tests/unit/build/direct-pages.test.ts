import { describe, expect, test } from 'vitest';
import { directPageFile, directPagesLine, pageRequestUrl, pagesWrittenDirectly, planDirectPages, requestOrigin } from '../../../src/build/direct-pages';
import type { ListedPage } from '../../../src/build/unchanged-pages';

const page = (pathname: string, type = 'page'): ListedPage => ({ pathname, route: { type } });

describe('directPageFile', () => {
  test('a page route is written to its folder’s index.html, whether Astro lists its path with a final slash or not', () => {
    expect(directPageFile(page('/meetings/a/'))).toBe('meetings/a/index.html');
    expect(directPageFile(page('/officials'))).toBe('officials/index.html');
    expect(directPageFile(page('/en'))).toBe('en/index.html');
    expect(directPageFile(page('/'))).toBe('index.html');
  });

  test('the 404 and 500 pages, endpoints and redirects have none: Astro writes them', () => {
    expect(directPageFile(page('/404'))).toBeUndefined();
    expect(directPageFile(page('/500'))).toBeUndefined();
    expect(directPageFile(page('/data/meetings.csv', 'endpoint'))).toBeUndefined();
    expect(directPageFile(page('/robots.txt', 'endpoint'))).toBeUndefined();
    expect(directPageFile(page('/old/', 'redirect'))).toBeUndefined();
  });
});

describe('planDirectPages', () => {
  test('page routes are written by the build; endpoints, status pages and redirects by Astro', () => {
    const pages = [page('/'), page('/meetings/a/'), page('/data/meetings.csv', 'endpoint'), page('/404'), page('/officials'), page('/old/', 'redirect'), page('/en/meetings/a/')];
    const plan = planDirectPages(pages, () => false);
    expect(plan.direct.map((p) => p.pathname)).toEqual(['/', '/meetings/a/', '/officials', '/en/meetings/a/']);
    expect(plan.byAstro.map((p) => p.pathname)).toEqual(['/data/meetings.csv', '/404', '/old/']);
  });

  test('two routes at one path are both left to Astro, which settles the conflict', () => {
    const plan = planDirectPages([page('/a/'), page('/a'), page('/b/')], () => false);
    expect(plan.direct.map((p) => p.pathname)).toEqual(['/b/']);
    expect(plan.byAstro.map((p) => p.pathname)).toEqual(['/a/', '/a']);
  });

  test('a page in the place of a file of public/ is left to Astro, which warns of it', () => {
    const publicFiles = new Set(['about/index.html']);
    const plan = planDirectPages([page('/about/'), page('/method/')], (file) => publicFiles.has(file));
    expect(plan.direct.map((p) => p.pathname)).toEqual(['/method/']);
    expect(plan.byAstro.map((p) => p.pathname)).toEqual(['/about/']);
  });

  test('every page lands in exactly one list, in the order given', () => {
    const pages = ['/c/', '/x.json', '/a/', '/b/'].map((pathname) => page(pathname, pathname.endsWith('/') ? 'page' : 'endpoint'));
    const plan = planDirectPages(pages, () => false);
    expect([...plan.direct, ...plan.byAstro].sort((x, y) => x.pathname.localeCompare(y.pathname))).toEqual([...pages].sort((x, y) => x.pathname.localeCompare(y.pathname)));
    expect(plan.direct.map((p) => p.pathname)).toEqual(['/c/', '/a/', '/b/']);
  });
});

describe('pageRequestUrl', () => {
  test('the base path, then the page’s path, at the origin', () => {
    expect(pageRequestUrl('/meetings/a/', '/', 'https://example.org')).toBe('https://example.org/meetings/a/');
    expect(pageRequestUrl('/meetings/a/', '/archive', 'https://example.org')).toBe('https://example.org/archive/meetings/a/');
    expect(pageRequestUrl('/meetings/a/', '/archive/', 'https://example.org')).toBe('https://example.org/archive/meetings/a/');
  });

  test('a path Astro lists without its final slash gets one, as Astro requests it', () => {
    expect(pageRequestUrl('/officials', '/', 'https://example.org')).toBe('https://example.org/officials/');
    expect(pageRequestUrl('/en', '/archive/', 'https://example.org')).toBe('https://example.org/archive/en/');
  });

  test('the home page is the base path itself', () => {
    expect(pageRequestUrl('/', '/', 'https://example.org')).toBe('https://example.org/');
    expect(pageRequestUrl('/', '/archive', 'https://example.org')).toBe('https://example.org/archive/');
  });

  test('a path outside ASCII is percent-encoded, as Astro’s request has it', () => {
    expect(pageRequestUrl('/thèmes/é/', '/', 'https://example.org')).toBe('https://example.org/th%C3%A8mes/%C3%A9/');
  });
});

describe('requestOrigin', () => {
  test('the site’s origin, else the development server’s', () => {
    expect(requestOrigin('https://example.org/archive/', 4321)).toBe('https://example.org');
    expect(requestOrigin(undefined, 4321)).toBe('http://localhost:4321');
  });
});

describe('pagesWrittenDirectly', () => {
  test('reads back the line the build logs', () => {
    expect(pagesWrittenDirectly(`12:00:01 [rencontres:parallel-prerender] ${directPagesLine(119, 25)}\n[build] done`)).toBe(119);
  });

  test('is undefined when the build logged no such line (Astro wrote every page)', () => {
    expect(pagesWrittenDirectly('[build] 137 page(s) built in 3.22s')).toBeUndefined();
  });
});

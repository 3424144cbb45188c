import { describe, expect, test } from 'vitest';
import { directPagesLine, pageRequestUrl, pagesWrittenDirectly, planDirectPages, requestOrigin } from '../../../src/build/direct-pages';
import type { ListedPage } from '../../../src/build/unchanged-pages';

const page = (pathname: string, type = 'page'): ListedPage => ({ pathname, route: { type } });

describe('planDirectPages', () => {
  test('HTML pages of the directory format are written by the build; endpoints, files and redirects by Astro', () => {
    const pages = [page('/'), page('/meetings/a/'), page('/data/meetings.csv', 'endpoint'), page('/404.html'), page('/old/', 'redirect'), page('/en/meetings/a/')];
    const plan = planDirectPages(pages, () => false);
    expect(plan.direct.map((p) => p.pathname)).toEqual(['/', '/meetings/a/', '/en/meetings/a/']);
    expect(plan.byAstro.map((p) => p.pathname)).toEqual(['/data/meetings.csv', '/404.html', '/old/']);
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

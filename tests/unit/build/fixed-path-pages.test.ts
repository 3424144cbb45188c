import { describe, expect, test } from 'vitest';
import { endpointRequestUrl, fixedPathPages, type ManifestRoute } from '../../../src/build/fixed-path-pages';

const route = (type: string, pathname: string | undefined, prerender = true): ManifestRoute => ({ type, pathname, prerender });

describe('endpointRequestUrl', () => {
  test('a file is requested at its path under the base path, without a final slash', () => {
    expect(endpointRequestUrl('/data/meetings.json', '/', 'https://example.org', 'always')).toBe('https://example.org/data/meetings.json');
    expect(endpointRequestUrl('/robots.txt', '/archive', 'https://example.org', 'always')).toBe('https://example.org/archive/robots.txt');
    expect(endpointRequestUrl('/robots.txt', '/archive/', 'https://example.org', 'ignore')).toBe('https://example.org/archive/robots.txt');
  });

  test('a path that names no file gets a final slash when trailingSlash is always, and stays as it is otherwise', () => {
    expect(endpointRequestUrl('/api/list', '/', 'https://example.org', 'always')).toBe('https://example.org/api/list/');
    expect(endpointRequestUrl('/api/list', '/', 'https://example.org', 'ignore')).toBe('https://example.org/api/list');
    expect(endpointRequestUrl('/api/list/', '/', 'https://example.org', 'always')).toBe('https://example.org/api/list/');
  });
});

describe('fixedPathPages', () => {
  test('the prerendered pages and endpoints without parameters, with the URLs Astro requests them at, in order', () => {
    const routes = [
      route('page', '/'),
      route('page', undefined),
      route('endpoint', '/data/meetings.csv'),
      route('page', '/officials'),
      route('redirect', '/old'),
      route('page', '/live', false),
      route('fallback', '/en/about'),
      route('page', '/404'),
    ];
    expect(fixedPathPages(routes, '/archive/', 'https://example.org', 'always').map(({ route: { pathname }, url }) => [pathname, url])).toEqual([
      ['/', 'https://example.org/archive/'],
      ['/data/meetings.csv', 'https://example.org/archive/data/meetings.csv'],
      ['/officials', 'https://example.org/archive/officials/'],
      ['/404', 'https://example.org/archive/404/'],
    ]);
  });

  test('each page keeps its route object, by which Astro later asks for it', () => {
    const routes = [route('endpoint', '/robots.txt')];
    expect(fixedPathPages(routes, '/', 'https://example.org', 'ignore')[0]!.route).toBe(routes[0]);
  });
});

/*
 * The pages whose route has no parameters: their path is the route's own, known once the prerender bundle is loaded,
 * before Astro lists the pages of every route (`getStaticPaths`), which takes the main thread 1.4–2 s at 10,000
 * articles (each page's cache key is computed then). The build renders them on the render threads meanwhile
 * (src/build/parallel-prerender.ts): the index pages, the open-data files of `/data/`, the 404 page, `robots.txt`.
 * Each is rendered by every build anyway, as none has a cache key.
 */
import { pageRequestUrl } from './direct-pages';

/** A route as Astro's manifest lists it, as far as it is read here. */
export interface ManifestRoute {
  type: string;
  /** The route's path when it has no parameters. */
  pathname?: string | undefined;
  prerender: boolean;
}

/** Whether a path ends in a file name with an extension (`hasFileExtension` in Astro's path helpers). */
function namesFile(pathname: string): boolean {
  return /\/[^/]+\.\w+$/.test(pathname);
}

/**
 * The URL Astro requests an endpoint at (`getUrlForPath` in Astro's build, for `trailingSlash: 'always'` or
 * `'ignore'`): the base path, then the endpoint's path, with a final slash when `always` asks for one and the path
 * names no file.
 * @example endpointRequestUrl('/data/meetings.json', '/archive/', 'https://example.org', 'always') // "https://example.org/archive/data/meetings.json"
 */
export function endpointRequestUrl(pathname: string, basePath: string, origin: string, trailingSlash: 'always' | 'ignore'): string {
  const inside = pathname.replace(/^\/+/, '');
  let joined = `${basePath.replace(/\/+$/, '')}/${inside}`;
  if (trailingSlash === 'always' && !namesFile(pathname) && !joined.endsWith('/')) joined += '/';
  return new URL(joined, origin).href;
}

/**
 * The prerendered pages and endpoints whose route has no parameters, each with the URL Astro requests it at in the
 * directory format, in the order given.
 */
export function fixedPathPages<Route extends ManifestRoute>(
  routes: readonly Route[],
  basePath: string,
  origin: string,
  trailingSlash: 'always' | 'ignore',
): { route: Route; url: string }[] {
  return routes.flatMap((route) => {
    if (!route.prerender || route.pathname === undefined) return [];
    if (route.type === 'page') return [{ route, url: pageRequestUrl(route.pathname, basePath, origin) }];
    if (route.type === 'endpoint') return [{ route, url: endpointRequestUrl(route.pathname, basePath, origin, trailingSlash) }];
    return [];
  });
}

import { posix } from 'node:path';
import { pathTo } from './permalinks';

/**
 * The relative link from one built file to a root-relative URL of the site, for reading from `file://`:
 * directories get their `index.html` (no server adds it there). URLs outside the base path are left as they are.
 * @example toRelativeLink('/archive/officials/to-lam/', 'meetings/a/index.html', '/archive/') // "../../officials/to-lam/index.html"
 */
export function toRelativeLink(url: string, fromFile: string, base: string): string {
  const root = pathTo(base);
  if (!url.startsWith(root) || url.startsWith('//')) return url;
  const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(url.slice(root.length)) ?? [];
  const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const relative = posix.relative(posix.dirname(fromFile), target);
  return `${relative === '' ? posix.basename(target) : relative}${suffix}`;
}

/**
 * Rewrites one built HTML page for the portable build (opened from disk): every root-relative link, asset and
 * redirect becomes relative; module scripts are dropped (browsers refuse them from `file://`, and search and
 * offline storage need a web server anyway); elements marked `data-portable-note` are shown and those marked
 * `data-portable-hide` hidden, so the search page says what it needs.
 * @param file path of the page inside dist/, e.g. "search/index.html"
 */
export function toPortableHtml(html: string, file: string, base: string): string {
  return html
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/(\s(?:href|src|action)=")([^"]*)"/g, (_, attribute: string, url: string) => `${attribute}${toRelativeLink(url, file, base)}"`)
    .replace(/(<meta http-equiv="refresh" content="\d+; url=)([^"]*)"/g, (_, start: string, url: string) => `${start}${toRelativeLink(url, file, base)}"`)
    .replace(/\sdata-portable-note(\s+hidden(="")?)?/g, ' data-portable-note')
    .replace(/\sdata-portable-hide(?!\s+hidden)/g, ' data-portable-hide hidden');
}

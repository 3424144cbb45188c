import { escapeXml } from './atom';

/** True for a page that belongs in the sitemap: not marked `noindex` (redirect pages, the offline page). */
export function isIndexable(html: string): boolean {
  return !/<meta name="robots" content="noindex"/.test(html);
}

/** A sitemap (sitemaps.org 0.9) of absolute page URLs, sorted so the same site gives the same bytes. */
export function toSitemapXml(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

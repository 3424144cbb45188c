import { pathTo } from '../lib/permalinks';
import { DEFAULT_LOCALE, type Locale } from './ui';

/**
 * The base path of a language: the site's base for French, `<base>en/` for English. Every permalink helper
 * (`pathTo`, `entryPath`, …) takes it in place of the site's base.
 * @example localeBase('/x/', 'en') // "/x/en/"
 */
export function localeBase(base: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? pathTo(base) : pathTo(base, locale);
}

/**
 * Where a month's meetings are listed: the month's own page, under its year's (the meetings page and the year pages
 * list months, not meetings, so that they stay small however large the archive grows).
 * @example monthListingPath('/', '2025-05') // "/years/2025/05/"
 */
export function monthListingPath(localizedBase: string, key: string): string {
  return pathTo(localizedBase, 'years', key.slice(0, 4), key.slice(5, 7));
}

/**
 * The anchor of a month on its year's page, which lists the year's months (the year's meetings were listed there,
 * month by month, before each month had its page: links to these anchors still land on the month).
 * @example monthAnchor('2025-05') // "mois-2025-05"
 */
export function monthAnchor(key: string): string {
  return `mois-${key}`;
}

/**
 * The same page in another language: swaps the `en/` prefix after the base path. Hash and query are not kept.
 * @example translatePath('/x/meetings/a/', '/x/', 'fr', 'en') // "/x/en/meetings/a/"
 * @example translatePath('/x/en/meetings/a/', '/x/', 'en', 'fr') // "/x/meetings/a/"
 */
export function translatePath(pathname: string, base: string, from: Locale, to: Locale): string {
  const root = pathTo(base);
  let rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const fromPrefix = from === DEFAULT_LOCALE ? '' : `${from}/`;
  if (fromPrefix && (rest === from || rest.startsWith(fromPrefix))) rest = rest.slice(fromPrefix.length);
  const restSegments = rest.split('/').filter((part) => part.length > 0).map((part) => decodeURIComponent(part));
  return pathTo(localeBase(base, to), ...restSegments);
}

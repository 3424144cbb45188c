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
 * Where a month's meetings are listed: its anchor on the meetings page.
 * @example monthListingPath('/', '2025-05') // "/meetings/#mois-2025-05"
 */
export function monthListingPath(localizedBase: string, key: string): string {
  return `${pathTo(localizedBase, 'meetings')}#mois-${key}`;
}

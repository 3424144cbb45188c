import { formatFrenchDate, formatFrenchMonth, parsePartialDate } from '../lib/dates';

/** The interface languages; French is the default and has no URL prefix. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A counted noun, singular and plural. */
type Noun = readonly [singular: string, plural: string];

/** The interface strings of one language. */
export interface UiStrings {
  /** BCP 47 tag for `lang`, Intl and `hreflang`. */
  tag: string;
  ogLocale: string;
  nouns: { meeting: Noun; official: Noun; organization: Noun; country: Noun; source: Noun };
  chart: {
    monthsTitle: string;
    monthsCaption: (total: number, peaks: string) => string;
    busiest: string;
    month: string;
    meetings: string;
    showTable: string;
    timelineTitle: (name: string) => string;
    timelineCaption: string;
    year: string;
    networkTitle: (name: string) => string;
    networkCaption: string;
    people: string;
    organizations: string;
    topOfficialsTitle: string;
    topOfficialsCaption: string;
    official: string;
    overTimeTitle: string;
    overTimeCaption: (total: number) => string;
  };
}

const fr: UiStrings = {
  tag: 'fr',
  ogLocale: 'fr_FR',
  nouns: {
    meeting: ['rencontre', 'rencontres'],
    official: ['officiel', 'officiels'],
    organization: ['organisation', 'organisations'],
    country: ['pays', 'pays'],
    source: ['article source', 'articles sources'],
  },
  chart: {
    monthsTitle: 'Rencontres par mois',
    monthsCaption: (total, peaks) => `Rencontres par mois sur toute l'archive (${total} au total). Mois les plus chargés : ${peaks}. Chaque barre mène aux rencontres du mois.`,
    busiest: 'Mois les plus chargés',
    month: 'Mois',
    meetings: 'Rencontres',
    showTable: 'Les chiffres en tableau',
    timelineTitle: (name) => `Chronologie des rencontres de ${name}`,
    timelineCaption: 'Chaque point est une rencontre et mène à sa page ; les rencontres d’un même mois sont empilées.',
    year: 'Année',
    networkTitle: (name) => `Interlocuteurs de ${name}`,
    networkCaption: 'Personnes et organisations rencontrées, d’autant plus grandes qu’elles l’ont été souvent ; chaque nœud mène à sa page.',
    people: 'Personnes',
    organizations: 'Organisations',
    topOfficialsTitle: 'Officiels les plus présents',
    topOfficialsCaption: 'Officiels ayant pris part au plus grand nombre de ces rencontres.',
    official: 'Officiel',
    overTimeTitle: 'Rencontres dans le temps',
    overTimeCaption: (total) => `Rencontres par mois (${total} au total), sur la période couverte par l’archive.`,
  },
};

const en: UiStrings = {
  tag: 'en',
  ogLocale: 'en_GB',
  nouns: {
    meeting: ['meeting', 'meetings'],
    official: ['official', 'officials'],
    organization: ['organization', 'organizations'],
    country: ['country', 'countries'],
    source: ['source article', 'source articles'],
  },
  chart: {
    monthsTitle: 'Meetings per month',
    monthsCaption: (total, peaks) => `Meetings per month over the whole archive (${total} in all). Busiest months: ${peaks}. Each bar leads to that month's meetings.`,
    busiest: 'Busiest months',
    month: 'Month',
    meetings: 'Meetings',
    showTable: 'The numbers as a table',
    timelineTitle: (name) => `Timeline of ${name}'s meetings`,
    timelineCaption: 'Each dot is a meeting and leads to its page; meetings in the same month are stacked.',
    year: 'Year',
    networkTitle: (name) => `${name}'s counterparts`,
    networkCaption: 'People and organizations met, larger the more often they were met; each node leads to its page.',
    people: 'People',
    organizations: 'Organizations',
    topOfficialsTitle: 'Officials most involved',
    topOfficialsCaption: 'Officials who took part in the most of these meetings.',
    official: 'Official',
    overTimeTitle: 'Meetings over time',
    overTimeCaption: (total) => `Meetings per month (${total} in all), over the period the archive covers.`,
  },
};

const strings: Record<Locale, UiStrings> = { fr, en };

/** The interface strings of a language. */
export function getUi(locale: Locale): UiStrings {
  return strings[locale];
}

/**
 * A count with its noun in the language's plural.
 * @example formatCount('en', 1, 'meeting') // "1 meeting"
 * @example formatCount('fr', 1234, 'meeting') // "1 234 rencontres" (with a narrow no-break space)
 */
export function formatCount(locale: Locale, count: number, noun: keyof UiStrings['nouns']): string {
  const [singular, plural] = strings[locale].nouns[noun];
  // French puts 0 and 1 in the singular; English only 1.
  const one = locale === 'fr' ? count <= 1 : count === 1;
  return `${count.toLocaleString(strings[locale].tag)} ${one ? singular : plural}`;
}

/**
 * A partial date in the language; month-precision dates show the month only.
 * @example formatDate('en', '2026-02-19') // "19 February 2026"
 * @example formatDate('fr', '2025-05-01') // "1er mai 2025"
 */
export function formatDate(locale: Locale, date: string): string {
  if (locale === 'fr') return formatFrenchDate(date);
  const { year, month, day } = parsePartialDate(date);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === null ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(value);
}

/**
 * A `YYYY-MM` month in the language, capitalized for headings.
 * @example formatMonth('en', '2025-05') // "May 2025"
 * @example formatMonth('fr', '2025-05') // "Mai 2025"
 */
export function formatMonth(locale: Locale, key: string): string {
  const { year, month } = parsePartialDate(key);
  if (locale === 'fr') return formatFrenchMonth(year, month);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

import { formatFrenchDate, formatFrenchMonth, parsePartialDate } from '../lib/dates';

/** The interface languages; French is the default and has no URL prefix. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A counted noun, singular and plural. */
type Noun = readonly [singular: string, plural: string];

/** What the search form and its script say, in one language. */
export interface SearchFormStrings {
  formLabel: string;
  query: string;
  placeholder: string;
  sort: string;
  sortDate: string;
  sortRelevance: string;
  submit: string;
  reset: string;
  more: string;
  legends: { official: string; organization: string; theme: string; country: string; year: string };
  searching: string;
  none: string;
  /** "{n}" is replaced by the count. */
  foundOne: string;
  foundMany: string;
  /** While older periods of the archive are still being searched. */
  foundSoFar: string;
  /** Under a filter group that lists only the most frequent values: "{shown}" and "{total}" are replaced. */
  mostFrequent: string;
  all: string;
  noIndex: string;
  noScript: string;
  meetingsByDate: string;
}

/** What the "keep the whole archive offline" control says; "{done}", "{total}", "{failed}" are replaced. */
export interface OfflineStrings {
  keep: string;
  progressLabel: string;
  idle: string;
  progress: string;
  kept: string;
  partial: string;
  failed: string;
}

/** The interface strings of one language. */
export interface UiStrings {
  /** BCP 47 tag for `lang`, Intl and `hreflang`. */
  tag: string;
  ogLocale: string;
  nouns: { meeting: Noun; official: Noun; organization: Noun; country: Noun; source: Noun; article: Noun };
  /** Name of the language in itself, for the switch. */
  languageName: string;
  switchLabel: string;
  siteTitle: string;
  siteDescription: string;
  skip: string;
  mainNav: string;
  nav: { meetings: string; officials: string; organizations: string; countries: string; themes: string; search: string; about: string };
  footer: { about: string; method: string; openData: string; meetingsJson: string; meetingsCsv: string; officials: string; organizations: string; themes: string; feed: string; report: string };
  sides: { home: string; foreign: string };
  home: {
    lede: string;
    inFigures: string;
    latest: string;
    allMeetings: string;
    waysIn: string;
    byOfficial: string; byOfficialText: string;
    byTheme: string; byThemeText: string;
    byOrganization: string; byOrganizationText: string;
    byCountry: string; byCountryText: string;
    byYear: string;
    bySearch: string; bySearchText: string;
    coverage: string;
    coverageText: (articles: string) => string;
    coverageRange: string;
    coverageTo: string;
    coverageLimits: string;
    coverageMethod: string;
    coverageMethodAfter: string;
  };
  meetings: { title: string; intro: (count: string) => string; years: string; yearPage: string; latest: string; months: string };
  meeting: {
    eyebrow: string; noPlace: string; text: string; multiple: (count: number) => string; others: string; missingText: string;
    note: string; provenance: string; source: string; published: string; sourceText: string; sourceLink: (file: string) => string; furniture: string;
    participants: string; writtenAs: (name: string) => string; organizations: string; countries: string; themes: string; none: string;
    frenchText: string;
  };
  official: {
    eyebrow: string; country: string; roles: string; organizations: string; aliases: string; byDate: (count: string) => string;
    mostMet: string; none: string; themes: string; noTheme: string; all: string; subscribe: string;
  };
  indexes: {
    officials: string; officialsIntro: string;
    organizations: string; organizationsIntro: string;
    countries: string; countriesIntro: string;
    themes: string; themesIntro: string;
    years: string; yearsIntro: string;
    empty: string;
  };
  term: { theme: string; organization: string; country: string; year: string; month: string; monthsOf: (count: string) => string; backToYear: (year: string) => string; allThemes: string; allOrganizations: string; allCountries: string; allYears: string; byDate: (count: string) => string; description: (kind: string, title: string, count: string) => string };
  /** A listing cut into pages (src/lib/listing-pages.ts). */
  listing: {
    /** Label of the pagination nav. */
    nav: string;
    previous: string;
    next: string;
    page: (number: string) => string;
    /** Title of page 2 and later of a listing. */
    pageTitle: (title: string, number: string) => string;
    /** "Meetings 101–200 of 2,001"; then `from` date `to` date, then `order`. */
    shown: (from: string, to: string, total: string) => string;
    from: string;
    to: string;
    order: string;
    /** Between a page's number and its dates in the nav of page 1. */
    periodSeparator: string;
    /** Before the years of a long listing, each linked to the page where it starts. */
    byYear: string;
  };
  search: {
    title: string;
    description: string;
    /** The form and the messages the search script shows (passed to it as data). */
    form: SearchFormStrings;
  };
  offline: OfflineStrings;
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
    article: ['article', 'articles'],
  },
  languageName: 'Français',
  switchLabel: 'Langue',
  siteTitle: 'Rencontres : archive des rencontres officielles',
  siteDescription: 'Archive des rencontres officielles entre responsables vietnamiens et étrangers rapportées par la presse francophone.',
  skip: 'Aller au contenu',
  mainNav: 'Navigation principale',
  nav: { meetings: 'Rencontres', officials: 'Officiels', organizations: 'Organisations', countries: 'Pays', themes: 'Thèmes', search: 'Recherche', about: 'À propos' },
  footer: { about: 'Rencontres : archive des rencontres officielles rapportées par la presse francophone.', method: 'Méthode', openData: 'Données ouvertes :', meetingsJson: 'rencontres (JSON)', meetingsCsv: 'tableur (CSV)', officials: 'officiels', organizations: 'organisations', themes: 'thèmes', feed: 'Flux Atom', report: 'Rapport de construction' },
  sides: { home: 'Partie vietnamienne', foreign: 'Partie étrangère' },
  home: {
    lede: "Une archive des rencontres officielles entre responsables vietnamiens et interlocuteurs étrangers, telles que les rapporte la presse en français : qui a rencontré qui, quand, où, pour parler de quoi, avec le texte de l'article.",
    inFigures: "L'archive en chiffres",
    latest: 'Dernières rencontres',
    allMeetings: 'Toutes les rencontres, par date',
    waysIn: 'Par où entrer',
    byOfficial: 'Par officiel', byOfficialText: ' : chaque personne, ses fonctions, ses rencontres et ses interlocuteurs.',
    byTheme: 'Par thème', byThemeText: ' : cybersécurité, drogue, commerce et investissement…',
    byOrganization: 'Par organisation', byOrganizationText: ' : ministères, agences, entreprises.',
    byCountry: 'Par pays', byCountryText: ' : les pays des parties.',
    byYear: 'Par année : ',
    bySearch: 'Par recherche', bySearchText: ' : texte intégral, filtres et tri par date.',
    coverage: 'Couverture',
    coverageText: (articles) => `L'archive rassemble ${articles} de presse en français`,
    coverageRange: ', pour des rencontres datées du ',
    coverageTo: ' au ',
    coverageLimits: "Elle ne couvre pas tout : seulement les rencontres rapportées par les articles versés à l'archive, pas les conférences multilatérales en tant que telles, ni les visites annoncées ou rappelées. Les données sont extraites automatiquement puis corrigées à la main ; la ",
    coverageMethod: 'méthode',
    coverageMethodAfter: ' dit comment, et chaque page renvoie au texte source.',
  },
  meetings: { title: 'Toutes les rencontres', intro: (count) => `${count} : les plus récentes ci-dessous, puis chaque mois, listé sur sa propre page.`, years: 'Années', yearPage: "page de l'année", latest: 'Les plus récentes', months: 'Mois' },
  meeting: {
    eyebrow: 'Rencontre', noPlace: 'lieu non précisé', text: "Texte de l'article",
    multiple: (count) => `Cet article rapporte ${count} rencontres : les paragraphes sur celle-ci sont mis en évidence.`,
    others: ' Autres rencontres : ', missingText: 'Texte source introuvable.', note: "Note de l'archiviste", provenance: 'Provenance', source: 'Source', published: 'Publication',
    sourceText: 'Texte source', sourceLink: (file) => `Texte source intact (${file})`, furniture: 'Éléments de page écartés',
    participants: 'Participants', writtenAs: (name) => ` (écrit « ${name} »)`, organizations: 'Organisations', countries: 'Pays', themes: 'Thèmes', none: 'aucun',
    frenchText: '',
  },
  official: {
    eyebrow: 'Officiel', country: 'Pays', roles: 'Fonctions relevées', organizations: 'Organisations', aliases: 'Autres graphies', byDate: (count) => `${count}, par date`,
    mostMet: 'Personnes les plus rencontrées', none: 'Aucune.', themes: 'Thèmes abordés', noTheme: 'Aucun thème de la liste.', all: 'Tous les officiels', subscribe: "S'abonner aux nouvelles rencontres (flux Atom)",
  },
  indexes: {
    officials: 'Officiels', officialsIntro: "Les personnes qui prennent part aux rencontres, avec le nombre de leurs rencontres dans l'archive.",
    organizations: 'Organisations', organizationsIntro: 'Les organisations qui prennent part aux rencontres : ministères, agences, partis, entreprises.',
    countries: 'Pays', countriesIntro: 'Les pays des parties aux rencontres.',
    themes: 'Thèmes', themesIntro: "Les sujets abordés, selon la liste des thèmes de l'archive.",
    years: 'Années', yearsIntro: 'Les rencontres par année, de la plus récente à la plus ancienne.',
    empty: 'Aucune entrée pour le moment.',
  },
  term: { theme: 'Thème', organization: 'Organisation', country: 'Pays', year: 'Année', month: 'Mois', monthsOf: (count) => `${count}, par mois`, backToYear: (year) => `Tous les mois de ${year}`, allThemes: 'Tous les thèmes', allOrganizations: 'Toutes les organisations', allCountries: 'Tous les pays', allYears: 'Toutes les années', byDate: (count) => `${count}, par date`, description: (kind, title, count) => `${kind} ${title} : ${count} dans l'archive.` },
  listing: {
    nav: 'Pages de la liste',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (number) => `Page ${number}`,
    pageTitle: (title, number) => `${title}, page ${number}`,
    shown: (from, to, total) => `Rencontres ${from}–${to} sur ${total}`,
    from: ', du ',
    to: ' au ',
    order: ', les plus récentes d’abord.',
    periodSeparator: ' : ',
    byYear: 'Par année : ',
  },
  search: {
    title: 'Recherche',
    description: 'Rechercher dans le texte des rencontres, filtrer par officiel, organisation, thème, pays et année.',
    form: {
      formLabel: 'Rechercher dans les rencontres',
      query: 'Rechercher',
      placeholder: 'Un nom, un sujet, un lieu…',
      sort: 'Trier par',
      sortDate: "Date (plus récentes d'abord)",
      sortRelevance: 'Pertinence',
      submit: 'Rechercher',
      reset: 'Tout effacer',
      more: 'Plus de résultats',
      legends: { official: 'Officiels', organization: 'Organisations', theme: 'Thèmes', country: 'Pays', year: 'Années' },
      searching: 'Recherche…',
      none: 'Aucune rencontre ne correspond.',
      foundOne: '{n} rencontre trouvée.',
      foundMany: '{n} rencontres trouvées.',
      foundSoFar: '{n} rencontres trouvées jusqu’ici ; recherche dans les périodes plus anciennes…',
      mostFrequent: 'Les {shown} plus fréquents sur {total} ; les autres se filtrent depuis leur page.',
      all: "{n} rencontres dans l'archive, des plus récentes aux plus anciennes.",
      noIndex: "L'index de recherche est introuvable : le site doit être construit avec « npm run build » et servi par un serveur web.",
      noScript: 'La recherche a besoin de JavaScript ; parcourez sinon les',
      meetingsByDate: 'rencontres par date',
    },
  },
  offline: {
    keep: "Garder toute l'archive hors ligne",
    progressLabel: 'Archive gardée hors ligne',
    idle: 'Les pages consultées restent lisibles hors ligne.',
    progress: '{done} / {total} fichiers gardés',
    kept: "Toute l'archive est gardée hors ligne sur cet appareil ({total} fichiers).",
    partial: '{done} fichiers gardés, {failed} en échec : réessayez une fois en ligne.',
    failed: 'Impossible de garder l’archive : vérifiez la connexion et réessayez.',
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
    article: ['article', 'articles'],
  },
  languageName: 'English',
  switchLabel: 'Language',
  siteTitle: 'Rencontres: an archive of official meetings',
  siteDescription: 'An archive of official meetings between Vietnamese and foreign officials, as reported by the French-language press.',
  skip: 'Skip to content',
  mainNav: 'Main navigation',
  nav: { meetings: 'Meetings', officials: 'Officials', organizations: 'Organizations', countries: 'Countries', themes: 'Themes', search: 'Search', about: 'About' },
  footer: { about: 'Rencontres: an archive of official meetings reported by the French-language press.', method: 'Method', openData: 'Open data:', meetingsJson: 'meetings (JSON)', meetingsCsv: 'spreadsheet (CSV)', officials: 'officials', organizations: 'organizations', themes: 'themes', feed: 'Atom feed', report: 'Build report' },
  sides: { home: 'Vietnamese side', foreign: 'Foreign side' },
  home: {
    lede: "An archive of official meetings between Vietnamese officials and their foreign counterparts, as the French-language press reports them: who met whom, when, where, to talk about what, with the article's text (in French, as published).",
    inFigures: 'The archive in figures',
    latest: 'Latest meetings',
    allMeetings: 'All meetings, by date',
    waysIn: 'Ways in',
    byOfficial: 'By official', byOfficialText: ': each person, their posts, their meetings and counterparts.',
    byTheme: 'By theme', byThemeText: ': cybersecurity, drugs, trade and investment…',
    byOrganization: 'By organization', byOrganizationText: ': ministries, agencies, companies.',
    byCountry: 'By country', byCountryText: ': the countries of the parties.',
    byYear: 'By year: ',
    bySearch: 'By search', bySearchText: ': full text, filters and sorting by date.',
    coverage: 'Coverage',
    coverageText: (articles) => `The archive holds ${articles} from the French-language press`,
    coverageRange: ', for meetings dated from ',
    coverageTo: ' to ',
    coverageLimits: 'It does not cover everything: only the meetings reported by the articles added to the archive, not multilateral conferences as such, nor announced or recalled visits. The data are extracted automatically then corrected by hand; the ',
    coverageMethod: 'method',
    coverageMethodAfter: ' (in French) says how, and every page links to the source text.',
  },
  meetings: { title: 'All meetings', intro: (count) => `${count}: the latest below, then every month, listed on its own page.`, years: 'Years', yearPage: 'year page', latest: 'Latest meetings', months: 'Months' },
  meeting: {
    eyebrow: 'Meeting', noPlace: 'place not given', text: "The article's text",
    multiple: (count) => `This article reports ${count} meetings: the paragraphs about this one are highlighted.`,
    others: ' Other meetings: ', missingText: 'Source text not found.', note: "Archivist's note", provenance: 'Provenance', source: 'Source', published: 'Published',
    sourceText: 'Source text', sourceLink: (file) => `Untouched source text (${file})`, furniture: 'Page furniture left out',
    participants: 'Participants', writtenAs: (name) => ` (written “${name}”)`, organizations: 'Organizations', countries: 'Countries', themes: 'Themes', none: 'none',
    frenchText: 'The article is shown in French, as published.',
  },
  official: {
    eyebrow: 'Official', country: 'Country', roles: 'Posts as written', organizations: 'Organizations', aliases: 'Other spellings', byDate: (count) => `${count}, by date`,
    mostMet: 'People met most', none: 'None.', themes: 'Themes discussed', noTheme: 'No theme of the list.', all: 'All officials', subscribe: 'Subscribe to new meetings (Atom feed)',
  },
  indexes: {
    officials: 'Officials', officialsIntro: 'The people who take part in the meetings, with how many meetings each has in the archive.',
    organizations: 'Organizations', organizationsIntro: 'The organizations taking part in the meetings: ministries, agencies, parties, companies.',
    countries: 'Countries', countriesIntro: 'The countries of the parties to the meetings.',
    themes: 'Themes', themesIntro: "The subjects discussed, from the archive's list of themes.",
    years: 'Years', yearsIntro: 'Meetings by year, newest first.',
    empty: 'No entries yet.',
  },
  term: { theme: 'Theme', organization: 'Organization', country: 'Country', year: 'Year', month: 'Month', monthsOf: (count) => `${count}, by month`, backToYear: (year) => `All the months of ${year}`, allThemes: 'All themes', allOrganizations: 'All organizations', allCountries: 'All countries', allYears: 'All years', byDate: (count) => `${count}, by date`, description: (kind, title, count) => `${kind} ${title}: ${count} in the archive.` },
  listing: {
    nav: 'Pages of the list',
    previous: 'Previous page',
    next: 'Next page',
    page: (number) => `Page ${number}`,
    pageTitle: (title, number) => `${title}, page ${number}`,
    shown: (from, to, total) => `Meetings ${from}–${to} of ${total}`,
    from: ', from ',
    to: ' to ',
    order: ', newest first.',
    periodSeparator: ': ',
    byYear: 'By year: ',
  },
  search: {
    title: 'Search',
    description: 'Search the text of the meetings (in French), filter by official, organization, theme, country and year.',
    form: {
      formLabel: 'Search the meetings',
      query: 'Search',
      placeholder: 'A name, a subject, a place (in French)…',
      sort: 'Sort by',
      sortDate: 'Date (newest first)',
      sortRelevance: 'Relevance',
      submit: 'Search',
      reset: 'Clear all',
      more: 'More results',
      legends: { official: 'Officials', organization: 'Organizations', theme: 'Themes (French labels)', country: 'Countries (French names)', year: 'Years' },
      searching: 'Searching…',
      none: 'No meeting matches.',
      foundOne: '{n} meeting found.',
      foundMany: '{n} meetings found.',
      foundSoFar: '{n} meetings found so far; searching older periods…',
      mostFrequent: 'The {shown} most frequent of {total}; filter by the others from their page.',
      all: '{n} meetings in the archive, newest first.',
      noIndex: 'The search index is missing: the site must be built with “npm run build” and served by a web server.',
      noScript: 'Search needs JavaScript; otherwise browse the',
      meetingsByDate: 'meetings by date',
    },
  },
  offline: {
    keep: 'Keep the whole archive offline',
    progressLabel: 'Archive kept offline',
    idle: 'Pages you have read stay readable offline.',
    progress: '{done} / {total} files kept',
    kept: 'The whole archive is kept offline on this device ({total} files).',
    partial: '{done} files kept, {failed} failed: try again once online.',
    failed: 'Could not keep the archive: check the connection and try again.',
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

// Intl formatters are costly to create and every page formats dozens of dates and counts: make each once.
const ENGLISH_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const ENGLISH_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) numberFormats.set(locale, (format = new Intl.NumberFormat(strings[locale].tag)));
  return format;
}

/**
 * A number as the language writes it.
 * @example formatNumber('en', 2001) // "2,001"
 * @example formatNumber('fr', 2001) // "2 001" (with a narrow no-break space)
 */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
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
  return `${numberFormat(locale).format(count)} ${one ? singular : plural}`;
}

/**
 * A partial date in the language; month-precision dates show the month only.
 * @example formatDate('en', '2026-02-19') // "19 February 2026"
 * @example formatDate('fr', '2025-05-01') // "1er mai 2025"
 */
export function formatDate(locale: Locale, date: string): string {
  const formatted = formattedDates[locale];
  let text = formatted.get(date);
  if (text === undefined) {
    text = locale === 'fr' ? formatFrenchDate(date) : formatEnglishDate(date);
    formatted.set(date, text);
  }
  return text;
}

// Pages show the same few thousand days again and again: each is formatted once per language.
const formattedDates = Object.fromEntries(LOCALES.map((locale) => [locale, new Map<string, string>()])) as Record<Locale, Map<string, string>>;

function formatEnglishDate(date: string): string {
  const { year, month, day } = parsePartialDate(date);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  return (day === null ? ENGLISH_MONTH : ENGLISH_DAY).format(value);
}

/**
 * A `YYYY-MM` month in the language, capitalized for headings.
 * @example formatMonth('en', '2025-05') // "May 2025"
 * @example formatMonth('fr', '2025-05') // "Mai 2025"
 */
export function formatMonth(locale: Locale, key: string): string {
  const { year, month } = parsePartialDate(key);
  if (locale === 'fr') return formatFrenchMonth(year, month);
  return ENGLISH_MONTH.format(new Date(Date.UTC(year, month - 1, 1)));
}

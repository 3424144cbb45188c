import type { CuratedCountry } from '../schemas/country';
import type { CuratedOfficial } from '../schemas/official';
import type { CuratedOrganization } from '../schemas/organization';
import type { CuratedPlace } from '../schemas/place';
import type { Knowledge } from './knowledge';
import { foldKey } from './text';

/** Fast look-ups over the curated data, keyed by folded text. Built once per ingest. */
export interface Gazetteer {
  knowledge: Knowledge;
  /** Folded country name or alias → country. */
  countries: Map<string, CuratedCountry>;
  /** Folded demonym (any gender or number) → country. */
  demonyms: Map<string, CuratedCountry>;
  /** Folded place name or alias → place. */
  places: Map<string, CuratedPlace>;
  /** Folded organization name, alias or abbreviation → organization. */
  organizations: Map<string, CuratedOrganization>;
  /** Folded person name or alias → official. */
  officials: Map<string, CuratedOfficial>;
  /** Longest key, in words, of any table: bounds phrase look-ups. */
  maxWords: number;
  /** First words of multi-word country names and demonyms: only these can start a longer match. */
  countryFirstWords: Set<string>;
  /** First words of place keys of two or three words: only these can start such a place (see `countriesInRole`). */
  placeFirstWords: Set<string>;
  /** Every word that can start a country, demonym or place key: others start no match in `countriesInRole`. */
  keyFirstWords: Set<string>;
  /** The country id of the home side. */
  homeCountry: string;
}

const keyCache = new Map<string, string>();

/** Folds a name for look-up: diacritics, case, apostrophes, hyphens and extra spaces do not matter. */
export function lookupKey(text: string): string {
  // Long texts (sentences) rarely repeat: caching them would cost more than folding them again.
  if (text.length > LONGEST_CACHED_KEY) return toLookupKey(text);
  let key = keyCache.get(text);
  if (key === undefined) {
    key = toLookupKey(text);
    // Names and roles repeat across articles; the cache is bounded so a huge archive cannot grow it without end.
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const LONGEST_CACHED_KEY = 80;

function toLookupKey(text: string): string {
  return foldKey(text);
}

function addAll<T>(table: Map<string, T>, keys: string[], value: T): void {
  for (const key of keys) {
    const folded = lookupKey(key);
    if (folded !== '' && !table.has(folded)) table.set(folded, value);
  }
}

/** Builds the look-up tables from the curated knowledge. */
export function buildGazetteer(knowledge: Knowledge, homeCountry = 'vietnam'): Gazetteer {
  const countries = new Map<string, CuratedCountry>();
  const demonyms = new Map<string, CuratedCountry>();
  const places = new Map<string, CuratedPlace>();
  const organizations = new Map<string, CuratedOrganization>();
  const officials = new Map<string, CuratedOfficial>();
  for (const country of knowledge.countries) {
    addAll(countries, [country.name, ...country.aliases], country);
    addAll(demonyms, country.demonyms, country);
  }
  for (const place of knowledge.places) addAll(places, [place.name, ...place.aliases], place);
  for (const org of knowledge.organizations) addAll(organizations, [org.name, ...org.aliases, ...org.abbreviations], org);
  for (const person of knowledge.officials) addAll(officials, [person.name, ...person.aliases], person);
  let maxWords = 1;
  for (const table of [countries, places, organizations, officials] as Map<string, unknown>[]) {
    for (const key of table.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  }
  const countryFirstWords = new Set([...countries.keys(), ...demonyms.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!));
  const placeFirstWords = new Set([...places.keys()].map((key) => key.split(' ')).filter((words) => words.length === 2 || words.length === 3).map((words) => words[0]!));
  const keyFirstWords = new Set([...countries.keys(), ...demonyms.keys(), ...places.keys()].map((key) => key.split(' ')[0]!));
  return { knowledge, countries, demonyms, places, organizations, officials, maxWords, countryFirstWords, placeFirstWords, keyFirstWords, homeCountry };
}

/** Finds the country a phrase names (name, alias or demonym), or undefined. */
export function lookupCountry(gazetteer: Gazetteer, phrase: string): CuratedCountry | undefined {
  const key = lookupKey(phrase);
  return gazetteer.countries.get(key) ?? gazetteer.demonyms.get(key);
}

/** The curated country with this id. */
export function countryById(gazetteer: Gazetteer, id: string | null): CuratedCountry | undefined {
  return id === null ? undefined : gazetteer.knowledge.countries.find((country) => country.id === id);
}

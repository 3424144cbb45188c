import type { Knowledge } from '../ingest/knowledge';
import { foldKey, rolesMatch, SMALL_WORDS, toWords } from './normalize';

/** Compares two names of the same kind of entity. */
export type Matcher = (a: string, b: string) => boolean;

/** Country phrases (names, aliases, demonyms), folded, longest first, each with its country id. */
function countryPhrases(knowledge: Pick<Knowledge, 'countries'>): [string, string][] {
  const phrases: [string, string][] = [];
  for (const country of knowledge.countries) {
    for (const form of [country.name, ...country.aliases, ...country.demonyms]) {
      const folded = foldKey(form);
      if (folded !== '') phrases.push([folded, country.id]);
    }
  }
  return phrases.sort(([a], [b]) => b.length - a.length);
}

/**
 * Returns a function giving the country key of a country name: its curated id when the name or an alias is known
 * (`USA` and `États-Unis` → `etats-unis`), else the folded name.
 */
export function createCountryKey(knowledge: Pick<Knowledge, 'countries'>): (name: string) => string {
  const ids = new Map<string, string>();
  for (const country of knowledge.countries) {
    for (const form of [country.name, country.nameEn, ...country.aliases]) ids.set(foldKey(form), country.id);
  }
  return (name) => ids.get(foldKey(name)) ?? foldKey(name);
}

/** Whether two country names denote the same country. */
export function createCountryMatcher(knowledge: Pick<Knowledge, 'countries'>): Matcher {
  const key = createCountryKey(knowledge);
  return (a, b) => key(a) === key(b);
}

/**
 * Returns the role comparison of the scorer: `rolesMatch` with one-word country names, aliases and adjectives
 * read as the country (`ambassadeur de Malte` = `ambassadeur de Malta`, `ministre lao` = `ministre du Laos`).
 */
export function createRoleMatcher(knowledge: Pick<Knowledge, 'countries'>): (a: string | null, b: string | null) => boolean {
  const countryWords = new Map<string, string>();
  for (const country of knowledge.countries) {
    for (const form of [country.name, ...country.aliases, ...country.demonyms]) {
      const words = form.split(/[\s'’]+/).map((word) => toWords(word).join('-'));
      if (words.length === 1 && words[0]) countryWords.set(words[0], `@${country.id}`);
    }
  }
  return (a, b) => rolesMatch(a, b, (word) => countryWords.get(word) ?? word);
}

/**
 * The written forms of an organization name: the name, the name without a bracketed or trailing abbreviation,
 * and that abbreviation. @example splitOrganizationName("Police fédérale australienne (AFP)")
 * // ["Police fédérale australienne (AFP)", "Police fédérale australienne", "AFP"]
 */
export function splitOrganizationName(name: string): string[] {
  const forms = [name];
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
  // "United States Trade Representative-USTR": an acronym glued after a hyphen or dash.
  const trailing = /^(.*\S)\s*[-–—]\s*(\p{Lu}[\p{Lu}\d&]+)$/u.exec(name);
  const match = bracket ?? trailing;
  if (match?.[1] && match[2]) forms.push(match[1], match[2]);
  return forms;
}

/**
 * Returns the organization matcher of the scorer. Words are compared folded, without small words, with country
 * names and adjectives read as the country (`ministère lao` = `ministère ... du Laos`). Two names match when a form
 * of one equals a form of the other, when both resolve to the same curated organization (name, alias or
 * abbreviation in organizations.yaml), or, when not both resolve, when the words of one are contained in the
 * other and the extra words name no other country.
 */
export function createOrganizationMatcher(knowledge: Pick<Knowledge, 'countries' | 'organizations'>): Matcher {
  const phrases = countryPhrases(knowledge);
  const keyWords = (text: string): string[] => {
    let folded = ` ${foldKey(text)} `;
    // Replacing twice handles adjacent phrases, which share the separating space.
    for (const [phrase, id] of phrases) folded = folded.replaceAll(` ${phrase} `, ` @${id} `).replaceAll(` ${phrase} `, ` @${id} `);
    return folded
      .trim()
      .split(/\s+/)
      .filter((word) => word !== '' && !SMALL_WORDS.has(word));
  };
  const curated = knowledge.organizations.map((org) => ({
    id: org.id,
    country: org.country,
    forms: [org.name, ...org.aliases, ...org.abbreviations].flatMap(splitOrganizationName).map(keyWords),
  }));
  const countriesOf = new Map(knowledge.organizations.map((org) => [org.id, org.country]));

  /** Curated ids a name resolves to: equal words, or the longest curated form contained with only its own country added. */
  const resolve = (forms: string[][]): Set<string> => {
    const exact = new Set<string>();
    let best: { length: number; ids: Set<string> } = { length: 0, ids: new Set() };
    for (const form of forms) {
      for (const org of curated) {
        for (const candidate of org.forms) {
          if (candidate.length === 0) continue;
          if (sameWords(candidate, form)) exact.add(org.id);
          else if (candidate.length >= 2 && extraWordsAllowed(candidate, form, org.country === null ? [] : [org.country])) {
            if (candidate.length > best.length) best = { length: candidate.length, ids: new Set([org.id]) };
            else if (candidate.length === best.length) best.ids.add(org.id);
          }
        }
      }
    }
    return exact.size > 0 ? exact : best.ids;
  };

  return (a, b) => {
    const [formsA, formsB] = [splitOrganizationName(a).map(keyWords), splitOrganizationName(b).map(keyWords)];
    if (formsA.some((fa) => fa.length > 0 && formsB.some((fb) => sameWords(fa, fb)))) return true;
    const [idsA, idsB] = [resolve(formsA), resolve(formsB)];
    if (idsA.size > 0 && idsB.size > 0) return [...idsA].some((id) => idsB.has(id));
    return formsA.some((fa) =>
      formsB.some((fb) => {
        const [short, long, shortIds] = fa.length <= fb.length ? [fa, fb, idsA] : [fb, fa, idsB];
        const allowed = [...shortIds].flatMap((id) => countriesOf.get(id) ?? []);
        return short.length > 0 && extraWordsAllowed(short, long, allowed);
      }),
    );
  };
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const [sa, sb] = [new Set(a), new Set(b)];
  return sa.size === sb.size && [...sa].every((word) => sb.has(word));
}

/** True when `short`'s words are all in `long` and `long`'s extra words name no country outside `countries`. */
function extraWordsAllowed(short: readonly string[], long: readonly string[], countries: readonly string[]): boolean {
  const shortSet = new Set(short);
  const longSet = new Set(long);
  if (![...shortSet].every((word) => longSet.has(word))) return false;
  return [...longSet].every((word) => shortSet.has(word) || !word.startsWith('@') || countries.includes(word.slice(1)));
}

import type { Side } from '../schemas/common';
import { countryById, lookupKey, type Gazetteer } from './gazetteer';
import { findMandateAfter, findPostAfter, findRoleAfter, findRoleBefore } from './find-role';
import type { Mention } from './find-mentions';
import { VIETNAMESE_SURNAMES } from './lexicon';
import { findOrganization, participantOrganization } from './organizations';
import type { Sentence } from './sentences';
import { foldText } from './text';

/** One person of an article, with every mention of them. */
export interface Person {
  /** Fullest name written in the article (from body text rather than captions when both exist). */
  name: string;
  mentions: Mention[];
  role: string | null;
  /** Every role the article gives the person, in text order. */
  roles: string[];
  /** Character span of the role in its sentence, so theme detection can skip titles. */
  roleSpans: { sentence: number; start: number; end: number }[];
  side: Side;
  /** Curated official id when the person is known. */
  officialId: string | null;
  /** Country id, or null (international organization, unknown). */
  country: string | null;
  /** Organization as written in the role, or null. */
  organization: string | null;
}

/** The folded words of a name; shared arrays, never to be changed. */
export function nameWords(name: string): readonly string[] {
  let words = nameWordsCache.get(name);
  if (words === undefined) {
    words = foldText(name).split(/[\s-]+/).filter((w) => w !== '');
    // Names repeat within an article and across the archive; bounded so a huge archive cannot grow it without end.
    if (nameWordsCache.size > 100_000) nameWordsCache.clear();
    nameWordsCache.set(name, words);
  }
  return words;
}

const nameWordsCache = new Map<string, readonly string[]>();

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Tells whether two written names denote the same person: same words regardless of diacritics,
 * one a shorter form of the other, or a small misspelling ("Houngbuongnuang" / "Houngboungnuang").
 */
export function sameName(a: string, b: string, options: { misspellings: boolean } = { misspellings: true }): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  if (short.length >= 2 && short.every((word) => long.includes(word))) return true;
  if (options.misspellings && x.length === y.length && x.length >= 2) {
    // Only long words are forgiven a slip ("Houngbuongnuang"): short Vietnamese names differ by one letter and
    // belong to different people ("Ho Thi Hai", "Ho Thi Mai").
    const differing = x.map((word, i) => [word, y[i]!] as const).filter(([p, q]) => p !== q);
    const distance = differing.reduce((sum, [p, q]) => sum + editDistance(p, q), 0);
    const forgivable = differing.length === 1 && differing.every(([p, q]) => Math.min(p.length, q.length) >= 6 && p[0] === q[0]);
    if (forgivable && distance <= 2) return true;
  }
  return false;
}

/** Tells whether a one-word mention ("Zolotov") refers to a person's name. */
function matchesSurname(word: string, name: string): boolean {
  const folded = foldText(word);
  const words = nameWords(name);
  return words.length >= 2 && (words.at(-1) === folded || (words[0] === folded && !VIETNAMESE_SURNAMES.has(folded)));
}

/** A Vietnamese-looking name: a common family name followed by short syllables. */
export function looksVietnamese(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words.length <= 5 && VIETNAMESE_SURNAMES.has(words[0]!) && words.every((w) => w.length <= 6);
}

const DASH_BEFORE_CAPITAL = /[-–]\s?\p{Lu}/u;

/** Countries named in a role, in order, skipping those after "au/aux/en/à" (where someone serves, not whom they serve). */
export function countriesInRole(gazetteer: Gazetteer, role: string): string[] {
  const found: string[] = [];
  // "ambassadeur spécial Vietnam-Japon", "relations Vietnam - Laos": a pair of countries names a relation, not a
  // nationality; a hyphenated country name ("États-Unis", "Royaume-Uni") is kept.
  // (A pair needs a dash before a capital: without one the text is left as it is, and the costly pattern is not run.)
  const withoutPairs = !DASH_BEFORE_CAPITAL.test(role) ? role : role
    .replace(/\p{Lu}[\p{L}]+(?:\s?[-–]\s?\p{Lu}[\p{L}]+)+/gu, (compound) => (gazetteer.countries.has(lookupKey(compound)) ? compound : ' '));
  // Folded once; n-grams of folded words are already look-up keys.
  const words = lookupKey(withoutPairs.replace(/[(),;:«»"]/g, ' ')).split(' ').map((word) => (word.includes("'") ? word.replace(/^(?:d|l|qu)'/, '') : word));
  for (let i = 0; i < words.length; i++) {
    if (!gazetteer.keyFirstWords.has(words[i]!)) continue; // starts no place, country or demonym
    // "Lào Cai" is a province, not "lao": a multi-word place hides the demonym it starts with.
    const place = gazetteer.placeFirstWords.has(words[i]!) ? [3, 2].find((k) => i + k <= words.length && gazetteer.places.has(words.slice(i, i + k).join(' '))) : undefined;
    if (place !== undefined) {
      i += place - 1;
      continue;
    }
    const longest = gazetteer.countryFirstWords.has(words[i]!) ? Math.min(4, words.length - i) : 1;
    for (let k = longest; k >= 1; k--) {
      const key = k === 1 ? words[i]! : words.slice(i, i + k).join(' ');
      const country = gazetteer.countries.get(key) ?? gazetteer.demonyms.get(key);
      if (!country) continue;
      const previous = words[i - 1] ?? '';
      // "au Vietnam", "en Chine", "pour le Vietnam": where someone serves, not whom they serve.
      const located = (['au', 'aux', 'en', 'a', 'pour'].includes(previous) || (['le', 'la', 'les'].includes(previous) && words[i - 2] === 'pour')) && gazetteer.countries.has(key);
      if (!located) found.push(country.id);
      i += k - 1;
      break;
    }
  }
  return found;
}

/** Groups name mentions into persons: full names, shorter forms, surnames and misspellings of one person become one. */
export function groupPersons(gazetteer: Gazetteer, sentences: Sentence[], mentions: Mention[]): Person[] {
  const persons: Person[] = [];
  const personMentions = mentions.filter((m) => m.kind === 'person');
  const kindOf = (m: Mention) => sentences[m.sentence]!.kind;
  // Body mentions first, so a name spelt differently in a caption yields to the body's spelling.
  const ordered = [...personMentions].sort((a, b) => Number(kindOf(a) === 'caption') - Number(kindOf(b) === 'caption') || a.sentence - b.sentence || a.start - b.start);
  for (const mention of ordered) {
    const known = gazetteer.officials.get(lookupKey(mention.name));
    const person = persons.find((p) => (known && p.officialId === known.id) || sameName(p.name, mention.name));
    if (person) {
      person.mentions.push(mention);
      if (nameWords(mention.name).length > nameWords(person.name).length && kindOf(mention) !== 'caption') person.name = mention.name;
    } else {
      persons.push({ name: mention.name, mentions: [mention], role: null, roles: [], roleSpans: [], side: 'foreign', officialId: known?.id ?? null, country: known?.country ?? null, organization: null });
    }
  }
  for (const mention of mentions.filter((m) => m.kind === 'surname')) {
    const candidates = persons.filter((p) => matchesSurname(mention.name, p.name));
    if (candidates.length === 1) candidates[0]!.mentions.push({ ...mention, kind: 'person' });
  }
  for (const person of persons) person.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return persons.sort((a, b) => a.mentions[0]!.sentence - b.mentions[0]!.sentence || a.mentions[0]!.start - b.mentions[0]!.start);
}

/** How informative a role is: a real title beats "son homologue", a fuller title beats a bare one. */
function roleScore(role: string, inCaption: boolean): number {
  return (/^homologue\b/i.test(role) ? 0 : 1000) + Math.min(role.split(/\s+/).length, 30) - (inCaption ? 5 : 0);
}

/**
 * Finds each person's role and the spans of all their roles. Appositives after a name are read first, so that
 * "X, fondateur de la société Y, Tô Lâm a ..." does not lend X's title to Tô Lâm; of all the roles a person is
 * given in the article, the most informative wins.
 */
export function assignRoles(sentences: Sentence[], persons: Person[]): void {
  const personMentions = persons.flatMap((person) => person.mentions.map((mention) => ({ person, mention })));
  const after = new Map<Mention, ReturnType<typeof findRoleAfter>>();
  for (const { mention } of personMentions) after.set(mention, findRoleAfter(sentences[mention.sentence]!.text, mention.end));
  const candidates = new Map<Person, { role: string; inCaption: boolean }[]>();
  for (const { person, mention } of personMentions) {
    const text = sentences[mention.sentence]!.text;
    const earlier = personMentions.filter(({ mention: m }) => m.sentence === mention.sentence && m.end <= mention.start);
    const from = Math.max(0, ...earlier.map(({ mention: m }) => Math.max(m.end, after.get(m)?.end ?? 0)));
    const match = after.get(mention) ?? findRoleBefore(text, mention.start, from) ?? findPostAfter(text, mention.end);
    if (!match) continue;
    person.roleSpans.push({ sentence: mention.sentence, start: match.start, end: match.end });
    const mandate = after.get(mention) ? null : findMandateAfter(text, mention.end);
    if (mandate) person.roleSpans.push({ sentence: mention.sentence, start: mandate.start, end: mandate.end });
    const role = mandate ? `${match.role}, ${mandate.role}` : match.role;
    candidates.set(person, [...(candidates.get(person) ?? []), { role, inCaption: sentences[mention.sentence]!.kind === 'caption' }]);
  }
  for (const person of persons) {
    const roles = candidates.get(person) ?? [];
    person.roles = roles.map((candidate) => candidate.role);
    // Captions are a last resort: they abbreviate titles ("Le secrétaire du Comité du Parti de la ville de X").
    const best = roles.reduce<(typeof roles)[number] | null>((top, candidate) => (top === null || roleScore(candidate.role, candidate.inCaption) > roleScore(top.role, top.inCaption) ? candidate : top), null);
    person.role = best?.role ?? null;
  }
}

const HOME_MARKER = /\b(?:vietnamien(?:ne)?s?|du vietnam|de vietnam|du pcv|vietnamese)\b/i;

/**
 * Decides each person's side and country from curated data, role, organization and name.
 * @param fallbackForeignCountry the country of a foreign person nothing else places, or a function that gives it
 */
export function assignSides(gazetteer: Gazetteer, persons: Person[], fallbackForeignCountry: string | null | (() => string | null)): void {
  // The fallback may be costly to work out (a scan of the whole article): it is asked for only when needed, once.
  let fallback = fallbackForeignCountry;
  const foreignFallback = () => (typeof fallback === 'function' ? (fallback = fallback()) : fallback);
  const home = gazetteer.homeCountry;
  for (const person of persons) {
    // "directeur général de Samsung Vietnam": a company's Vietnamese branch does not make its manager Vietnamese.
    const role = person.role?.replace(/(\p{Lu}[\p{L}-]*)\s+Vi[eệ]t\s?[Nn]am\b/gu, '$1') ?? null;
    const roleCountries = role ? countriesInRole(gazetteer, role) : [];
    const org = person.organization ? findOrganization(gazetteer, person.organization) : undefined;
    if (person.officialId !== null) {
      person.side = person.country === home ? 'home' : 'foreign';
      continue;
    }
    // A curated foreign or international body knows its country ("directrice de la Banque mondiale pour le
    // Vietnam, le Cambodge et le Laos" has none); a curated Vietnamese body does not make a foreign minister Vietnamese.
    if (org && org.country !== home) {
      person.country = org.country;
    } else if (roleCountries.length > 0) {
      person.country = roleCountries[0]!;
    } else if (org) {
      person.country = org.country;
    } else if (person.role && HOME_MARKER.test(foldText(person.role))) {
      person.country = home;
    } else if (looksVietnamese(person.name)) {
      person.country = home;
    } else {
      person.country = isInternational(person.organization) ? null : foreignFallback();
    }
    person.side = person.country === home ? 'home' : 'foreign';
  }
  for (const person of persons) {
    if (person.organization === null) continue;
    person.organization = participantOrganization(gazetteer, person.organization, person.side, countryById(gazetteer, person.country)?.demonyms[0]);
  }
}

/** International organizations bring no country. */
export function isInternational(organization: string | null): boolean {
  return organization !== null && /\b(?:international|internationale|nations unies|onu|mondial|mondiale|interpol|asean|union européenne)\b/i.test(organization);
}

/** The display name of a country id, for messages and titles. */
export function countryName(gazetteer: Gazetteer, id: string | null): string | null {
  return countryById(gazetteer, id)?.name ?? null;
}

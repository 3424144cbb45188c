import type { CuratedOrganization } from '../schemas/organization';
import { lookupKey, type Gazetteer } from './gazetteer';
import { foldText, normalizeApostrophes } from './text';

const GENERIC = new Set(['parti', 'etat', 'gouvernement', 'armee', 'police', 'ministere', 'bureau', 'comite', 'conseil', 'departement', 'groupe', 'societe']);
const HEAD_OF_STATE = /\b(?:président(?:e)? (?:du vietnam|vietnamien|de la république|de l'état)|chef de l'état|président(?:e)?$|premier ministre|vice-premier ministre(?: permanent)?$)/i;
const ENVOY = /^(?:(?:ancien|ancienne|nouvel|nouveau|nouvelle)\s+)?(?:ambassadeur|ambassadrice|consul|consule|attaché|chargé d'affaires|envoyé)/i;
/** Where the organization part of a role stops: a place, a mandate, another clause. */
const ORG_STOP = /\s(?:chargée?s?|au|aux|en|à|dans)\s|\spour\s(?!(?:le|la|les|l')\s*\p{Lu})|,\s|\s(?:et|ainsi que)\s(?:ancien|ancienne|ministre|vice)/iu;
// Case-sensitive on purpose: with the i flag, \p{Lu} would match any letter.
const ORG_START = /\b(?:de la|de l'|du|des|de|d'|chez|au sein de la|au sein du)\s*(?=(?:société|groupe|compagnie|préfecture|province|banque|agence|firme)\s|\p{Lu})/gu;
const COMPANY_PREFIX = /^(?:[Ll]a |[Ll]e |[Ll]')?(?:société(?: par actions)?|groupe|compagnie|firme|entreprise)\s+(?=\p{Lu})/u;

/** The masculine form of a French adjective of nationality or kind ("allemande" → "allemand", "fédérale" → "fédéral"). */
export function masculine(word: string): string {
  return word.replace(/ienne$/, 'ien').replace(/ale$/, 'al').replace(/ande$/, 'and').replace(/aise$/, 'ais').replace(/aine$/, 'ain').replace(/ine$/, 'in').replace(/ée$/, 'é').replace(/oise$/, 'ois').replace(/ique$/, 'ique');
}

/** "groupe énergétique américain AES" → "AES": a company's kind and nationality are not its name. */
const COMPANY_HEAD = /^(?:le |la |l')?(?:groupe|société|compagnie|entreprise|firme|constructeur|géant|conglomérat|fabricant|opérateur)(?:\s+\p{Ll}[\p{Ll}-]*)*\s+(?=\p{Lu})/u;

/** Normalizes an organization phrase: trims articles and punctuation. */
function tidy(phrase: string): string {
  return phrase.replace(COMPANY_HEAD, '').replace(COMPANY_PREFIX, '').replace(/^(?:la|le|les|l')\s*/i, '').replace(/[\s,.;]+$/, '').trim();
}

/**
 * Reads the organization a role speaks for: a minister's ministry ("ministre lao de la Sécurité publique" →
 * "ministère lao de la Sécurité publique"), or the named body after "de"/"chez" ("vice-président d'Amazon" → "Amazon").
 * Envoys and heads of state or government bring none.
 */
export function organizationFromRole(written: string): string | null {
  const role = normalizeApostrophes(written);
  if (ENVOY.test(role)) return null;
  const explicit = /\bminist[èe]re\b[^,;]*/i.exec(role);
  if (explicit) return tidy(explicit[0].split(ORG_STOP)[0]!);
  const minister = /(?<!premier |Premier )\bministre((?:\s+\p{Ll}[\p{Ll}-]*){0,3}?\s+(?:de la|de l'|du|des|de|d')\s*[^,;]+)/iu.exec(role);
  // "ministre délégué", "ministre d'État" (with or without its accent) name a rank, not a ministry.
  if (minister && !/^\s+(?:délégué|d'[ée]tat)\b/iu.test(minister[1]!)) {
    const rest = minister[1]!.split(/\s(?:chargée?s?|pour|au|aux|en|à)\s|,\s/)[0]!;
    // "ministre fédérale allemande de X" → "ministère fédéral allemand de X": the ministry's adjectives are masculine.
    const adjectives = rest.replace(/^((?:\s+\p{Ll}[\p{Ll}-]*)*?)(\s+(?:de la|de l'|du|des|de|d'))/u, (_all, words: string, link: string) => words.split(/\s+/).map(masculine).join(' ') + link);
    return `ministère${adjectives}`.replace(/\s+/g, ' ').trim();
  }
  const parenthetical = /\(([^)]*\p{Lu}[^)]*)\)/u.exec(role);
  if (HEAD_OF_STATE.test(role) && !/\(/.test(role)) return null;
  for (const match of role.matchAll(ORG_START)) {
    const candidate = tidy(role.slice(match.index + match[0].length).split(ORG_STOP)[0]!);
    if (candidate === '' || GENERIC.has(foldText(candidate))) continue;
    // "secrétaire d'État adjoint": part of the title; "Affaires étrangères, du Commonwealth et du Développement": a portfolio.
    if (/^[ÉE]tat\b/u.test(candidate)) continue;
    if (/\set d[ue]s?\s/.test(candidate)) break;
    return candidate;
  }
  if (parenthetical && /\p{Lu}{2,}/u.test(parenthetical[1]!)) return parenthetical[1]!.trim();
  return null;
}

/** Ministries listed together: "des ministères de la Police, des Affaires étrangères et des Finances" → each ministry. */
export function listedMinistries(sentence: string): string[] {
  const match = /\bministères\s+((?:de la|de l'|du|des)\s*[^.;]+)/iu.exec(sentence);
  if (!match) return [];
  return match[1]!
    .split(/,\s*|\s+et\s+(?=de la|de l'|du|des)/u)
    .map((part) => part.trim())
    .filter((part) => /^(?:de la|de l'|du|des)\s*\p{Lu}/u.test(part))
    .map((part) => `ministère ${part.replace(/\s+(?:des deux pays|du Vietnam|vietnamiens?)\b.*$/u, '')}`.replace(/ l' /, " l'"));
}

/** The curated organization a phrase names, trying it without a Vietnamese demonym or a bracketed abbreviation too. */
export function findOrganization(gazetteer: Gazetteer, phrase: string): CuratedOrganization | undefined {
  // "Banque mondiale (BM) pour le Vietnam", "Samsung au Vietnam": the body, without where it serves or its abbreviation.
  const served = phrase.replace(/\s+(?:pour|au|aux|en)\s+.*$/u, '');
  const bases = [phrase, served];
  const variants = bases.flatMap((base) => [
    base,
    base.replace(/\s*\([^)]*\)/g, '').trim(),
    homeOrganizationName(base),
  ]);
  for (const variant of variants) {
    const org = gazetteer.organizations.get(lookupKey(variant));
    if (org) return org;
  }
  // "Commerce de la Commission européenne", "Bureau régional de l'ONUDC": a department of a known body is that body.
  for (const tail of bases.flatMap((base) => [...base.matchAll(/\s(?:de la|du|de l'|des|d')\s*(?=\p{Lu})/gu)].map((m) => base.slice(m.index + m[0].length)))) {
    const org = gazetteer.organizations.get(lookupKey(tail)) ?? gazetteer.organizations.get(lookupKey(tail.replace(/\s*\([^)]*\)/g, '').trim()));
    if (org && org.country !== gazetteer.homeCountry) return org;
  }
  return undefined;
}

const DELEGATION = /\bdélégation\s+(?:du|de la|de l'|des|d')\s*(.+?)\s*,?\s+(?:conduite|dirigée|menée|emmenée)\s+par\b/iu;

/**
 * The body a delegation comes from, when a sentence says who leads it: "une délégation du ministère singapourien du
 * Commerce conduite par la ministre d'État X" → "ministère singapourien du Commerce"; "une délégation du groupe
 * sud-coréen LG Display conduite par son PDG" → "LG Display". Returns the phrase and where the leader's name may start.
 */
export function delegationOrganization(sentence: string): { organization: string; leaderFrom: number } | null {
  const match = DELEGATION.exec(sentence);
  if (!match) return null;
  const organization = tidy(match[1]!.replace(COMPANY_HEAD, ''));
  return organization === '' || GENERIC.has(foldText(organization)) ? null : { organization, leaderFrom: match.index + match[0].length };
}

/** A curated organization whose listed titles occur in a role ("secrétaire d'État adjoint des États-Unis" → Département d'État). */
export function organizationImpliedByRole(gazetteer: Gazetteer, role: string): CuratedOrganization | undefined {
  const folded = ` ${lookupKey(role)} `;
  return gazetteer.knowledge.organizations.find((org) => org.roles.some((title) => folded.includes(` ${lookupKey(title)} `)));
}

/** A Vietnamese body named without the country it obviously belongs to: "ministère vietnamien de X" → "ministère de X". */
export function homeOrganizationName(phrase: string): string {
  return phrase.replace(/^(minist[èe]re)\s+vietnamien\b/iu, '$1').replace(/^(minist[èe]re\s.*?)\s+du (?:Vietnam|Viet Nam)$/u, '$1').replace(/\s+/g, ' ').trim();
}

/** The curated name of an organization phrase; else the phrase itself. */
export function canonicalOrganization(gazetteer: Gazetteer, phrase: string): string {
  return findOrganization(gazetteer, phrase)?.name ?? phrase;
}

/**
 * The name under which a participant's organization is listed. A foreign ministry that shares its name with a
 * curated Vietnamese one ("ministère de la Police") keeps its own words, with the country's adjective:
 * "ministère lao de la Police".
 */
export function participantOrganization(gazetteer: Gazetteer, phrase: string, side: 'home' | 'foreign', demonym: string | undefined): string {
  const curated = findOrganization(gazetteer, phrase);
  if (curated && (side === 'home' || curated.country !== gazetteer.homeCountry)) return curated.name;
  if (side === 'home') return homeOrganizationName(phrase);
  if (side === 'foreign' && demonym && /^ministère\s+(?:de|du|des|d')\b/iu.test(phrase)) return phrase.replace(/^ministère\s+/iu, `ministère ${demonym} `);
  return phrase;
}

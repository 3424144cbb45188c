import { HONORIFICS, ROLE_HEADS } from './lexicon';
import { escapeRegExp } from './text';

const HEADS = [...ROLE_HEADS, 'homologue'].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const QUALIFIER = "(?:(?:ancien|ancienne|nouvel|nouveau|nouvelle|nouveaux|nouvelles|futur|future|premier|première|actuel|actuelle|haut|haute)\\s+)";
/** A role head with its optional qualifier; plural "s" allowed. */
const ROLE_HEAD = new RegExp(`${QUALIFIER}?(?:${HEADS})(?:e?s)?(?![\\p{L}-])`, 'giu');
const ROLE_HEAD_AT_START = new RegExp(`^${ROLE_HEAD.source}`, 'iu');
// A role starts after an article or a comma; after "du", "des", "auprès du" a title is a complement ("secrétaire d'État
// auprès du ministre des Armées").
const DETERMINER_BEFORE = /(?:^|[,(]|(?<!\p{L})(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|de|d'|du|des|notre|votre|cet|cette|à|au|aux))\s*$/iu;
const HONORIFIC_TAIL = new RegExp(
  `(?:,\\s*)?(?:\\b(?:le|la|l')\\s*)?(?:${HONORIFICS.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})\\s*$`,
  'iu',
);
/** Words that end the part of a sentence a left-hand role can come from. */
// Lookarounds, not \b: \b sees "Hòa" as ending in the verb "a".
const LEFT_BOUNDARY = /(?:(?<![\p{L}'])(?:a|ont|avec|reçu|reçoit|rencontre|rencontré|accueille|entre|que|qui|dont|et\s+(?=son|sa|ses)|selon)(?![\p{L}])|[;:]|\.\s)/giu;
/** Where a right-hand appositive role stops. */
const RIGHT_STOP = /(?:[.;]\s|[.;]$|,\s(?!chargée?s?\b|(?:du|de la|de l'|des)\s*\p{Lu})|\s(?:a|ont|s'est|se sont|est|qui|venue?s?|en visite|à la tête|lors)\b|\s[-–]\s)/iu;

/** Tells whether a text names a party to a meeting without naming a person: a title, a delegation, a body. */
export function namesAParty(text: string): boolean {
  return new RegExp(ROLE_HEAD.source, 'iu').test(text) || /\b(?:délégations?|représentants?|dirigeants?|responsables?|homologues?|entreprises?|sociétés?|groupes?|ministères?|agences?|organisations?)\b/iu.test(text);
}

/** A role phrase and where it sits in the sentence. */
export interface RoleMatch {
  role: string;
  start: number;
  end: number;
}

function cleanRole(role: string): string {
  let text = role.trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(HONORIFIC_TAIL, '').replace(/[\s,]+$/, '').trim();
  }
  text = text.replace(/^(?:le|la|les|l'|son|sa|ses)\s*/iu, '').replace(/\s*\((?:gauche|droite|à gauche|à droite|au centre)\)\s*$/i, '').trim();
  // "membre du Bureau politique et ministre de X": the membership is not the role the meeting is about.
  const afterMembership = /^membre (?:du|de la|de l')[^,]*?(?:,\s*| et )(.+)$/iu.exec(text);
  if (afterMembership && ROLE_HEAD_AT_START.test(afterMembership[1]!)) text = afterMembership[1]!;
  // A list's plural head stands for each member: "nouveaux ambassadeurs de l'Italie" → "ambassadeur de l'Italie".
  return text.replace(/^(?:nouveaux|nouvelles)\s+/iu, '').replace(/^(\p{L}+)s(?=\s)/u, (word, stem: string) => (/^(?:ambassadeur|ambassadrice|représentant|dirigeant|directeur|responsable|consul|attaché)$/iu.test(stem) ? stem : word));
}

/** Finds the role written right after a name: "Shannon Kellogg, vice-président d'Amazon chargé de ...". */
export function findRoleAfter(text: string, nameEnd: number): RoleMatch | null {
  const rest = text.slice(nameEnd);
  const opening = /^\s*,\s*(?:(?:le|la|l')\s*)?/.exec(rest);
  if (!opening) return null;
  const head = ROLE_HEAD_AT_START.exec(rest.slice(opening[0].length));
  if (!head) return null;
  const start = nameEnd + opening[0].length;
  const tail = text.slice(start + head[0].length);
  const stop = RIGHT_STOP.exec(tail);
  let end = start + head[0].length + (stop ? stop.index : tail.length);
  // "X, membre du Comité central du Parti, vice-ministre de la Défense": the post after the membership is the role.
  if (/^membre\b/i.test(head[0])) {
    const next = /^\s*,\s*/.exec(text.slice(end));
    if (next && ROLE_HEAD_AT_START.test(text.slice(end + next[0].length))) return findRoleAfter(text, end - 0) ?? null;
  }
  const role = cleanRole(text.slice(start, end));
  return role === '' ? null : { role, start, end };
}

/** A post named after a name: "a félicité X pour sa nomination au poste de ministre thaïlandais des Affaires étrangères". */
export function findPostAfter(text: string, nameEnd: number): RoleMatch | null {
  const match = /^\s+pour (?:sa|son) (?:nomination|élection|entrée en fonction)s? (?:au poste de|comme|en tant que|à la tête d[eu])\s+/iu.exec(text.slice(nameEnd));
  if (!match) return null;
  const start = nameEnd + match[0].length;
  const tail = text.slice(start);
  const stop = RIGHT_STOP.exec(tail);
  const end = start + (stop ? stop.index : tail.length);
  const role = cleanRole(text.slice(start, end));
  return role === '' ? null : { role, start, end };
}

/** A mandate written after the name and its role: "X, chargée de la coopération internationale". */
export function findMandateAfter(text: string, nameEnd: number): RoleMatch | null {
  const match = /^\s*,\s*(chargée?s?\s+(?:de|du|des|d')[^,.;]+)/iu.exec(text.slice(nameEnd));
  return match ? { role: match[1]!.trim(), start: nameEnd + match[0].indexOf(match[1]!), end: nameEnd + match[0].length } : null;
}

/** Finds the role written before a name, after `from`: "le ministre lao de la Sécurité publique, le général Vilay". */
export function findRoleBefore(text: string, nameStart: number, from = 0): RoleMatch | null {
  let windowStart = from;
  for (const boundary of text.slice(from, nameStart).matchAll(LEFT_BOUNDARY)) windowStart = from + boundary.index + boundary[0].length;
  // Appositions are chunks separated by ", le/la/son ...": "le dirigeant vietnamien, le président du Conseil
  // maritime, Nikolaï Patrouchev". The role is the last chunk that holds a title, from its first title on; later
  // titles in that chunk ("et ministre de ...", "auprès du ministre des Armées") belong to it.
  let chunkStart = windowStart;
  let chosen: { index: number } | null = null;
  for (const chunk of text.slice(windowStart, nameStart).split(/(?<=,)\s*(?=(?:le|la|les|l'|son|sa|ses|leur)\b)/iu)) {
    for (const match of chunk.matchAll(ROLE_HEAD)) {
      const before = chunk.slice(0, match.index);
      // "des nouveaux ambassadeurs de ...": a plural title after "des" heads a list.
      const listHead = /s$/u.test(match[0]) && /\bdes\s*$/iu.test(before);
      if ((DETERMINER_BEFORE.test(before) || listHead) && !/\bauprès\s+(?:du|de la|de l'|des)\s*$/iu.test(before)) {
        chosen = { index: chunkStart - windowStart + match.index };
        break;
      }
    }
    chunkStart += chunk.length + (text.slice(chunkStart + chunk.length).match(/^\s*/)?.[0].length ?? 0);
  }
  if (!chosen) return null;
  const start = windowStart + chosen.index;
  const role = cleanRole(text.slice(start, nameStart));
  if (role === '' || role.length > 220) return null;
  return { role, start, end: nameStart };
}

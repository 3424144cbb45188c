import { foldText } from '../ingest/text';

/** French small words ignored when comparing organizations and roles. */
export const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'pour', 'sur', 'of', 'the', 'and', 'for']);

/**
 * The folded words of a text: no case, no diacritics (đ → d), punctuation, apostrophes and hyphens as spaces.
 * @example toWords("Lương Tam-Quang") // ["luong", "tam", "quang"]
 */
export function toWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The folded words of a text joined by single spaces, for equality tests. @example foldKey("l’Intérieur") // "l interieur" */
export function foldKey(text: string): string {
  return toWords(text).join(' ');
}

/** The folded words without small words. @example contentWords("ministère de la Défense") // ["ministere", "defense"] */
export function contentWords(text: string): string[] {
  return toWords(text).filter((word) => !SMALL_WORDS.has(word));
}

/** True when every word of `short` appears in `long` in the same order (not necessarily adjacent). */
export function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const word of long) if (i < short.length && word === short[i]) i += 1;
  return i === short.length;
}

/**
 * Compares two person names regardless of case and diacritics; a shorter form of two or more words matches a
 * fuller one that contains its words in order.
 * @example namesMatch("Sergei Kudryashov", "Sergei Ivanovich Kudryashov") // true
 * @example namesMatch("Quang", "Lương Tam Quang") // false: one word is too weak to identify a person
 */
export function namesMatch(a: string, b: string): boolean {
  const [wa, wb] = [toWords(a), toWords(b)];
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length >= 2 && short.length < long.length && isSubsequence(short, long);
}

/**
 * Compares two places: the words of one are all contained in the other; `null` matches only `null`.
 * @example placesMatch("Washington", "Washington D.C.") // true
 */
export function placesMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [wa, wb] = [toWords(a), toWords(b)];
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const longSet = new Set(long);
  return short.every((word) => longSet.has(word));
}

/**
 * Compares two roles as written. They match when both are null, or when their first content words (the title:
 * `ministre`, `vice-ministre`, `ambassadeur`) are equal and more than half of the shorter role's content words
 * appear in the other. Hyphenated words stay whole, so `vice-ministre` is not `ministre`. `canonicalWord` maps a
 * folded word to a canonical form (the scorer maps country names and adjectives to the country: `Malta` = `Malte`).
 * @example rolesMatch("ministre de la Sécurité publique", "ministre vietnamien de la Sécurité publique") // true
 * @example rolesMatch("ministre de la Défense", "ministre de la Sécurité publique") // false
 */
export function rolesMatch(a: string | null, b: string | null, canonicalWord: (word: string) => string = (word) => word): boolean {
  if (a === null || b === null) return a === b;
  const roleWords = (role: string) =>
    role
      .split(/[\s'’]+/)
      .map((word) => canonicalWord(toWords(word).join('-')))
      .filter((word) => word !== '' && !SMALL_WORDS.has(word));
  const [wa, wb] = [roleWords(a), roleWords(b)];
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length;
  if (wa[0] !== wb[0]) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  const shared = short.filter((word) => long.has(word)).length;
  return shared * 2 > short.length;
}

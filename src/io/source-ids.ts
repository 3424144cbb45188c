/** A file name stem turned into a source id, and whether the id differs from the stem. */
export interface SourceIdChoice {
  /** The id, or null when the name has no usable character (e.g. only punctuation). */
  id: string | null;
  /** True when the stem had characters other than ASCII letters, digits, `.`, `_` and `-`. */
  changed: boolean;
}

/** Stems that are ids as they are: they appear unchanged in URLs, permalink pins and override file names. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Letters that NFKD does not split into a base letter and an accent. */
const LIGATURES: Record<string, string> = { đ: 'd', Đ: 'D', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L' };

/**
 * The source id of a file name stem: the stem itself when it only has ASCII letters, digits, `.`, `_` and `-`;
 * otherwise accents are removed and every other run of characters becomes one `-`, so the id is safe in a URL, a
 * permalink pin (`<id>#<position>`) and an override file name on every file system. Case is kept.
 * @example sourceIdFromStem('000_5d764ea162d0ebda') // { id: '000_5d764ea162d0ebda', changed: false }
 * @example sourceIdFromStem('Compte rendu été #2') // { id: 'Compte-rendu-ete-2', changed: true }
 */
export function sourceIdFromStem(stem: string): SourceIdChoice {
  if (SAFE_ID.test(stem)) return { id: stem, changed: false };
  const folded = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐœŒæÆßøØłŁ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  return { id: folded === '' ? null : folded, changed: true };
}

/**
 * The key under which two ids are the same source: case and Unicode form ignored, because case-insensitive file
 * systems and hosts (macOS, Windows, many static hosts) would serve them at one URL.
 * @example sourceIdKey('Article-1') === sourceIdKey('article-1') // true
 */
export function sourceIdKey(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

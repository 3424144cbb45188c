/** Text helpers shared by the extraction steps: folding, apostrophes, sentences. */

/**
 * Folding is done character by character for the characters of French and Vietnamese texts: each one folds on its
 * own to a fixed string (its decomposition's accents are all removed, its lowercase needs no context), so a text of
 * only such characters folds to the concatenation of their folds. Other texts take the full path, `foldReference`.
 */
const FOLDABLE_RANGES = [
  [0x0000, 0x024f], // Basic Latin to Latin Extended-B
  [0x0300, 0x036f], // combining diacritical marks (decomposed input)
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese letters with two diacritics
  [0x2000, 0x206f], // general punctuation: typographic quotes, dashes, narrow no-break space
] as const;
const FOLD_LIMIT = 0x2070;
const charFolds: (string | undefined)[] = new Array<string | undefined>(FOLD_LIMIT).fill(undefined);
/** 1 where a character folds to itself. */
const foldsToItself = new Uint8Array(FOLD_LIMIT);
for (const [first, last] of FOLDABLE_RANGES) {
  for (let code = first; code <= last; code++) {
    const char = String.fromCharCode(code);
    charFolds[code] = foldReference(char);
    foldsToItself[code] = charFolds[code] === char ? 1 : 0;
  }
}

/**
 * Folds case and diacritics so spellings compare equal; the same result as `foldReference`, without normalizing
 * the whole text (steps fold every sentence several times).
 * @example foldText("Lương Tâm Quang") === "luong tam quang"; foldText("Đà Nẵng") === "da nang"
 */
export function foldText(text: string): string {
  let folded = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLD_LIMIT && foldsToItself[code] === 1) continue;
    const fold = code < FOLD_LIMIT ? charFolds[code] : undefined;
    if (fold === undefined) return foldReference(text);
    folded += text.slice(copiedTo, i) + fold;
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : folded + text.slice(copiedTo);
}

/** White space as `\s` matches it, among the characters of the fold table. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/**
 * A look-up key: the text folded, hyphens, dashes and periods made spaces, no space around apostrophes, white space
 * squashed. The same as `lookupKeyReference`, in one pass over the text.
 * @example foldKey("Hô Chi Minh-Ville") === "ho chi minh ville"; foldKey("l’ État") === "l'etat"
 */
export function foldKey(text: string): string {
  let key = '';
  let space = false; // white space seen since the last character kept, and not next to an apostrophe
  let afterApostrophe = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const fold = code < FOLD_LIMIT ? charFolds[code] : undefined;
    if (fold === undefined) return lookupKeyReference(text);
    for (let j = 0; j < fold.length; j++) {
      const char = fold.charCodeAt(j);
      // "-", "‐", "–" and "." become spaces.
      if (char === 0x2d || char === 0x2010 || char === 0x2013 || char === 0x2e || isSpace(char)) {
        if (!afterApostrophe) space = true;
      } else if (char === 0x27) {
        key += "'";
        space = false;
        afterApostrophe = true;
      } else {
        if (space && key !== '') key += ' ';
        key += fold[j];
        space = false;
        afterApostrophe = false;
      }
    }
  }
  return key;
}

/** The definition of a look-up key, step by step; `foldKey` gives the same result faster. */
export function lookupKeyReference(text: string): string {
  return squashSpaces(foldText(text).replace(/[-‐–.]/g, ' ').replace(/\s*'\s*/g, "'"));
}

/**
 * Folds case and diacritics (typographic apostrophes made ASCII, "đ", "œ", "æ" spelt out): the definition of folding.
 * @example foldReference("Lương Tâm Quang") === "luong tam quang"
 */
export function foldReference(text: string): string {
  return normalizeApostrophes(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** Replaces typographic apostrophes and quotes with ASCII ones (French texts mix ’ and '). */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘ʼ`´]/g, "'").replace(/[«»“”„]/g, '"');
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function squashSpaces(text: string): string {
  // Most texts are already squashed: then there is nothing to replace (\s covers the no-break spaces).
  if (!UNSQUASHED.test(text)) return text;
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** White space other than a single inner space: a space run, another space character, or space at either end. */
const UNSQUASHED = /[^\S ]| {2}|^ | $/;

/** Words of a text after folding, without punctuation. @example foldedWords("Vice-ministre d'État") → ["vice", "ministre", "d", "etat"] */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const ABBREVIATIONS = /\b(?:M|Mme|Mmes|MM|Dr|Pr|St|Ste|av|J\.-C|etc|No|n°|D\.C|A)\.$/;

/**
 * Splits a paragraph into sentences, also where a stored copy glued two sentences
 * together without a space ("au Vietnam.Lors de la réception").
 */
export function splitSentences(paragraph: string): string[] {
  // Unglue "mot.Mot" (a lowercase letter or closing mark, a period, then an uppercase letter).
  const unglued = paragraph.replace(/([a-zà-ÿ0-9)»"…])\.(?=[A-ZÀ-Ý])/g, '$1. ');
  const sentences: string[] = [];
  let current = '';
  const parts = unglued.split(/(?<=[.!?…])\s+(?=[A-ZÀ-Ý«"(0-9])/);
  for (const part of parts) {
    current = current === '' ? part : `${current} ${part}`;
    // Keep "M. Zolotov", "Washington D.C. Il" style abbreviations attached to what follows.
    // An initial ("Mariam J. Sherman") does not end a sentence either.
    if ((ABBREVIATIONS.test(current) || /(?:^|\s)\p{Lu}\.$/u.test(current)) && !/D\.C\.$/.test(current)) continue;
    sentences.push(current.trim());
    current = '';
  }
  if (current.trim() !== '') sentences.push(current.trim());
  return sentences;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A string folded for matching, with the position in the original string of every folded character. */
export interface FoldedText {
  folded: string;
  /**
   * `origin[i]` is the index in the original string of `folded[i]`; one extra entry holds the original length. Null
   * when every character folded to one (the usual case): then `folded[i]` comes from the original's `i`.
   */
  origin: number[] | null;
}

const SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", 'ʼ': "'", '‘': "'" };

// Normalizing one character at a time is slow and texts reuse few distinct characters: fold each once.
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const lower = char.toLowerCase();
    folded = SPECIAL[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    foldedChars.set(char, folded);
  }
  return folded;
}

// ASCII characters only lowercase: read from a table, not the map.
const ASCII_FOLDED = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code).toLowerCase());

/** Whether UTF-16 code units `high`, `low` are one character (a surrogate pair). */
function isSurrogatePair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Lowercases and strips diacritics, mapping every folded character back to the original.
 *
 * Most characters of a text fold to themselves: runs of them are copied whole, not one character at a time (article
 * text is folded for every page that shows it: one at a time, 628 MB of the 3.5 GB that rendering the articles of
 * 10,000 articles allocated).
 * @example foldWithOrigin('Lương').folded // "luong"
 */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  // Positions are listed only from the first character that does not fold to exactly one.
  let origin: number[] | null = null;
  // Start of the characters folded to themselves since the last that did not, not yet copied to `folded`.
  let runStart = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const width = isSurrogatePair(code, text.charCodeAt(index + 1)) ? 2 : 1;
    const out = code < 128 ? ASCII_FOLDED[code]! : foldChar(text.slice(index, index + width));
    if (width === 1 && out.length === 1 && out.charCodeAt(0) === code) {
      origin?.push(index);
      index += 1;
      continue;
    }
    folded += text.slice(runStart, index);
    if (origin === null && (out.length !== 1 || width !== 1)) origin = Array.from({ length: folded.length }, (_, i) => i);
    if (origin !== null) for (let k = 0; k < out.length; k += 1) origin.push(index);
    folded += out;
    index += width;
    runStart = index;
  }
  folded += text.slice(runStart);
  origin?.push(text.length);
  return { folded, origin };
}

/**
 * Lowercases and strips diacritics, for diacritic-insensitive comparison.
 * @example foldText('Lê Quôc Hùng') // "le quoc hung"
 */
export function foldText(text: string): string {
  return foldWithOrigin(text).folded;
}

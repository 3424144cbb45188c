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

/**
 * Lowercases and strips diacritics, mapping every folded character back to the original.
 * @example foldWithOrigin('Lương').folded // "luong"
 */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  // Positions are listed only from the first character that does not fold to exactly one.
  let origin: number[] | null = null;
  let index = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const out = code < 128 ? ASCII_FOLDED[code]! : foldChar(char);
    if (origin === null && (out.length !== 1 || char.length !== 1)) origin = Array.from({ length: folded.length }, (_, i) => i);
    if (origin !== null) for (let k = 0; k < out.length; k += 1) origin.push(index);
    folded += out;
    index += char.length;
  }
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

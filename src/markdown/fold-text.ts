/** A string folded for matching, with the position in the original string of every folded character. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the index in the original string of `folded[i]`; one extra entry holds the original length. */
  origin: number[];
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

/**
 * Lowercases and strips diacritics, mapping every folded character back to the original.
 * @example foldWithOrigin('Lương').folded // "luong"
 */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const out of foldChar(char)) {
      folded += out;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * Lowercases and strips diacritics, for diacritic-insensitive comparison.
 * @example foldText('Lê Quôc Hùng') // "le quoc hung"
 */
export function foldText(text: string): string {
  return foldWithOrigin(text).folded;
}

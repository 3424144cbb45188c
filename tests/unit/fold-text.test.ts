import { describe, expect, test } from 'vitest';
import { foldText, foldWithOrigin } from '../../src/markdown/fold-text';

describe('foldText', () => {
  test.each([
    ['Lương Tam Quang', 'luong tam quang'],
    ['Lê Quôc Hùng', 'le quoc hung'],
    ['Đà Nẵng', 'da nang'],
    ['Jürgen', 'jurgen'],
    ['d’Amazon', "d'amazon"],
    ['Nikolaï', 'nikolai'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('foldWithOrigin', () => {
  test('maps folded characters back to the original, including decomposed input', () => {
    const text = 'Lu\u031Bo\u031Bng x';
    const { folded, origin } = foldWithOrigin(text);
    expect(folded).toBe('luong x');
    expect(origin).not.toBeNull();
    expect(text.slice(origin![6], origin![7])).toBe('x');
    expect(origin!.at(-1)).toBe(text.length);
  });

  test('maps a letter that folds to two back to one position', () => {
    const { folded, origin } = foldWithOrigin('œuvre');
    expect(folded).toBe('oeuvre');
    expect(origin!.slice(0, 3)).toEqual([0, 0, 1]);
    expect(origin!.at(-1)).toBe(5);
  });

  test('lists no positions when every character folds to one, and starts listing at the first that does not', () => {
    expect(foldWithOrigin('Lương à Đà Nẵng, d’Amazon')).toEqual({ folded: "luong a da nang, d'amazon", origin: null });
    const { folded, origin } = foldWithOrigin('Hồ Chí Minh, Œuvre');
    expect(folded).toBe('ho chi minh, oeuvre');
    expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13, 14, 15, 16, 17, 18]);
  });
});

describe('foldWithOrigin, against folding one character at a time', () => {
  /** The definition: each character (code point) lowercased and stripped of its marks on its own. */
  function foldEachCharacter(text: string): { folded: string; origin: number[] } {
    const special: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", 'ʼ': "'", '‘': "'" };
    let folded = '';
    const origin: number[] = [];
    let index = 0;
    for (const char of text) {
      const lower = char.toLowerCase();
      const out = special[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
      for (let k = 0; k < out.length; k += 1) origin.push(index);
      folded += out;
      index += char.length;
    }
    origin.push(text.length);
    return { folded, origin };
  }

  // Letters that fold to themselves, to another, to two or to none, a surrogate pair, a lone surrogate, spaces.
  const alphabet = ['a', 'Z', ' ', '.', '’', 'é', 'Ê', 'ư', 'Đ', 'ẵ', 'œ', 'Æ', 'ß', '\u0301', '\u00a0', '𝐀', '\ud800', '1', 'İ'];

  test('gives the same text, and the same positions wherever it lists them, for 2,000 mixed texts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n += 1) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = foldEachCharacter(text);
      const { folded, origin } = foldWithOrigin(text);
      expect(folded, JSON.stringify(text)).toBe(expected.folded);
      expect(origin ?? Array.from({ length: folded.length + 1 }, (_, i) => (i === folded.length ? text.length : i)), JSON.stringify(text)).toEqual(expected.origin);
    }
  });
});

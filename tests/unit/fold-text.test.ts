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

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
    expect(text.slice(origin[6], origin[7])).toBe('x');
    expect(origin.at(-1)).toBe(text.length);
  });

  test('maps a letter that folds to two back to one position', () => {
    const { folded, origin } = foldWithOrigin('œuvre');
    expect(folded).toBe('oeuvre');
    expect(origin.slice(0, 3)).toEqual([0, 0, 1]);
  });
});

import { describe, expect, test } from 'vitest';
import { sourceIdFromStem, sourceIdKey } from '../../src/io/source-ids';

describe('sourceIdFromStem', () => {
  test.each(['000_5d764ea162d0ebda', 'Rapport-1', 'a.b_c-d'])('keeps %j as it is', (stem) => {
    expect(sourceIdFromStem(stem)).toEqual({ id: stem, changed: false });
  });

  test.each([
    ['compte rendu été', 'compte-rendu-ete'],
    ['Compte rendu été #2', 'Compte-rendu-ete-2'],
    ['caf\u0065\u0301', 'cafe'],
    ['Đà Nẵng – œuvre', 'Da-Nang-oeuvre'],
    ['  _rapport?  ', 'rapport'],
  ])('folds %j to %j', (stem, id) => {
    expect(sourceIdFromStem(stem)).toEqual({ id, changed: true });
  });

  test.each(['¿¡', '数据', '...'])('finds no id in %j', (stem) => {
    expect(sourceIdFromStem(stem)).toEqual({ id: null, changed: true });
  });
});

describe('sourceIdKey', () => {
  test('makes ids that differ by case or Unicode form the same key', () => {
    expect(sourceIdKey('Rapport-1')).toBe(sourceIdKey('rapport-1'));
    expect(sourceIdKey('caf\u00e9')).toBe(sourceIdKey('cafe\u0301'));
    expect(sourceIdKey('rapport-1')).not.toBe(sourceIdKey('rapport-2'));
  });
});

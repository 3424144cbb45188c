import { describe, expect, test } from 'vitest';
import { namesMatch, placesMatch, rolesMatch, toWords } from '../../src/eval/normalize';

describe('toWords', () => {
  test('folds case, diacritics, đ, apostrophes and hyphens', () => {
    expect(toWords('Đà Nẵng, l’Intérieur Vice-Ministre')).toEqual(['da', 'nang', 'l', 'interieur', 'vice', 'ministre']);
  });
});

describe('namesMatch', () => {
  test.each([
    ['Lương Tam Quang', 'Luong Tam Quang', true],
    ['Nguyên Xuân Phuc', 'Nguyen Xuan Phuc', true],
    ['Jürgen Stock', 'Jurgen Stock', true],
    ['TO LAM', 'Tô Lâm', true],
    ['Sergei Kudryashov', 'Sergei Ivanovich Kudryashov', true],
    ['Sergei Ivanovich Kudryashov', 'Sergei Kudryashov', true],
    ['Sar Kheng', 'Samdech Krolahom Sar Kheng', true],
    // The shorter form must keep the order of the fuller one.
    ['Kudryashov Sergei', 'Sergei Ivanovich Kudryashov', false],
    // One word is not enough to identify a person.
    ['Quang', 'Lương Tam Quang', false],
    ['Luong Tam Quang', 'Luong Tam Hung', false],
    ['Vilay Lakhamphong', 'Vilay Lakhamfong', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
  });
});

describe('placesMatch', () => {
  test.each([
    ['Washington', 'Washington D.C.', true],
    ['Washington D.C.', 'Washington', true],
    ['Hanoï', 'Hanoi', true],
    ['Ho Chi Minh-Ville', 'Hô Chi Minh-Ville', true],
    ['Da Nang', 'Hanoï', false],
    ['Ho Chi Minh-Ville', 'Ho Chi Minh', true],
    [null, null, true],
    [null, 'Hanoï', false],
    ['Hanoï', null, false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(placesMatch(a, b)).toBe(expected);
  });
});

describe('rolesMatch', () => {
  test.each([
    ['ministre de la Sécurité publique', 'Ministre de la sécurité publique', true],
    ['ministre de la Sécurité publique', 'ministre vietnamien de la Sécurité publique', true],
    ['vice-Premier ministre cambodgien et ministre de l’Intérieur', 'vice-Premier ministre', true],
    ['directeur général', 'directeur', true],
    // Different title words: a vice-minister is not a minister, a minister of defence is not of public security.
    ['vice-ministre de la Sécurité publique', 'ministre de la Sécurité publique', false],
    ['ministre de la Défense', 'ministre de la Sécurité publique', false],
    ['secrétaire général du Parti', 'président', false],
    [null, null, true],
    [null, 'ambassadeur', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(rolesMatch(a, b)).toBe(expected);
  });
});

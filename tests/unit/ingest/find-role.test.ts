import { describe, expect, test } from 'vitest';
import { findRoleAfter, findRoleBefore } from '../../../src/ingest/find-role';

function roleBefore(sentence: string, name: string): string | null {
  return findRoleBefore(sentence, sentence.indexOf(name))?.role ?? null;
}
function roleAfter(sentence: string, name: string): string | null {
  return findRoleAfter(sentence, sentence.indexOf(name) + name.length)?.role ?? null;
}

describe('findRoleBefore', () => {
  test.each([
    ['Le ministre de la Défense, le général de division Nguyen Van An, a reçu', 'Nguyen Van An', 'ministre de la Défense'],
    ["l'ambassadeur cambodgien Chea Sophal a déclaré", 'Chea Sophal', 'ambassadeur cambodgien'],
    ['le vice-Premier ministre thaïlandais et ministre des Finances, Somchai Wongsa, a', 'Somchai Wongsa', 'vice-Premier ministre thaïlandais et ministre des Finances'],
    ['Le président du Conseil maritime et ancien secrétaire du Conseil de sécurité, Ivan Petrov, a', 'Ivan Petrov', 'président du Conseil maritime et ancien secrétaire du Conseil de sécurité'],
    ['Le vice-ministre Tran Van Minh a reçu', 'Tran Van Minh', 'vice-ministre'],
  ])('%j: the role of %s is %j', (sentence, name, role) => {
    expect(roleBefore(sentence, name)).toBe(role);
  });

  test('finds no role when only a verb stands before the name', () => {
    expect(roleBefore('Le ministre a reçu le 4 mars à Hanoï, Anna Berg, directrice', 'Anna Berg')).toBeNull();
  });
});

describe('findRoleAfter', () => {
  test.each([
    ["Anna Berg, directrice générale de la société Nordic Power, a affirmé", 'Anna Berg', 'directrice générale de la société Nordic Power'],
    ['Kim Min-seok, vice-président de LG Display chargé des affaires publiques pour l’Asie.', 'Kim Min-seok', 'vice-président de LG Display chargé des affaires publiques pour l’Asie'],
    ['Le général Hoang Van Nam, membre du Comité central du Parti, vice-ministre de la Défense, a reçu', 'Hoang Van Nam', 'vice-ministre de la Défense'],
  ])('%j: the role of %s is %j', (sentence, name, role) => {
    expect(roleAfter(sentence, name)).toBe(role);
  });

  test('reads no role from a clause that is not one', () => {
    expect(roleAfter('Anna Berg, en visite au Vietnam, a salué', 'Anna Berg')).toBeNull();
  });
});

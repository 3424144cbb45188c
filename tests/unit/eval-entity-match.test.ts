import { describe, expect, test } from 'vitest';
import { createCountryMatcher, createOrganizationMatcher, createRoleMatcher, splitOrganizationName } from '../../src/eval/entity-match';
import { testKnowledge } from './eval-helpers';

describe('splitOrganizationName', () => {
  test.each([
    ['Police fédérale australienne (AFP)', ['Police fédérale australienne (AFP)', 'Police fédérale australienne', 'AFP']],
    ['United States Trade Representative-USTR', ['United States Trade Representative-USTR', 'United States Trade Representative', 'USTR']],
    ['Zarubezhneft', ['Zarubezhneft']],
    ['Ho Chi Minh-Ville', ['Ho Chi Minh-Ville']],
  ])('%s', (name, forms) => {
    expect(splitOrganizationName(name)).toEqual(forms);
  });
});

describe('createOrganizationMatcher', () => {
  const match = createOrganizationMatcher(testKnowledge);
  test.each([
    ['Police fédérale australienne (AFP)', 'AFP', true],
    ['AFP', 'Police fédérale australienne (AFP)', true],
    ['Police fédérale australienne (AFP)', 'Police fédérale australienne', true],
    ['United States Trade Representative-USTR', 'USTR', true],
    ['ministère de la Sécurité publique', 'Ministere de la securite publique', true],
    ["Bureau fédéral d'enquête", 'Bureau fédéral enquête', true],
    // Curated alias, also with the country written out.
    ['ministère de la Police', 'ministère de la Sécurité publique', true],
    ['ministère de la Police', 'ministère de la Sécurité publique du Vietnam', true],
    ['ministère vietnamien de la Sécurité publique', 'ministère de la Sécurité publique du Vietnam', true],
    ['AWS', 'Amazon Web Services', true],
    // A parent is not its subsidiary; another country's ministry is another ministry.
    ['Amazon', 'Amazon Web Services', false],
    ['ministère de la Sécurité publique', 'ministère lao de la Sécurité publique', false],
    ['ministère de la Défense', 'ministère de la Défense du Laos', false],
    ['ministère lao de la Sécurité publique', 'ministère de la Sécurité publique du Laos', true],
    ['Zarubezhneft', 'Positive Technology', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(match(a, b)).toBe(expected);
  });
});

describe('createCountryMatcher', () => {
  const match = createCountryMatcher(testKnowledge);
  test.each([
    ['États-Unis', 'USA', true],
    ['Etats-Unis', 'États-Unis', true],
    ['Viet Nam', 'Vietnam', true],
    ['Laos', 'Chine', false],
    ['Malte', 'Malte', true],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(match(a, b)).toBe(expected);
  });
});

describe('createRoleMatcher', () => {
  const match = createRoleMatcher(testKnowledge);
  test.each([
    ['ambassadeur des États-Unis', 'ambassadeur des USA', true],
    ['ministre lao de la Sécurité publique', 'ministre de la Sécurité publique du Laos', true],
    ['ambassadeur du Laos', 'ambassadeur de Chine', false],
    ['vice-ministre de la Sécurité publique', 'ministre de la Sécurité publique', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(match(a, b)).toBe(expected);
  });
});

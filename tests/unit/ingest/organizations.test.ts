import { describe, expect, test } from 'vitest';
import { delegationOrganization, homeOrganizationName, listedMinistries, masculine, organizationFromRole, participantOrganization } from '../../../src/ingest/organizations';
import { projectGazetteer } from './helpers';

describe('organizationFromRole', () => {
  // Roles come from sentences whose apostrophes are already straight; typographic ones are straightened too.
  test.each([
    ['ministre lao de la Sécurité publique', 'ministère lao de la Sécurité publique'],
    ['vice-Premier ministre cambodgien et ministre de l’Intérieur', "ministère de l'Intérieur"],
    ['ministre fédérale allemande de la Coopération économique et du Développement', 'ministère fédéral allemand de la Coopération économique et du Développement'],
    ['vice-président d’Amazon chargé des politiques publiques', 'Amazon'],
    ['directeur général de la société par actions Zarubezhneft', 'Zarubezhneft'],
    ['secrétaire adjointe au ministère australien de l’Intérieur', "ministère australien de l'Intérieur"],
    ['président-directeur général du groupe énergétique japonais JERA', 'JERA'],
    ['secrétaire d’État adjoint par intérim du Bureau pour le Trafic de drogue international et le Respect des lois (INL)', 'Bureau pour le Trafic de drogue international et le Respect des lois (INL)'],
  ])('%j → %j', (role, organization) => {
    expect(organizationFromRole(role)).toBe(organization);
  });

  test.each([
    'ambassadeur du Laos au Vietnam',
    'Premier ministre',
    'président du Vietnam',
    'ministre d’Etat',
    "Premier Secrétaire d'État et Secrétaire d'État aux Affaires étrangères, du Commonwealth et du Développement du Royaume-Uni",
    'gouverneur de la capitale cambodgienne',
  ])('%j speaks for no organization', (role) => {
    expect(organizationFromRole(role)).toBeNull();
  });
});

describe('participantOrganization', () => {
  test('names a foreign ministry that shares its name with a Vietnamese one after its country', async () => {
    expect(participantOrganization(await projectGazetteer(), 'ministère de la Police', 'foreign', 'lao')).toBe('ministère lao de la Police');
  });

  test('gives a Vietnamese ministry its curated name', async () => {
    expect(participantOrganization(await projectGazetteer(), 'ministère vietnamien de la Police', 'home', undefined)).toBe('ministère de la Sécurité publique');
  });
});

describe('delegationOrganization', () => {
  test.each([
    ['a reçu une délégation du ministère singapourien du Commerce et de l’Industrie conduite par la ministre d’Etat Low Yen Ling.', 'ministère singapourien du Commerce et de l’Industrie'],
    ['a reçu une délégation du groupe sud-coréen LG Display conduite par son PDG, Jeong Cheol-dong.', 'LG Display'],
  ])('reads the body of %j', (sentence, organization) => {
    expect(delegationOrganization(sentence)?.organization).toBe(organization);
  });
});

describe('small helpers', () => {
  test.each([['fédérale', 'fédéral'], ['allemande', 'allemand'], ['française', 'français'], ['italienne', 'italien'], ['lao', 'lao']])('masculine(%j) → %j', (word, expected) => {
    expect(masculine(word)).toBe(expected);
  });

  test('homeOrganizationName drops the obvious country, not a name that holds it', () => {
    expect(homeOrganizationName('ministère vietnamien de la Santé')).toBe('ministère de la Santé');
    expect(homeOrganizationName('ministère de la Sécurité publique du Vietnam')).toBe('ministère de la Sécurité publique');
    expect(homeOrganizationName('Comité municipal du Parti communiste du Vietnam de Ho Chi Minh-Ville')).toBe('Comité municipal du Parti communiste du Vietnam de Ho Chi Minh-Ville');
  });

  test('listedMinistries expands a list of ministries', () => {
    expect(listedMinistries('des représentants des ministères de la Police, des Affaires étrangères et des Finances.')).toEqual([
      'ministère de la Police',
      'ministère des Affaires étrangères',
      'ministère des Finances',
    ]);
  });
});

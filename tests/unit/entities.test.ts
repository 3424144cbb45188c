import { describe, expect, test } from 'vitest';
import { getLinkEntities, getShortNames } from '../../src/lib/entities';
import { fixtureArchive, meetingById } from './_site-fixture';

describe('getShortNames', () => {
  test.each([
    ['Lương Tam Quang', ['Lương', 'Quang']],
    ['Sergei Ivanovich Kudryashov', ['Sergei', 'Kudryashov']],
    ['Amazon', []],
  ])('takes the first and last words of %s', (name, expected) => {
    expect(getShortNames(name)).toEqual(expected);
  });
});

describe('getLinkEntities', () => {
  test('gives each participant its written name, display name and aliases, and each organization its abbreviation', () => {
    const entities = getLinkEntities(fixtureArchive(), '/', meetingById('2026-03-04-luong-tam-quang-kerry-person'));
    expect(entities).toEqual([
      { href: '/officials/luong-tam-quang/', kind: 'official', names: ['Luong Tam Quang', 'Lương Tam Quang'], shortNames: ['Luong', 'Quang', 'Lương'] },
      { href: '/officials/kerry-person/', kind: 'official', names: ['Kerry Person'], shortNames: ['Kerry', 'Person'] },
      { href: '/organizations/amazon-web-services/', kind: 'organization', names: ['Amazon Web Services'], abbreviations: ['AWS'] },
      { href: '/organizations/ministere-securite-publique/', kind: 'organization', names: ['ministère de la Sécurité publique', 'ministère de la Police'], abbreviations: [] },
    ]);
  });
});

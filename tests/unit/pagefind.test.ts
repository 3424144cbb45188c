import { describe, expect, test } from 'vitest';
import { getPagefindFacts } from '../../src/lib/pagefind';
import { fixtureArchive, meetingById } from './_site-fixture';

describe('getPagefindFacts', () => {
  test('gives labels as filter values, the ISO date as sort key and display metadata', () => {
    expect(getPagefindFacts(fixtureArchive(), meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'))).toEqual({
      sort: 'date:2026-02-19',
      filters: {
        official: ['Lương Tam Quang', 'Shannon Kellogg'],
        organization: ['Amazon', 'ministère de la Sécurité publique'],
        theme: ['Cybersécurité', 'Numérique'],
        country: ['Vietnam', 'États-Unis'],
        year: ['2026'],
      },
      meta: { title: 'Le ministre rencontre un dirigeant d’Amazon', date: '19 février 2026', place: 'Washington' },
    });
  });

  test('sorts a month-precision meeting as the 1st and leaves an unknown place empty', () => {
    const facts = getPagefindFacts(fixtureArchive(), meetingById('2025-05-to-lam-sergei-kudryashov'));
    expect([facts.sort, facts.meta.date, facts.meta.place]).toEqual(['date:2025-05-01', 'mai 2025', '']);
  });
});

import { describe, expect, test } from 'vitest';
import { getSearchFilterGroups } from '../../src/lib/search-options';
import { fixtureArchive } from './_site-fixture';

describe('getSearchFilterGroups', () => {
  test('gives the five groups with their French legends', () => {
    expect(getSearchFilterGroups(fixtureArchive()).map((g) => [g.name, g.legend])).toEqual([
      ['official', 'Officiels'], ['organization', 'Organisations'], ['theme', 'Thèmes'], ['country', 'Pays'], ['year', 'Années'],
    ]);
  });

  test('uses the labels that pages give Pagefind, with archive-wide counts', () => {
    const themes = getSearchFilterGroups(fixtureArchive()).find((g) => g.name === 'theme');
    expect(themes?.options).toEqual([
      { value: 'Cybersécurité', count: 2 }, { value: 'Énergie', count: 1 }, { value: 'Lutte contre la drogue', count: 1 }, { value: 'Numérique', count: 3 },
    ]);
  });
});

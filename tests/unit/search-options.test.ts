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

  test('lists only the most frequent officials and organizations, and says how many there are', () => {
    const [officials, organizations, themes] = getSearchFilterGroups(fixtureArchive(), 2);
    // Lương Tam Quang and Kerry Person have 3 meetings each, more than any other official.
    expect(officials?.options.map((option) => option.value).sort()).toEqual(['Kerry Person', 'Lương Tam Quang']);
    expect(officials?.total).toBe(8);
    expect(organizations?.options).toHaveLength(2);
    expect(organizations?.total).toBe(5);
    // Themes, countries and years are few: all listed.
    expect(themes?.options).toHaveLength(themes?.total ?? -1);
  });
});

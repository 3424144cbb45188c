import { describe, expect, test } from 'vitest';
import { getOfficialIndex, getOfficialProfile } from '../../src/lib/officials';
import { fixtureArchive } from './_site-fixture';

describe('getOfficialProfile', () => {
  test('gathers an official’s country, meetings in date order and counterparts', () => {
    const profile = getOfficialProfile(fixtureArchive(), 'luong-tam-quang');
    expect(profile.country?.name).toBe('Vietnam');
    expect(profile.sideLabel).toBe('Partie vietnamienne');
    expect(profile.aliases).toEqual(['Luong Tam Quang']);
    expect(profile.meetings.map((m) => m.date)).toEqual(['2024-01-10', '2026-02-19', '2026-03-04']);
    expect(profile.counterparts[0]?.id).toBe('kerry-person');
  });

  test('throws on an unknown id', () => {
    expect(() => getOfficialProfile(fixtureArchive(), 'nobody')).toThrow('Unknown official: nobody');
  });
});

describe('getOfficialIndex', () => {
  test('splits officials by side, Vietnamese first', () => {
    const index = getOfficialIndex(fixtureArchive());
    expect(index.map((side) => [side.label, side.terms.map((t) => t.id)])).toEqual([
      ['Partie vietnamienne', ['le-quoc-hung', 'luong-tam-quang', 'nguyen-quoc-dung', 'to-lam']],
      ['Partie étrangère', ['chris-landberg', 'kerry-person', 'sergei-kudryashov', 'shannon-kellogg']],
    ]);
  });
});

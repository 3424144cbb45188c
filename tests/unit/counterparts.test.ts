import { describe, expect, test } from 'vitest';
import { getCounterparts, getOrganizationsSeen, getRolesSeen, getThemesDiscussed } from '../../src/lib/counterparts';
import { getMeetingsForTerm } from '../../src/lib/terms';
import { fixtureArchive } from './_site-fixture';

const archive = fixtureArchive();
const meetingsOf = (id: string) => getMeetingsForTerm(archive.meetings, 'official', id);

describe('getCounterparts', () => {
  test('ranks the people met most first', () => {
    expect(getCounterparts(archive, 'luong-tam-quang', meetingsOf('luong-tam-quang'))).toEqual([
      { id: 'kerry-person', label: 'Kerry Person', count: 2 },
      { id: 'shannon-kellogg', label: 'Shannon Kellogg', count: 1 },
    ]);
  });

  test('counts only the other side, not a fellow delegate', () => {
    expect(getCounterparts(archive, 'le-quoc-hung', meetingsOf('le-quoc-hung')).map((t) => t.id)).toEqual(['chris-landberg']);
  });

  test('works from the foreign side too', () => {
    expect(getCounterparts(archive, 'kerry-person', meetingsOf('kerry-person'))).toEqual([
      { id: 'luong-tam-quang', label: 'Lương Tam Quang', count: 2 },
      { id: 'to-lam', label: 'Tô Lâm', count: 1 },
    ]);
  });
});

describe('getRolesSeen', () => {
  test('lists the roles as written, skipping unknown ones', () => {
    expect(getRolesSeen('luong-tam-quang', meetingsOf('luong-tam-quang')).map((t) => t.label)).toEqual(['ministre de la Police', 'vice-ministre']);
  });
});

describe('getOrganizationsSeen', () => {
  test('names the organization an official speaks for', () => {
    expect(getOrganizationsSeen(archive, 'kerry-person', meetingsOf('kerry-person'))).toEqual([
      { id: 'amazon-web-services', label: 'Amazon Web Services', count: 3 },
    ]);
  });
});

describe('getThemesDiscussed', () => {
  test('counts each theme once per meeting, most frequent first', () => {
    expect(getThemesDiscussed(archive, meetingsOf('luong-tam-quang'))).toEqual([
      { id: 'numerique', label: 'Numérique', count: 2 },
      { id: 'cybersecurite', label: 'Cybersécurité', count: 1 },
    ]);
  });
});

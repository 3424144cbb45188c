import { describe, expect, test } from 'vitest';
import { getMeetingLinks, getParticipantSummary, getSides } from '../../src/lib/meeting-view';
import { fixtureArchive, meetingById } from './_site-fixture';

describe('getSides', () => {
  test('splits participants into the Vietnamese and the foreign side, with links', () => {
    const sides = getSides(fixtureArchive(), '/r/', meetingById('2025-09-05-le-quoc-hung-chris-landberg'));
    expect(sides.map((s) => [s.label, s.participants.map((p) => p.name)])).toEqual([
      ['Partie vietnamienne', ['Lê Quôc Hùng', 'Nguyên Quôc Dung']],
      ['Partie étrangère', ['Chris Landberg']],
    ]);
    expect(sides[1]?.participants[0]).toEqual({
      id: 'chris-landberg', href: '/r/officials/chris-landberg/', name: 'Chris Landberg', writtenName: null, role: null,
      organization: { name: 'Bureau pour le Trafic de drogue international et le Respect des lois', href: '/r/organizations/inl/' },
      country: { name: 'États-Unis', href: '/r/countries/etats-unis/' },
    });
  });

  test('shows the name as written when it differs from the display name', () => {
    const home = getSides(fixtureArchive(), '/', meetingById('2026-03-04-luong-tam-quang-kerry-person'))[0];
    expect([home?.participants[0]?.name, home?.participants[0]?.writtenName]).toEqual(['Lương Tam Quang', 'Luong Tam Quang']);
  });
});

describe('getMeetingLinks', () => {
  test('links organizations, countries and themes in the meeting’s order', () => {
    const links = getMeetingLinks(fixtureArchive(), '/', meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'));
    expect(links.themes).toEqual([
      { id: 'numerique', label: 'Numérique', href: '/themes/numerique/' },
      { id: 'cybersecurite', label: 'Cybersécurité', href: '/themes/cybersecurite/' },
    ]);
    expect(links.countries.map((c) => c.label)).toEqual(['Vietnam', 'États-Unis']);
  });
});

describe('getParticipantSummary', () => {
  test('names the Vietnamese side, then the foreign side', () => {
    expect(getParticipantSummary(fixtureArchive(), meetingById('2025-09-05-le-quoc-hung-chris-landberg'))).toBe('Lê Quôc Hùng, Nguyên Quôc Dung – Chris Landberg');
  });
});

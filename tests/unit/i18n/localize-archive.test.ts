import { describe, expect, test } from 'vitest';
import { joinEnglishNames, localizeArchive, meetingTitleInEnglish } from '../../../src/i18n/localize-archive';
import { fixtureArchive, meetingById } from '../_site-fixture';

const archive = fixtureArchive();

describe('joinEnglishNames', () => {
  test.each([
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D', 'E'], 'A, B and 3 others'],
  ])('joins %j as "%s"', (names, expected) => {
    expect(joinEnglishNames(names)).toBe(expected);
  });
});

describe('meetingTitleInEnglish', () => {
  test('rebuilds a generated title from the participants, receiving when the French title says reçoit', () => {
    expect(meetingTitleInEnglish(archive, meetingById('2026-03-04-luong-tam-quang-kerry-person'))).toBe('Luong Tam Quang receives Kerry Person (Amazon Web Services)');
  });

  test('says meets when the French generated title says rencontre', () => {
    expect(meetingTitleInEnglish(archive, meetingById('2025-05-to-lam-sergei-kudryashov'))).toBe('Tô Lâm meets Sergei Ivanovich Kudryashov (Zarubezhneft)');
  });

  test('keeps a headline written by the newsroom in French', () => {
    expect(meetingTitleInEnglish(archive, meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'))).toBe('Le ministre rencontre un dirigeant d’Amazon');
  });
});

describe('localizeArchive', () => {
  test('returns the archive itself in French', () => {
    expect(localizeArchive(archive, 'fr')).toBe(archive);
  });

  test('gives English theme labels, country names and generated titles, with the same ids', () => {
    const english = localizeArchive(archive, 'en');
    expect(english.theme.get('drogue')?.label).toBe('Drug trafficking');
    expect(english.country.get('etats-unis')?.name).toBe('United States');
    expect(english.meeting.get('2025-05-to-lam-kerry-person')?.title).toBe('Tô Lâm meets Kerry Person (Amazon Web Services)');
    expect(english.meetings.map((meeting) => meeting.id)).toEqual(archive.meetings.map((meeting) => meeting.id));
    expect(archive.theme.get('drogue')?.label).toBe('Lutte contre la drogue');
  });

  test('computes the English archive once', () => {
    expect(localizeArchive(archive, 'en')).toBe(localizeArchive(archive, 'en'));
  });
});

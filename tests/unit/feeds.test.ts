import { describe, expect, test } from 'vitest';
import { createArchive } from '../../src/lib/archive';
import { partialDateToDateTime } from '../../src/lib/atom';
import { FEED_SIZE, feedPath, getFeed, getFeedTargets, meetingToEntry, type FeedTarget } from '../../src/lib/feeds';
import { getMeetingTermIds } from '../../src/lib/terms';
import type { Meeting } from '../../src/schemas/meeting';
import { data, fixtureArchive, meetingById } from './_site-fixture';

describe('feedPath', () => {
  test.each([
    ['/', undefined, undefined, '/feed.xml'],
    ['/archive/', undefined, undefined, '/archive/feed.xml'],
    ['/', 'official', 'to-lam', '/feeds/officials/to-lam.xml'],
    ['/archive/', 'theme', 'numerique', '/archive/feeds/themes/numerique.xml'],
    ['/', 'organization', 'amazon', '/feeds/organizations/amazon.xml'],
    ['/', 'country', 'etats-unis', '/feeds/countries/etats-unis.xml'],
  ] as const)('base %s, %s %s → %s', (base, kind, id, expected) => {
    expect(feedPath(base, kind, id)).toBe(expected);
  });
});

describe('meetingToEntry', () => {
  test('summarizes date, place and both sides, with themes as categories', () => {
    const entry = meetingToEntry(fixtureArchive(), meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'), 'https://x.org', '/a/');
    expect(entry).toEqual({
      id: 'https://x.org/a/meetings/2026-02-19-luong-tam-quang-shannon-kellogg/',
      url: 'https://x.org/a/meetings/2026-02-19-luong-tam-quang-shannon-kellogg/',
      title: 'Le ministre rencontre un dirigeant d’Amazon',
      updated: '2026-02-22T00:00:00Z',
      published: '2026-02-22T00:00:00Z',
      summary: '19 février 2026, Washington. Partie vietnamienne : Lương Tam Quang (ministre de la Police). Partie étrangère : Shannon Kellogg (vice-président).',
      categories: [{ term: 'numerique', label: 'Numérique' }, { term: 'cybersecurite', label: 'Cybersécurité' }],
    });
  });
});

describe('getFeed', () => {
  test('follows the whole archive, newest article first', () => {
    const feed = getFeed(fixtureArchive(), {}, 'https://x.org', '/');
    expect(feed.entries.map((e) => e.url.split('/').at(-2))).toEqual([
      '2026-03-04-luong-tam-quang-kerry-person',
      '2026-02-19-luong-tam-quang-shannon-kellogg',
      '2025-09-05-le-quoc-hung-chris-landberg',
      '2025-05-to-lam-sergei-kudryashov',
      '2025-05-to-lam-kerry-person',
      '2024-01-10-luong-tam-quang-kerry-person',
    ]);
    expect(feed).toMatchObject({ id: 'https://x.org/feed.xml', selfUrl: 'https://x.org/feed.xml', pageUrl: 'https://x.org/', updated: '2026-03-05T00:00:00Z' });
  });

  test('follows one official: only their meetings, titled after them, linked to their page', () => {
    const feed = getFeed(fixtureArchive(), { kind: 'official', id: 'kerry-person' }, 'https://x.org', '/a/');
    expect(feed.title).toBe('Rencontres : Kerry Person');
    expect(feed.pageUrl).toBe('https://x.org/a/officials/kerry-person/');
    expect(feed.selfUrl).toBe('https://x.org/a/feeds/officials/kerry-person.xml');
    expect(feed.entries.map((e) => e.url.split('/').at(-2))).toEqual(['2026-03-04-luong-tam-quang-kerry-person', '2025-05-to-lam-kerry-person', '2024-01-10-luong-tam-quang-kerry-person']);
  });
});

describe('getFeedTargets', () => {
  test('lists one feed per official, theme, organization and country that has meetings', () => {
    const targets = getFeedTargets(fixtureArchive());
    expect(targets.filter((t) => t.kind === 'country').map((t) => t.id)).toEqual(['etats-unis', 'russie', 'vietnam']);
    expect(targets.filter((t) => t.kind === 'official')).toHaveLength(8);
    expect(targets.filter((t) => t.kind === 'theme').map((t) => t.id).sort()).toEqual(['cybersecurite', 'drogue', 'energie', 'numerique']);
    expect(targets.filter((t) => t.kind === 'organization')).toHaveLength(5);
  });
});

describe('getFeed over a larger archive', () => {
  // The fixture's meetings copied many times over, on other days and under other ids, with their officials and terms:
  // every feed then has more than FEED_SIZE meetings to choose from, and many share a publication date.
  const copies: Meeting[] = data.meetings.flatMap((meeting) =>
    Array.from({ length: 40 }, (_, copy) => ({
      ...meeting,
      id: `${meeting.id}-${copy}`,
      date: `20${10 + (copy % 15)}-${String(1 + (copy % 12)).padStart(2, '0')}`,
      published: copy % 3 === 0 ? meeting.published : `20${10 + (copy % 15)}-${String(1 + (copy % 12)).padStart(2, '0')}-${String(1 + (copy % 28)).padStart(2, '0')}`,
    })),
  );
  const archive = createArchive({ ...data, meetings: copies });

  /** The meetings a feed shows, worked out directly: the term's meetings sorted by publication, date and id, newest first. */
  function expectedIds(kind: 'official' | 'theme' | 'organization' | 'country' | undefined, id: string | undefined): string[] {
    const key = (m: Meeting) => `${partialDateToDateTime(m.published)} ${partialDateToDateTime(m.date)} ${m.id}`;
    return copies
      .filter((meeting) => kind === undefined || id === undefined || getMeetingTermIds(meeting, kind).includes(id))
      .sort((a, b) => key(b).localeCompare(key(a)))
      .slice(0, FEED_SIZE)
      .map((meeting) => meeting.id);
  }

  test('every feed lists the newest FEED_SIZE meetings of its term, in feed order', () => {
    const targets: FeedTarget[] = [{}, ...getFeedTargets(archive)];
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      const feed = getFeed(archive, target, 'https://x.org', '/');
      const ids = feed.entries.map((entry) => entry.url.split('/').at(-2));
      expect(ids).toEqual(expectedIds(target.kind, target.id));
    }
    expect(getFeed(archive, {}, 'https://x.org', '/').entries).toHaveLength(FEED_SIZE);
  });

  test('a meeting in several feeds is the same entry, made for the site and base asked', () => {
    // The newest meeting of the archive is the first of every feed of its terms.
    const newest = getFeed(archive, {}, 'https://x.org', '/').entries[0]!;
    const meeting = archive.meeting.get(newest.url.split('/').at(-2)!)!;
    const [official] = getMeetingTermIds(meeting, 'official');
    const [theme] = getMeetingTermIds(meeting, 'theme');
    expect([official, theme].every((id) => id !== undefined)).toBe(true);
    expect(getFeed(archive, { kind: 'official', id: official! }, 'https://x.org', '/').entries[0]).toBe(newest);
    expect(getFeed(archive, { kind: 'theme', id: theme! }, 'https://x.org', '/').entries[0]).toBe(newest);
    const elsewhere = getFeed(archive, { kind: 'official', id: official! }, 'https://y.org', '/b/').entries;
    expect(elsewhere[0]!.url).toBe(`https://y.org/b/meetings/${meeting.id}/`);
    expect(elsewhere.map((entry) => entry.summary)).toEqual(getFeed(archive, { kind: 'official', id: official! }, 'https://x.org', '/').entries.map((entry) => entry.summary));
  });
});

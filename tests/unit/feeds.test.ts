import { describe, expect, test } from 'vitest';
import { feedPath, getFeed, getFeedTargets, meetingToEntry } from '../../src/lib/feeds';
import { fixtureArchive, meetingById } from './_site-fixture';

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

import { describe, expect, test } from 'vitest';
import { getRedirects, renderRedirectPage, type RedirectInput } from '../../src/lib/redirects';

const none = { meetings: {}, officials: {}, organizations: {} };

/** An archive of two meetings of source "s1" and one official and organization, with what was once published. */
function input(overrides: Partial<RedirectInput>): RedirectInput {
  return {
    meetings: [
      { id: 'rencontre-b', source: 's1', position: 1, title: 'Rencontre B' },
      { id: 'rencontre-a', source: 's1', position: 0, title: 'Rencontre A' },
    ],
    officials: [{ id: 'kerry-person', name: 'Kerry Person', aliases: ['Kerry A. Person'] }],
    organizations: [{ id: 'amazon', name: 'Amazon', aliases: [] }],
    permalinks: { 's1#0': 'rencontre-a', 's1#1': 'rencontre-b' },
    entityPins: { officials: { 'Kerry Person': 'kerry-person' }, organizations: { Amazon: 'amazon' } },
    redirects: none,
    ...overrides,
  };
}

describe('getRedirects', () => {
  test('needs no redirect when every published id still has its page', () => {
    expect(getRedirects(input({}), '/')).toEqual([]);
  });

  test('sends a renamed meeting to its new page, through a chain of renames', () => {
    const redirects = { ...none, meetings: { 'rencontre-a-ancienne': 'rencontre-a-2', 'rencontre-a-2': 'rencontre-a' } };
    expect(getRedirects(input({ redirects }), '/archive/')).toEqual([
      { from: '/archive/meetings/rencontre-a-2/', to: '/archive/meetings/rencontre-a/', label: 'Rencontre A', gone: false },
      { from: '/archive/meetings/rencontre-a-ancienne/', to: '/archive/meetings/rencontre-a/', label: 'Rencontre A', gone: false },
    ]);
  });

  test('sends a meeting the extractor no longer reports to the first meeting still reported by its article', () => {
    const permalinks = { 's1#0': 'rencontre-a', 's1#1': 'rencontre-b', 's1#2': 'rencontre-c' };
    expect(getRedirects(input({ permalinks }), '/')).toEqual([{ from: '/meetings/rencontre-c/', to: '/meetings/rencontre-a/', label: 'Rencontre A', gone: false }]);
  });

  test('sends a meeting whose article is gone to the meetings index', () => {
    const permalinks = { 's1#0': 'rencontre-a', 's1#1': 'rencontre-b', 's9#0': 'rencontre-z' };
    expect(getRedirects(input({ permalinks }), '/')).toEqual([{ from: '/meetings/rencontre-z/', to: '/meetings/', label: 'Toutes les rencontres', gone: true }]);
  });

  test('sends an official id to the official who now carries a name once pinned to it', () => {
    const entityPins = { officials: { 'Kerry Person': 'kerry-person', 'Kerry A. Person': 'kerry-a-person' }, organizations: {} };
    expect(getRedirects(input({ entityPins }), '/')).toEqual([{ from: '/officials/kerry-a-person/', to: '/officials/kerry-person/', label: 'Kerry Person', gone: false }]);
  });

  test('follows an organization rename before looking at names, and falls back to the index', () => {
    const entityPins = { officials: {}, organizations: { Amazon: 'amazon', 'Amazon Inc': 'amazon-inc', Zarubezhneft: 'zarubezhneft' } };
    const redirects = { ...none, organizations: { 'amazon-inc': 'amazon' } };
    expect(getRedirects(input({ entityPins, redirects }), '/')).toEqual([
      { from: '/organizations/amazon-inc/', to: '/organizations/amazon/', label: 'Amazon', gone: false },
      { from: '/organizations/zarubezhneft/', to: '/organizations/', label: 'Toutes les organisations', gone: true },
    ]);
  });
});

describe('renderRedirectPage', () => {
  const html = renderRedirectPage({ from: '/a/meetings/old/', to: '/a/meetings/new/', label: 'Tô Lâm & <Kerry>', gone: false }, 'https://x.org/a/meetings/new/');

  test('refreshes at once to the new page and names it canonical', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/a/meetings/new/">');
    expect(html).toContain('<link rel="canonical" href="https://x.org/a/meetings/new/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  test('shows a visible link with the escaped title of the new page', () => {
    expect(html).toContain('<a href="/a/meetings/new/">Tô Lâm &amp; &lt;Kerry&gt;</a>');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
  });
});

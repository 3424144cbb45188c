import { describe, expect, test } from 'vitest';
import { getMeetingsOfSource } from '../../src/lib/archive';
import { getLinkEntities } from '../../src/lib/entities';
import { pathTo } from '../../src/lib/permalinks';
import { rebaseArticle, renderArticle } from '../../src/markdown/render-article';
import type { Meeting } from '../../src/schemas/meeting';
import { fixtureArchive, meetingById, meetings, sourceTextById as source } from './_site-fixture';

describe('renderArticle', () => {
  test('leaves furniture out of the body and returns it apart', () => {
    const article = renderArticle(source('s0'), meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'), 1, []);
    expect(article.html).not.toContain('Photo : VNA');
    expect(article.furniture).toEqual(['Photo : VNA']);
    expect(article.highlighted).toBe(false);
  });

  test('highlights this meeting’s paragraphs and keeps the others out of the index', () => {
    const article = renderArticle(source('s2'), meetingById('2025-05-to-lam-kerry-person'), 2, []);
    expect(article.highlighted).toBe(true);
    expect(article.html).toContain('<p class="other-paragraph" data-pagefind-ignore="">Lors de sa rencontre avec Sergei');
    expect(article.html).toContain('<p class="meeting-paragraph">En rencontrant Kerry Person');
    expect(article.indexedText).toEqual([
      'Le secrétaire général Tô Lâm rencontre des entreprises',
      'En rencontrant Kerry Person, Tô Lâm a parlé de <script>alert(1)</script> {numérique}.',
    ]);
  });

  test('renders markup in the source as escaped text', () => {
    const article = renderArticle(source('s2'), meetingById('2025-05-to-lam-kerry-person'), 2, []);
    expect(article.html).toContain('&#x3C;script>alert(1)&#x3C;/script> {numérique}');
    expect(article.html).not.toContain('<script>');
  });

  test('shows a caption first line muted and unindexed', () => {
    const article = renderArticle(source('s1'), meetingById('2026-03-04-luong-tam-quang-kerry-person'), 1, []);
    expect(article.html.startsWith('<p class="article-caption" data-pagefind-ignore="">Lors de la réception. Photo : VNA</p>')).toBe(true);
    expect(article.indexedText).toEqual(['Luong Tam Quang a reçu Kerry Person, d’Amazon Web Services (AWS).']);
  });

  test('links the entities it is given', () => {
    const article = renderArticle(source('s4'), meetingById('2024-01-10-luong-tam-quang-kerry-person'), 1, [
      { href: '/officials/kerry-person/', kind: 'official', names: ['Kerry Person'] },
    ]);
    expect(article.html).toContain('<a href="/officials/kerry-person/" class="entity-link entity-official">Kerry Person</a>');
  });
});

describe('rebaseArticle', () => {
  const archive = fixtureArchive();
  const rendered = (base: string, meeting: Meeting, text = source(meeting.source)) =>
    renderArticle(text, meeting, getMeetingsOfSource(archive, meeting.source).length, getLinkEntities(archive, base, meeting));

  // Bases a site can be built under, one needing escapes in an attribute.
  const bases = ['/', '/en/', '/archive/', '/archive/en/', '/a&b"c/', '/a&b"c/en/'];

  // The links' targets start with the base as `pathTo` writes it (getLinkEntities).
  test.each(meetings.map((meeting) => [meeting.id, meeting] as const))('renders %s for another base as renderArticle does', (_, meeting) => {
    for (const from of bases) {
      const article = rendered(from, meeting);
      for (const to of bases) expect(rebaseArticle(article, pathTo(from), pathTo(to))).toEqual(rendered(to, meeting));
    }
  });

  test('the fixture links entities, so the comparison above covers links', () => {
    expect(meetings.filter((meeting) => rendered('/', meeting).html.includes('<a href="/')).length).toBeGreaterThanOrEqual(3);
  });

  test('leaves text that looks like a link alone', () => {
    const meeting = meetingById('2026-02-19-luong-tam-quang-shannon-kellogg');
    const text = { ...source('s0'), paragraphs: [{ text: 'Le lien <a href="/officials/luong-tam-quang/">Lương Tam Quang</a> cité.', furniture: false }] };
    const article = rendered('/', meeting, text);
    const rebased = rebaseArticle(article, '/', '/en/');
    expect(rebased).toEqual(rendered('/en/', meeting, text));
    expect(rebased.html).toContain('&#x3C;a href="/officials/luong-tam-quang/">');
    expect(rebased.html).toContain('<a href="/en/officials/luong-tam-quang/" class="entity-link entity-official">Lương Tam Quang</a>');
  });

  test('returns the article itself for the same base', () => {
    const article = rendered('/', meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'));
    expect(rebaseArticle(article, '/', '/')).toBe(article);
  });
});

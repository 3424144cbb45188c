import { describe, expect, test } from 'vitest';
import { getMeetingPageData } from '../../src/lib/meeting-page';
import { fixtureArchive, meetingById, sourceTextById } from './_site-fixture';

/** A fixture meeting's page data, its source text read as a page reads it. */
const pageOf = (base: string, id: string) => {
  const meeting = meetingById(id);
  return getMeetingPageData(fixtureArchive(), base, meeting, sourceTextById(meeting.source));
};

describe('getMeetingPageData', () => {
  test('links the source text and the other meetings of the same article', () => {
    const page = pageOf('/r/', '2025-05-to-lam-sergei-kudryashov');
    expect(page.sourceHref).toBe('/r/sources/s2.txt');
    expect(page.siblings.map((m) => m.id)).toEqual(['2025-05-to-lam-kerry-person']);
    expect(page.article?.highlighted).toBe(true);
  });

  test('links mentions in the article text to the meeting’s entities', () => {
    const page = pageOf('/', '2026-02-19-luong-tam-quang-shannon-kellogg');
    expect(page.article?.html).toContain('<a href="/officials/luong-tam-quang/" class="entity-link entity-official">Lương</a> a salué');
    expect(page.article?.html).toContain('<a href="/organizations/ministere-securite-publique/" class="entity-link entity-organization">ministère de la Police</a>');
  });

  test('indexes the words after elisions and the theme labels invisibly', () => {
    const page = pageOf('/', '2026-02-19-luong-tam-quang-shannon-kellogg');
    // The fixture meeting's text writes "d’Amazon"; its themes are numerique and cybersecurite (tests/unit/_site-fixture.ts).
    expect(page.search?.extraSearchTerms).toEqual(['Amazon', 'Numérique', 'Cybersécurité']);
    expect(page.search?.facts.sort).toBe('date:2026-02-19');
  });

  test('leaves out what only the search index reads on a page it does not index', () => {
    const meeting = meetingById('2026-02-19-luong-tam-quang-shannon-kellogg');
    const page = getMeetingPageData(fixtureArchive(), '/en/', meeting, sourceTextById(meeting.source), false);
    expect(page.search).toBeNull();
    expect(page.article?.html).toContain('<a href="/en/officials/luong-tam-quang/"');
  });

  test('has no article when the source is missing', () => {
    const page = getMeetingPageData({ ...fixtureArchive(), source: new Map() }, '/', meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'), null);
    expect(page.article).toBeNull();
  });
});

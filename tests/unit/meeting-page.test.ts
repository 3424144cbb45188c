import { describe, expect, test, vi } from 'vitest';
import { localizeArchive } from '../../src/i18n/localize-archive';
import { getMeetingPageData, RecentMeetingTexts, renderMeetingText } from '../../src/lib/meeting-page';
import { createArchive } from '../../src/lib/archive';
import { data, fixtureArchive, meetingById, meetings, sourceTextById } from './_site-fixture';

/** A fixture meeting's page data, its source text read as a page reads it. */
const pageOf = (base: string, id: string) => {
  const meeting = meetingById(id);
  return getMeetingPageData(fixtureArchive(), base, meeting, renderMeetingText(fixtureArchive(), base, meeting, sourceTextById(meeting.source)));
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
    const page = getMeetingPageData(fixtureArchive(), '/en/', meeting, renderMeetingText(fixtureArchive(), '/en/', meeting, sourceTextById(meeting.source)), false);
    expect(page.search).toBeNull();
    expect(page.article?.html).toContain('<a href="/en/officials/luong-tam-quang/"');
  });

  test('has no article when the source is missing', () => {
    const archive = { ...fixtureArchive(), source: new Map() };
    const meeting = meetingById('2026-02-19-luong-tam-quang-shannon-kellogg');
    const page = getMeetingPageData(archive, '/', meeting, renderMeetingText(archive, '/', meeting, null));
    expect(page.article).toBeNull();
  });
});

describe('RecentMeetingTexts', () => {
  const french = fixtureArchive();
  const english = localizeArchive(french, 'en');
  /** A meeting's text as its page in one language gets it: from the archive that page is rendered from. */
  const textOf = (recent: RecentMeetingTexts, archive: typeof french, base: string, id: string) => {
    const meeting = archive.meeting.get(id)!;
    const render = vi.fn(() => renderMeetingText(archive, base, meeting, sourceTextById(meeting.source)));
    return { text: recent.get(meeting, archive.source.get(meeting.source), base, render), render };
  };

  test.each(meetings.map((meeting) => [meeting.id] as const))('gives the English page of %s what rendering it would, without rendering', (id) => {
    const recent = new RecentMeetingTexts(4);
    expect(textOf(recent, french, '/', id).render).toHaveBeenCalledTimes(1);
    const { text, render } = textOf(recent, english, '/en/', id);
    expect(render).not.toHaveBeenCalled();
    const meeting = english.meeting.get(id)!;
    expect(text).toEqual(renderMeetingText(english, '/en/', meeting, sourceTextById(meeting.source)));
  });

  test('renders again for another record of the source: an archive loaded again', () => {
    const recent = new RecentMeetingTexts(4);
    const id = '2026-02-19-luong-tam-quang-shannon-kellogg';
    textOf(recent, french, '/', id);
    const reloaded = createArchive({ ...data, sources: data.sources.map((record) => ({ ...record })) });
    expect(textOf(recent, reloaded, '/', id).render).toHaveBeenCalledTimes(1);
  });

  test('keeps only the last meetings', () => {
    const recent = new RecentMeetingTexts(2);
    const [first, second, third] = meetings.map((meeting) => meeting.id);
    for (const id of [first!, second!, third!]) textOf(recent, french, '/', id);
    expect(textOf(recent, english, '/en/', third!).render).not.toHaveBeenCalled();
    expect(textOf(recent, english, '/en/', second!).render).not.toHaveBeenCalled();
    expect(textOf(recent, english, '/en/', first!).render).toHaveBeenCalledTimes(1);
  });
});

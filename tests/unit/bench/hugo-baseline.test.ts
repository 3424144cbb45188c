import { describe, expect, test } from 'vitest';
import { HUGO_CONFIG, HUGO_LAYOUTS, HUGO_TAXONOMIES, hugoMeetingPage } from '../../../src/bench/hugo-baseline';
import { meetingById, meetings, sourceTextById } from '../_site-fixture';

/** Splits a page source as Hugo does for JSON front matter: the object that opens the file, then the body. */
function readPage(page: string): { frontMatter: Record<string, unknown>; body: string } {
  const end = page.indexOf('\n}\n') + 2;
  return { frontMatter: JSON.parse(page.slice(0, end)) as Record<string, unknown>, body: page.slice(end).trim() };
}

describe('hugoMeetingPage', () => {
  test.each(meetings.map((meeting) => [meeting.id]))('%s: its terms, participants and article', (id) => {
    const meeting = meetingById(id);
    const source = sourceTextById(meeting.source);
    const { frontMatter, body } = readPage(hugoMeetingPage(meeting, source.paragraphs));
    expect(frontMatter['title']).toBe(meeting.title);
    expect(frontMatter['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(frontMatter['date']).startsWith(meeting.date)).toBe(true);
    expect(frontMatter['officials']).toEqual([...new Set(meeting.participants.map((participant) => participant.official))]);
    for (const taxonomy of ['themes', 'organizations', 'countries'] as const) expect(frontMatter[taxonomy]).toEqual(meeting[taxonomy]);
    expect(frontMatter['participants']).toHaveLength(meeting.participants.length);
    expect(body.split('\n\n')).toEqual(source.paragraphs.map((paragraph) => paragraph.text));
  });

  test('a month-precision meeting is dated on the first of its month', () => {
    const meeting = meetings.find((candidate) => candidate.date.length === 7);
    expect(meeting).toBeDefined();
    expect(readPage(hugoMeetingPage(meeting!, [])).frontMatter['date']).toBe(`${meeting!.date}-01`);
  });
});

describe('the plain site', () => {
  test('declares the taxonomies that a meeting page lists in its front matter, and links each term to its page', () => {
    const declared = Object.fromEntries([...HUGO_CONFIG.split('[taxonomies]\n')[1]!.matchAll(/^(\w+) = "(\w+)"$/gm)].map((line) => [line[1], line[2]]));
    expect(declared).toEqual(HUGO_TAXONOMIES);
    const frontMatter = readPage(hugoMeetingPage(meetings[0]!, [])).frontMatter;
    for (const plural of Object.values(HUGO_TAXONOMIES)) {
      expect(Array.isArray(frontMatter[plural])).toBe(true);
      expect(HUGO_LAYOUTS['single.html']).toContain(`"${plural}"`);
    }
    expect(HUGO_LAYOUTS['single.html']).toContain('data-pagefind-body');
    expect(Object.keys(HUGO_LAYOUTS).sort()).toEqual(['baseof.html', 'list.html', 'single.html']);
  });
});

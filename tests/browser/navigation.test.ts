import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldText, goldParticipants, namesMatch, projectRoot, readGolds, type SeedGold } from '../helpers';
import {
  basePath,
  launchChromium,
  linkByFoldedName,
  linksIn,
  meetingLinkPaths,
  openPage,
  ownParagraphs,
  readGeneratedArchive,
  readOpenData,
  recordPath,
  serveDist,
  type OpenDataRecord,
  type StaticSite,
  type TestBrowser,
} from './helpers';

let site: StaticSite;
let browser: TestBrowser;
let records: OpenDataRecord[];
const golds: SeedGold[] = readGolds();

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  records = readOpenData();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The gold meetings (required ones) in which an official with this name takes part. */
function goldMeetingsOf(name: string) {
  return golds.flatMap((gold) =>
    gold.meetings
      .filter((meeting) => !meeting.optional && goldParticipants(meeting).some((p) => namesMatch(p.name, name)))
      .map((meeting) => ({ source: gold.source, meeting })),
  );
}

/** The site's records of meeting pages linked in `scope`, restricted to sources that have a gold file. */
async function linkedGoldSourceRecords(scope: Locator): Promise<OpenDataRecord[]> {
  const goldSources = new Set(golds.map((gold) => gold.source));
  const paths = await meetingLinkPaths(scope);
  return paths.map((path) => {
    const record = records.find((candidate) => recordPath(candidate) === path);
    if (!record) throw new Error(`the page links to ${path}, which dist/data/meetings.json does not list`);
    return record;
  }).filter((record) => goldSources.has(record.source));
}

describe('home page', () => {
  test('shows the archive heading and the ways in, with an empty console', async () => {
    // The reader opens the home page.
    const { page, problems } = await openPage(browser, site, site.url('/'));
    // They see the archive's main heading.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/\S/);
    expect(await page.title()).toMatch(/Rencontres/);
    // They find links to the officials, themes and meetings indexes.
    const hrefs = (await linksIn(page.locator('body'))).map((link) => link.path);
    for (const index of ['officials/', 'themes/', 'meetings/']) expect(hrefs).toContain(`${basePath}${index}`);
    // Nothing went wrong in the console or the network.
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('official pages', () => {
  test('lead from the officials index to Lương Tam Quang, his meetings, and one meeting page', async () => {
    const expected = goldMeetingsOf('Luong Tam Quang');
    expect(expected.length).toBeGreaterThan(0);
    // The reader opens the officials index.
    const { page, problems } = await openPage(browser, site, site.url('/officials/'));
    // They click Lương Tam Quang's name, however the page spells it.
    await (await linkByFoldedName(page.getByRole('main'), 'Luong Tam Quang')).click();
    await page.waitForURL(/\/officials\/[^/]+\/$/);
    expect(foldText((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')).toContain('luong tam quang');
    // They see his meetings listed, the same ones as the gold annotations, with their dates.
    const main = page.getByRole('main');
    const listed = await linkedGoldSourceRecords(main);
    expect(listed.map((record) => record.date).sort()).toEqual(expected.map(({ meeting }) => meeting.date).sort());
    const shownDates = await main.locator('time[datetime]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    for (const { meeting } of expected) expect(shownDates).toContain(meeting.date);
    // They follow the link to one meeting (the first gold meeting in text order).
    const target = expected[0]!;
    const record = listed.find((candidate) => candidate.source === target.source && candidate.date === target.meeting.date)!;
    expect(record).toBeDefined();
    await main.getByRole('link', { name: record.title, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === recordPath(record));
    // The meeting page shows its title, its date and its participants, linked to their pages.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(record.title);
    const dates = await page.getByRole('main').locator('time[datetime]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates).toContain(target.meeting.date);
    const links = await linksIn(page.getByRole('main'));
    for (const participant of goldParticipants(target.meeting)) {
      const official = links.filter((link) => namesMatch(link.text, participant.name) && /\/officials\/[^/]+\/$/.test(link.path));
      expect(official, `a link to ${participant.name}'s page`).not.toEqual([]);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  test('Tô Lâm’s page lists the meetings the gold annotations give him', async () => {
    const expected = goldMeetingsOf('Tô Lâm');
    // The reader opens the officials index and clicks Tô Lâm.
    const { page, problems } = await openPage(browser, site, site.url('/officials/'));
    await (await linkByFoldedName(page.getByRole('main'), 'To Lam')).click();
    await page.waitForURL(/\/officials\/[^/]+\/$/);
    // They see as many meetings as the gold annotations have, with the same dates.
    const listed = await linkedGoldSourceRecords(page.getByRole('main'));
    expect(listed).toHaveLength(expected.length);
    expect(listed.map((record) => record.date).sort()).toEqual(expected.map(({ meeting }) => meeting.date).sort());
    // Each listed meeting has the counterpart the gold gives it.
    const counterparts = listed.map((record) => record.participants.filter((p) => p.side === 'foreign').map((p) => p.name));
    for (const { meeting } of expected) {
      const wanted = meeting.foreign_side.map((p) => p.name);
      expect(counterparts.some((names) => wanted.every((w) => names.some((n) => namesMatch(n, w))))).toBe(true);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

/** A date as its sort key: a month-precision date counts as the month's first day (src/lib/archive.ts). */
const sortKey = (date: string) => (date.length === 7 ? `${date}-01` : date);

describe('listings', () => {
  test("a theme's page lists all its meetings newest first, on one page when they are few", async () => {
    // The theme with the most meetings in the built archive.
    const counts = new Map<string, number>();
    for (const record of records) for (const theme of record.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    const [theme] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const expected = records.filter((record) => record.themes.includes(theme));
    expect(expected.length).toBeLessThanOrEqual(100);
    // The reader opens the themes index and follows the link to that theme.
    const { page, problems } = await openPage(browser, site, site.url('/themes/'));
    await page.getByRole('main').locator(`a[href="${basePath}themes/${theme}/"]`).click();
    await page.waitForURL((url) => url.pathname === `${basePath}themes/${theme}/`);
    // Every meeting of the theme is listed once, newest first.
    const list = page.locator('.meeting-list');
    expect(await meetingLinkPaths(list)).toEqual(expected.map(recordPath).sort());
    const dates = await list.locator('time[datetime]').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual(expected.map((record) => record.date).sort((a, b) => sortKey(b).localeCompare(sortKey(a))));
    // With a single page, there is no pagination to show.
    await expect(page.getByRole('navigation', { name: 'Pages de la liste' }).count()).resolves.toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  test("a year's page lists its months, each leading to a page of exactly that month's meetings", async () => {
    const year = records.map((record) => record.date.slice(0, 4)).sort().at(-1)!;
    const months = [...new Set(records.filter((record) => record.date.startsWith(year)).map((record) => record.date.slice(0, 7)))].sort().reverse();
    // The reader opens the meetings page and follows the link to the latest year's page.
    const { page, problems } = await openPage(browser, site, site.url('/meetings/'));
    await page.getByRole('main').locator(`a[href="${basePath}years/${year}/"]`).first().click();
    await page.waitForURL((url) => url.pathname === `${basePath}years/${year}/`);
    // They see the year's months, newest first, each with its count of meetings.
    const items = page.getByRole('main').locator('.month-links li');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(months.map((month) => `mois-${month}`));
    for (const month of months) {
      const count = records.filter((record) => record.date.startsWith(month)).length;
      await expect(page.locator(`#mois-${month}`).textContent()).resolves.toMatch(new RegExp(`\\(${count} rencontres?\\)`));
    }
    // They follow the oldest month of the year to its page, which lists exactly that month's meetings.
    const month = months.at(-1)!;
    await page.locator(`#mois-${month} a`).click();
    await page.waitForURL((url) => url.pathname === `${basePath}years/${year}/${month.slice(5)}/`);
    const expected = records.filter((record) => record.date.startsWith(month)).map(recordPath).sort();
    expect(await meetingLinkPaths(page.getByRole('main'))).toEqual(expected);
    // The link back leads to the month on its year's page, where links to the old month sections still land.
    await page.getByRole('main').getByRole('link', { name: `Tous les mois de ${year}` }).click();
    await page.waitForURL((url) => url.pathname === `${basePath}years/${year}/` && url.hash === `#mois-${month}`);
    await expect(page.locator(`#mois-${month}`).isVisible()).resolves.toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('article texts', () => {
  test('every meeting page shows its paragraphs as plain text, exactly as written', async () => {
    const { meetings, sources } = readGeneratedArchive();
    for (const record of records) {
      const meeting = meetings.find((candidate) => candidate.id === record.id)!;
      // The reader opens the meeting page.
      const { page, problems } = await openPage(browser, site, `${site.origin}${recordPath(record)}`);
      // Every paragraph of the article that reports the meeting reads as in the source (typographic
      // apostrophes, dashes, `...` included), and no text was compiled into markup: the `>>` related-link
      // lines of seed 003 would become quotes if the text went through Markdown.
      const main = page.getByRole('main');
      const shown = (await main.innerText()).replace(/\s+/g, ' ');
      for (const paragraph of ownParagraphs(meeting, sources)) expect(shown).toContain(paragraph.replace(/\s+/g, ' '));
      await expect(main.locator('blockquote, script, iframe').count()).resolves.toBe(0);
      await page.close();
      expect(problems).toEqual([]);
    }
  });
});

describe('source texts', () => {
  test('every seed’s untouched source text is served at /sources/<id>.txt', async () => {
    for (const { source } of golds) {
      // The reader follows the provenance link of a meeting to its source text.
      const response = await fetch(site.url(`/sources/${source}.txt`));
      expect(response.status).toBe(200);
      // They get the file exactly as received, byte for byte.
      const served = Buffer.from(await response.arrayBuffer());
      expect(served.equals(readFileSync(join(projectRoot, 'content/sources', `${source}.txt`)))).toBe(true);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldText, namesMatch, projectRoot, readGolds } from '../helpers';
import {
  basePath,
  launchChromium,
  linkByFoldedName,
  linksIn,
  openPage,
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
const golds = readGolds();

/** English theme labels, straight from the data file (slug → label_en). */
const englishThemes = new Map(
  readFileSync(join(projectRoot, 'content/data/themes.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([slug, , labelEn]) => [slug!, labelEn!]),
);

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  records = readOpenData();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The page's hreflang alternates, as site paths. */
async function alternates(page: import('playwright-core').Page): Promise<Record<string, string>> {
  const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('hreflang')!, new URL(node.getAttribute('href')!).pathname] as const),
  );
  return Object.fromEntries(links);
}

describe('language switch', () => {
  test('keeps the reader on the same meeting, with English labels and the French article', async () => {
    // A gold meeting whose French title was generated from its participants ("X reçoit Y", "X rencontre Y").
    const pairs = golds.flatMap((gold) => gold.meetings.filter((meeting) => !meeting.optional).map((meeting) => ({ gold, meeting })));
    const found = pairs
      .map(({ gold, meeting }) => ({ meeting, record: records.find((candidate) => candidate.source === gold.source && candidate.date === meeting.date && meeting.foreign_side.some((p) => candidate.participants.some((q) => namesMatch(p.name, q.name)))) }))
      .find(({ meeting, record }) => record && /^\S.* (reçoit|rencontre) /u.test(record.title) && meeting.foreign_side.some((p) => foldText(record.title).includes(foldText(p.name))));
    expect(found).toBeDefined();
    const { meeting: goldMeeting, record } = found as { meeting: (typeof pairs)[number]['meeting']; record: OpenDataRecord };
    // The reader opens the meeting in French.
    const { page, problems } = await openPage(browser, site, site.url(recordPath(record).slice(basePath.length)));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // They choose English in the language switch.
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === `${basePath}en/meetings/${record.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The interface speaks English: the main navigation and the participant sides.
    const main = page.getByRole('main');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Meetings' }).isVisible()).resolves.toBe(true);
    await expect(main.getByRole('heading', { name: 'Vietnamese side' }).isVisible()).resolves.toBe(true);
    // The generated title is rebuilt in English and still names the gold foreign participant.
    const title = (await main.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(title).toMatch(/ (receives?|meets?) /);
    expect(goldMeeting.foreign_side.some((participant) => foldText(title).includes(foldText(participant.name)))).toBe(true);
    // Themes carry the English labels of the data file, and links stay in English.
    for (const link of await linksIn(main)) {
      const theme = link.path.match(new RegExp(`^${basePath}en/themes/([^/]+)/$`))?.[1];
      if (theme) expect(link.text).toBe(englishThemes.get(decodeURIComponent(theme)));
      expect(link.path.startsWith(`${basePath}themes/`) || link.path.startsWith(`${basePath}officials/`)).toBe(false);
    }
    // The article text is the French one, marked as French.
    await expect(main.locator('.article-text[lang="fr"]').count()).resolves.toBe(1);
    // The page declares both versions for search engines.
    expect(await alternates(page)).toEqual({ fr: `${basePath}meetings/${record.id}/`, en: `${basePath}en/meetings/${record.id}/`, 'x-default': `${basePath}meetings/${record.id}/` });
    // Switching back leads to the same French meeting.
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL((url) => url.pathname === recordPath(record));
    await page.close();
    expect(problems).toEqual([]);
  });

  test('keeps the reader on the same official page', async () => {
    // The reader opens the English officials index and picks Lương Tam Quang.
    const { page, problems } = await openPage(browser, site, site.url('/en/officials/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Officials');
    await (await linkByFoldedName(page.getByRole('main'), 'Luong Tam Quang')).click();
    await page.waitForURL(new RegExp(`${basePath}en/officials/[^/]+/$`));
    const englishPath = new URL(page.url()).pathname;
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(foldText(heading)).toContain('luong tam quang');
    // They switch to French and land on the same person's page.
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL((url) => url.pathname === englishPath.replace(`${basePath}en/`, basePath));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('English search', () => {
  test('speaks English and leads to the English meeting pages', { timeout: 60_000 }, async () => {
    // The reader opens the English search page with a theme filter in the URL.
    const theme = records.find((record) => record.themes.length > 0)!.themes[0]!;
    const label = readFileSync(join(projectRoot, 'content/data/themes.tsv'), 'utf8').split('\n').find((line) => line.startsWith(`${theme}\t`))!.split('\t')[1]!;
    const { page, problems } = await openPage(browser, site, site.url(`/en/search/?theme=${encodeURIComponent(label)}`));
    // The form is labelled in English.
    await expect(page.getByRole('searchbox', { name: 'Search' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Years' }).isVisible()).resolves.toBe(true);
    // The results are that theme's meetings, linked to their English pages.
    const expected = records.filter((record) => record.themes.includes(theme)).map((record) => recordPath(record).replace(basePath, `${basePath}en/`)).sort();
    const results = page.locator('.search-results a');
    await expect.poll(async () => (await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).sort(), { timeout: 15_000 }).toEqual(expected);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/meetings? found/);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('chart links', () => {
  test("a month bar on the home page leads to that month's meetings, as many as the bar says", async () => {
    // The reader opens the home page and finds the meetings-per-month chart.
    const { page, problems } = await openPage(browser, site, site.url('/'));
    const chart = page.locator('figure', { has: page.getByRole('group', { name: 'Rencontres par mois' }) });
    const bars = chart.locator('svg a');
    expect(await bars.count()).toBeGreaterThan(0);
    // Its table gives the same numbers as the open data.
    const rows = await chart.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td')!.textContent)));
    expect(rows.reduce((sum, count) => sum + count, 0)).toBe(records.length);
    // They follow the first bar.
    const href = (await bars.first().getAttribute('href'))!;
    const key = href.match(/\/years\/(\d{4})\/(\d{2})\/$/)?.slice(1, 3).join('-');
    expect(key).toBeDefined();
    const label = (await bars.first().locator('title').textContent())!;
    const count = Number(label.match(/(\d+)$/)![1]);
    expect(count).toBe(records.filter((record) => record.date.startsWith(key!)).length);
    await bars.first().click();
    await page.waitForURL((url) => url.pathname === `${basePath}years/${key!.slice(0, 4)}/${key!.slice(5, 7)}/`);
    // The month's page lists exactly the meetings of that month.
    const listed = (await linksIn(page.locator('.meeting-list'))).map((link) => link.path).sort();
    expect(listed).toEqual(records.filter((record) => record.date.startsWith(key!)).map(recordPath).sort());
    await page.close();
    expect(problems).toEqual([]);
  });

  test("a node of an official's network leads to a counterpart met in the gold annotations", async () => {
    // The reader opens Lương Tam Quang's page in English.
    const { page: index, problems } = await openPage(browser, site, site.url('/en/officials/'));
    await (await linkByFoldedName(index.getByRole('main'), 'Luong Tam Quang')).click();
    await index.waitForURL(new RegExp(`${basePath}en/officials/[^/]+/$`));
    const chart = index.locator('figure', { has: index.getByRole('group', { name: /counterparts/ }) });
    // Every node is a link; the people among them are his gold counterparts.
    const goldCounterparts = golds.flatMap((gold) => gold.meetings.filter((meeting) => meeting.vietnamese_side.some((p) => namesMatch(p.name, 'Luong Tam Quang'))).flatMap((meeting) => meeting.foreign_side.map((p) => p.name)));
    const people = chart.locator(`svg a[href^="${basePath}en/officials/"]`);
    expect(await people.count()).toBeGreaterThan(0);
    const name = ((await people.first().locator('title').textContent()) ?? '').replace(/:\s*\d+$/, '');
    expect(goldCounterparts.some((gold) => namesMatch(gold, name))).toBe(true);
    // They follow the node and land on that person's page, still in English.
    await people.first().click();
    await index.waitForURL(new RegExp(`${basePath}en/officials/[^/]+/$`));
    await expect(index.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    expect(await index.getAttribute('html', 'lang')).toBe('en');
    await index.close();
    expect(problems).toEqual([]);
  });
});

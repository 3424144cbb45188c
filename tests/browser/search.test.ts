import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldText, goldParticipants, namesMatch, projectRoot, readGolds } from '../helpers';
import {
  launchChromium,
  linksIn,
  meetingLinkPaths,
  openPage,
  readMeetingTexts,
  readOpenData,
  readThemes,
  recordPath,
  recordPaths,
  serveDist,
  textMatches,
  type OpenDataRecord,
  type StaticSite,
  type TestBrowser,
  waitForSearchDone,
} from './helpers';

let site: StaticSite;
let browser: TestBrowser;
let records: OpenDataRecord[];
let texts: Map<string, string>;
const golds = readGolds();
/** Search results appear asynchronously: how long to wait for the list to settle. */
const searchTimeout = { timeout: 15_000, interval: 250 };

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  records = readOpenData();
  texts = readMeetingTexts(records);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Meeting pages that a search for `query` must return: the site's own text of the meeting matches. */
function expectedFor(query: string, theme?: string): string[] {
  return recordPaths(
    records.filter((record) => (theme && record.themes.includes(theme)) || textMatches(texts.get(record.id)!, query)),
  );
}

/** The meeting pages listed as results on the search page, after asking for more until all are shown. */
async function listedResults(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Plus de résultats' });
  while (await more.isVisible()) await more.click();
  return meetingLinkPaths(page.getByRole('main'));
}

/** Sortable form of a date: month-precision dates count as the 1st. */
function dateKey(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** Dates of the listed results, in the order shown. */
async function resultDates(page: Page): Promise<string[]> {
  const paths = (await linksIn(page.getByRole('main').getByRole('listitem'))).map((link) => link.path);
  return paths.flatMap((path) => records.filter((r) => recordPath(r) === path).map((r) => dateKey(r.date)));
}

/** Opens the search page and waits, as a reader does, until its status line says the search is ready. */
async function openSearch(path: string) {
  const watched = await openPage(browser, site, site.url(path));
  const status = watched.page.getByRole('status');
  await expect.poll(async () => (await status.innerText()).trim(), searchTimeout).toMatch(/^(?!Recherche…$)\S/);
  return watched;
}

/** Types a query into the search box the way a reader does. */
async function typeQuery(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Rechercher' });
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
}

/** For each result from a source that has a gold annotation, the gold meeting it is (by counterparts),
 * as `source#index`; results of optional or unknown meetings in sources with optional ones are left out. */
function goldKeysOf(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const record = records.find((candidate) => recordPath(candidate) === path)!;
    const gold = golds.find((candidate) => candidate.source === record.source);
    if (!gold) return [];
    const index = gold.meetings.findIndex(
      (meeting) =>
        meeting.foreign_side.length > 0 &&
        meeting.foreign_side.every((wanted) => record.participants.some((p) => namesMatch(p.name, wanted.name))),
    );
    if (index >= 0 && !gold.meetings[index]!.optional) return [`${gold.source}#${index}`];
    if (gold.meetings.some((meeting) => meeting.optional)) return [];
    return [`${gold.source}#unmatched:${record.title}`];
  });
}

describe('search page', () => {
  test('a search for "cybersécurité" lists the meetings that discuss it', async () => {
    const expected = expectedFor('cybersécurité', 'cybersecurite');
    expect(expected.length).toBeGreaterThan(0);
    // The reader opens the search page and types the word.
    const { page, problems } = await openSearch('/search/');
    await typeQuery(page, 'cybersécurité');
    // The results are exactly the meetings the site tags with the theme or whose text has the word.
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(expected);
    // On the seed articles, these are the meetings the gold annotations say discuss cybersecurity.
    const goldCyber = golds.flatMap((gold) =>
      gold.meetings.flatMap((meeting, index) =>
        !meeting.optional && meeting.themes.includes('cybersecurite') ? [`${gold.source}#${index}`] : [],
      ),
    );
    expect(goldKeysOf(expected).sort()).toEqual(goldCyber.sort());
    // The query is in the address, so the search can be shared.
    expect([...new URL(page.url()).searchParams.values()]).toContain('cybersécurité');
    await page.close();
    expect(problems).toEqual([]);
  });

  test('what a reader types while the search index is still loading is kept and searched', async () => {
    const expected = expectedFor('Luong');
    // The search index arrives slowly, as on a poor connection.
    const { page, problems } = await openPage(browser, site, site.url('/search/'), (slow) =>
      slow.route('**/pagefind.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      }),
    );
    // The reader types at once, before the page says it is ready.
    await typeQuery(page, 'Luong');
    // The query is still in the box, and its results come once the index is there.
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(expected);
    await expect(page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()).resolves.toBe('Luong');
    await page.close();
    expect(problems).toEqual([]);
  });

  test('ticking a theme lists exactly its meetings, keeps it in the URL, and survives a reload', async () => {
    // Pick the theme with most meetings that is not on every meeting, so the list visibly changes.
    const counts = readThemes()
      .map((theme) => ({ theme, paths: recordPaths(records.filter((r) => r.themes.includes(theme.id))) }))
      .filter(({ paths }) => paths.length > 0 && paths.length < records.length)
      .sort((a, b) => b.paths.length - a.paths.length || a.theme.id.localeCompare(b.theme.id));
    const { theme, paths: expected } = counts[0]!;
    // The reader opens the search page without typing anything.
    const { page, problems } = await openSearch('/search/');
    // They tick the theme in the "Thèmes" group.
    const box = page.getByRole('group', { name: 'Thèmes' }).getByRole('checkbox', { name: new RegExp(`^${theme.label}\\b`) });
    await box.check();
    // The results are exactly the meetings with that theme.
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(expected);
    // The address carries the filter.
    const values = [...new URL(page.url()).searchParams.values()];
    expect(values.some((value) => value === theme.label || value === theme.id)).toBe(true);
    // Reloading the address restores the ticked box and the same results.
    await waitForSearchDone(page);
    await page.reload();
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(expected);
    expect(await page.getByRole('group', { name: 'Thèmes' }).getByRole('checkbox', { name: new RegExp(`^${theme.label}\\b`) }).isChecked()).toBe(true);
    // Sorted by relevance, the choice is in the address too.
    const sort = page.getByRole('combobox', { name: 'Trier par' });
    await sort.selectOption({ label: 'Pertinence' });
    await expect.poll(() => [...new URL(page.url()).searchParams.values()], searchTimeout).toContain('relevance');
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(expected);
    // Sorted by date, the newest meeting comes first.
    const byDate = (await sort.getByRole('option').allInnerTexts()).find((label) => /date/i.test(label))!;
    await sort.selectOption({ label: byDate });
    await expect.poll(() => resultDates(page), searchTimeout).toEqual(
      records.filter((r) => expected.includes(recordPath(r))).map((r) => dateKey(r.date)).sort().reverse(),
    );
    await waitForSearchDone(page);
    await page.close();
    expect(problems).toEqual([]);
  });

  test('an official filter alone, with no query, lists that official’s meetings', async () => {
    const toLam = records.filter((record) => record.participants.some((p) => namesMatch(p.name, 'Tô Lâm')));
    expect(toLam.length).toBeGreaterThan(0);
    // The reader opens the search page with an empty query.
    const { page, problems } = await openSearch('/search/');
    await expect(page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()).resolves.toBe('');
    // They tick Tô Lâm in the "Officiels" group (the label may carry diacritics and a count).
    const group = page.getByRole('group', { name: 'Officiels' });
    const labels = await group.getByRole('checkbox').evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.innerText ?? box.getAttribute('aria-label') ?? ''),
    );
    const index = labels.findIndex((label) => foldText(label).startsWith('to lam'));
    expect(index, `a "Tô Lâm" checkbox among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await group.getByRole('checkbox').nth(index).check();
    // The results are his meetings, browsed by the filter alone.
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(recordPaths(toLam));
    await page.close();
    expect(problems).toEqual([]);
  });

  test.each([
    { query: 'Luong', why: 'finds Lương Tam Quang’s meetings' },
    { query: 'ambassadeur', why: 'finds the meeting where “l’ambassadeur” is written' },
    { query: 'Lương', why: 'finds the meetings whose text writes “Luong”' },
    { query: 'Lam', why: 'finds Tô Lâm’s meetings' },
    // A theme's label is indexed with its meetings, so the unaccented label also finds the meetings of that theme.
    { query: 'cybersecurite', why: 'finds the meetings whose text writes “cybersécurité” or that discuss it', theme: 'cybersecurite' },
  ])('accents and elisions do not matter: "$query" $why', async ({ query, theme }: { query: string; why: string; theme?: string }) => {
    const expected = expectedFor(query, theme);
    // The seed articles that have the word, with or without accents or an elided article, are among them.
    const seedsWithWord = golds
      .map((gold) => gold.source)
      .filter((source) => textMatches(readFileSync(join(projectRoot, 'content/sources', `${source}.txt`), 'utf8'), query));
    expect(seedsWithWord.length).toBeGreaterThan(0);
    for (const source of seedsWithWord) {
      expect(expected.some((path) => records.find((r) => recordPath(r) === path)!.source === source)).toBe(true);
    }
    // The reader types the word without accents.
    const { page, problems } = await openSearch('/search/');
    await typeQuery(page, query);
    // They get every meeting whose text has it, accented or elided.
    await expect.poll(() => listedResults(page), searchTimeout).toEqual(expected);
    await page.close();
    expect(problems).toEqual([]);
  });

  test('"Luong" finds as many meetings as the gold annotations give Lương Tam Quang', async () => {
    const goldCount = golds.flatMap((gold) =>
      gold.meetings.filter((m) => !m.optional && goldParticipants(m).some((p) => namesMatch(p.name, 'Lương Tam Quang'))),
    ).length;
    // The expectation computed from the site's data agrees with the hand-made annotations.
    const fromGoldSources = expectedFor('Luong').filter((path) =>
      golds.some((gold) => gold.source === records.find((r) => recordPath(r) === path)!.source),
    );
    expect(fromGoldSources).toHaveLength(goldCount);
  });
});

describe('Pagefind JS API', () => {
  test('search("cybersécurité") returns the same meeting pages', async () => {
    const expected = expectedFor('cybersécurité', 'cybersecurite');
    // A script on the search page loads each bundle of the index (listed in the page) and searches them all.
    const { page, problems } = await openPage(browser, site, site.url('/search/'));
    const bundles = JSON.parse((await page.locator('[data-bundles]').getAttribute('data-bundles')) ?? '[]') as { path: string }[];
    expect(bundles.length).toBeGreaterThan(0);
    // A string, so that vitest does not rewrite the dynamic import meant for the browser.
    const urls = (await page.evaluate(`(async () => {
      const bundles = ${JSON.stringify(bundles.map((bundle) => site.url(`/${bundle.path}`)))};
      const pagefind = await import(bundles[0] + 'pagefind.js');
      const found = [];
      for (const basePath of bundles) {
        const search = await pagefind.createInstance({ basePath, baseUrl: ${JSON.stringify(site.url('/'))} }).search('cybersécurité');
        found.push(...(await Promise.all(search.results.map((result) => result.data()))).map((entry) => entry.url));
      }
      return found;
    })()`)) as string[];
    expect(urls.map((url) => new URL(url, site.origin).pathname).sort()).toEqual(expected);
    await page.close();
    expect(problems).toEqual([]);
  });
});

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makePortable } from '../../src/io/make-portable';
import { FILES_CACHE, PAGES_CACHE } from '../../src/lib/offline';
import { renderRedirectPage } from '../../src/lib/redirects';
import { foldText } from '../helpers';
import {
  basePath,
  distDir,
  launchChromium,
  linkByFoldedName,
  openPage,
  readOpenData,
  recordPath,
  serveDist,
  type OpenDataRecord,
  type StaticSite,
  type TestBrowser,
} from './helpers';

let site: StaticSite;
let records: OpenDataRecord[];

beforeAll(async () => {
  site = await serveDist();
  records = readOpenData();
});

afterAll(async () => {
  await site?.close();
});

/** A site path of a URL the build wrote (absolute with SITE_URL, or root-relative), on the test server. */
function onTestServer(url: string): string {
  return `${site.origin}${new URL(url, site.origin).pathname}`;
}

/** The `href`s of the Atom feeds a page links with `<link rel="alternate">`. */
async function feedLinks(page: Page): Promise<string[]> {
  return page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
}

/** The meeting page URLs of an Atom feed's entries, sorted. */
async function feedEntryUrls(url: string): Promise<string[]> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  return [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]!).sort();
}

describe('feeds, open data and metadata', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the home page links the archive feed, which lists every meeting', async () => {
    // The reader's feed reader opens the home page and finds its feed.
    const { page, problems } = await openPage(browser, site, site.url('/'));
    const [archiveFeed] = await feedLinks(page);
    expect(archiveFeed).toBeDefined();
    // The feed lists the meetings of the open data, by their page URLs.
    expect(await feedEntryUrls(archiveFeed!)).toEqual(records.map((r) => r.url).sort());
    await page.close();
    expect(problems).toEqual([]);
  });

  test('an official’s page links a feed of exactly that official’s meetings', async () => {
    const official = records.flatMap((r) => r.participants).find((p) => p.side === 'foreign')!;
    const expected = records.filter((r) => r.participants.some((p) => p.id === official.id)).map((r) => r.url).sort();
    // The reader opens the officials index and follows the official's name.
    const { page, problems } = await openPage(browser, site, site.url('/officials/'));
    await (await linkByFoldedName(page.getByRole('main'), official.name)).click();
    await page.waitForURL(/\/officials\/[^/]+\/$/);
    // They subscribe with the page's visible feed link, which is also its second <link rel="alternate">.
    const visible = await page.getByRole('link', { name: /flux Atom/ }).getAttribute('href');
    const links = await feedLinks(page);
    expect(links).toHaveLength(2);
    expect(new URL(links[1]!).pathname).toBe(visible);
    expect(await feedEntryUrls(links[1]!)).toEqual(expected);
    await page.close();
    expect(problems).toEqual([]);
  });

  test('a meeting page carries its canonical URL, OpenGraph data and a schema.org Event', async () => {
    const record = records.find((r) => r.place !== null) ?? records[0]!;
    // A citation tool reads the meeting page's metadata.
    const { page, problems } = await openPage(browser, site, onTestServer(record.url));
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(record.url);
    await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(record.url);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(record.title);
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
    const event = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(event).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', url: record.url, name: record.title, startDate: record.date });
    if (record.place) expect(event['location']).toEqual({ '@type': 'Place', name: record.place });
    expect((event['attendee'] as { name: string }[]).map((a) => a.name)).toEqual(record.participants.map((p) => p.name));
    await page.close();
    expect(problems).toEqual([]);
  });

  test('every page has a canonical URL, and the sitemap lists every meeting page', async () => {
    for (const path of ['/', '/officials/', '/search/', '/about/']) {
      const html = await (await fetch(site.url(path))).text();
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${basePath}${path.slice(1)}"`));
    }
    const sitemap = await (await fetch(site.url('/sitemap.xml'))).text();
    for (const record of records) expect(sitemap).toContain(`<loc>${record.url}</loc>`);
    const robots = await (await fetch(site.url('/robots.txt'))).text();
    expect(robots).toMatch(new RegExp(`^Sitemap: https?://\\S+${basePath}sitemap.xml$`, 'm'));
  });

  test('the open data files describe the same meetings, officials, organizations and themes', async () => {
    const get = async (file: string) => (await fetch(site.url(`/data/${file}`))).text();
    const officials = JSON.parse(await get('officials.json')) as { id: string; meetings: string[] }[];
    const organizations = JSON.parse(await get('organizations.json')) as { id: string; meetings: string[] }[];
    const themes = JSON.parse(await get('themes.json')) as { id: string; meetings: string[] }[];
    for (const record of records) {
      for (const p of record.participants) expect(officials.find((o) => o.id === p.id)?.meetings).toContain(record.id);
      for (const o of record.organizations) expect(organizations.find((entry) => entry.id === o.id)?.meetings).toContain(record.id);
      for (const t of record.themes) expect(themes.find((entry) => entry.id === t)?.meetings).toContain(record.id);
    }
    // The spreadsheet file starts with a UTF-8 byte-order mark and has one row per meeting after its header.
    const csv = Buffer.from(await (await fetch(site.url('/data/meetings.csv'))).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ids = csv.toString('utf8').split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]);
    expect(ids).toEqual(records.map((r) => r.id));
  });
});

describe('redirects', () => {
  test('a renamed meeting’s old URL, served as the build writes it, leads to the new page', async () => {
    const browser = await launchChromium();
    const record = records[0]!;
    const oldPath = `${basePath}meetings/ancienne-adresse-de-test/`;
    // The old URL serves the redirect page the build writes for a rename (content/data/redirects.yaml).
    const html = renderRedirectPage({ from: oldPath, to: recordPath(record), label: record.title, gone: false }, record.url);
    const { page, problems } = await openPage(browser, site, `${site.origin}${oldPath}`, (p) =>
      p.route(`${site.origin}${oldPath}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })),
    );
    // The reader who followed an old citation lands on the meeting page.
    await page.waitForURL((url) => url.pathname === recordPath(record));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(record.title);
    await page.close();
    await browser.close();
    expect(problems).toEqual([]);
  });
});

describe('offline reading', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Waits until the service worker controls the page and has stored the page in its pages cache. The worker stores
   * a page after handing it over (or, for a page it did not control yet, when the page asks it to), so a test that
   * went on at once would race it.
   */
  async function waitUntilPageKept(page: Page): Promise<void> {
    await expect
      .poll(
        () =>
          page.evaluate(async (cacheName) => {
            const stored = await (await caches.open(cacheName)).match(location.href, { ignoreSearch: true });
            return navigator.serviceWorker.controller !== null && stored !== undefined;
          }, PAGES_CACHE),
        { timeout: 15_000 },
      )
      .toBe(true);
  }

  /** Waits until every URL of `urls()` is in the files cache (query strings ignored, as the worker reads it). */
  async function waitUntilFilesKept(page: Page, urls: () => string[]): Promise<void> {
    await expect
      .poll(
        () =>
          page.evaluate(
            async ({ cacheName, wanted }) => {
              const cache = await caches.open(cacheName);
              const missing: string[] = [];
              for (const url of wanted) if ((await cache.match(url, { ignoreSearch: true })) === undefined) missing.push(url);
              return missing;
            },
            { cacheName: FILES_CACHE, wanted: urls() },
          ),
        { timeout: 15_000 },
      )
      .toEqual([]);
  }

  test('pages and a search the reader has used keep working offline; the whole archive can be kept', { timeout: 120_000 }, async () => {
    const [first, second] = records;
    // The reader visits the home page, then a meeting, and runs a search for a participant's surname.
    const { page, problems } = await openPage(browser, site, site.url('/'));
    await waitUntilPageKept(page);
    await page.goto(onTestServer(first!.url));
    await waitUntilPageKept(page);
    const official = first!.participants[0]!;
    await (await linkByFoldedName(page.getByRole('main'), official.name)).click();
    await page.waitForURL(/\/officials\/[^/]+\/$/);
    await waitUntilPageKept(page);
    const officialPath = new URL(page.url()).pathname;
    const query = official.name.split(' ').at(-1)!;
    // Every file of the search index that the search loads (the Pagefind worker's requests included).
    const searchFiles = new Set<string>();
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith(`${basePath}pagefind/`)) searchFiles.add(request.url());
    });
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    const results = page.getByRole('main').locator('.search-results a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The counts per filter load after the first results: the search is complete when the status stops saying "…".
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 }).toMatch(/\.$/);
    const onlineResults = await results.allInnerTexts();
    await waitUntilPageKept(page);
    expect(searchFiles.size).toBeGreaterThan(0);
    await waitUntilFilesKept(page, () => [...searchFiles]);

    // The connection drops.
    await browser.context.setOffline(true);
    // Reloading the search page shows the same results, from the stored index.
    await page.reload();
    await expect.poll(() => results.allInnerTexts(), { timeout: 15_000 }).toEqual(onlineResults);
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 }).toMatch(/\.$/);
    // They go back to the meeting page, reload it, and follow its link to the official again.
    await page.goto(onTestServer(first!.url));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(first!.title);
    await page.locator(`main a[href="${officialPath}"]`).first().click();
    await page.waitForURL((url) => url.pathname === officialPath);
    expect(foldText((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(foldText(official.name));
    // A page they never opened says plainly that it was not kept.
    await page.goto(onTestServer(second!.url));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page non disponible hors ligne');

    // Back online, they keep the whole archive, watching the progress.
    await browser.context.setOffline(false);
    await page.goto(site.url('/'));
    await page.getByRole('button', { name: /^Garder toute l.archive hors ligne$/ }).click();
    const progress = page.locator('[data-offline-progress]');
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 }).toMatch(/^Toute l'archive est gardée hors ligne/);
    const [value, max] = await progress.evaluate((p: HTMLProgressElement) => [p.value, p.max]);
    expect(value).toBe(max);
    expect(max).toBeGreaterThan(records.length);
    // Offline again, every meeting page opens, with its own title.
    await browser.context.setOffline(true);
    for (const record of records) {
      await page.goto(onTestServer(record.url));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(record.title);
    }
    await browser.context.setOffline(false);
    await page.close();
    // Offline, the browser reports the requests the service worker could not send; nothing else went wrong.
    expect(problems.filter((problem) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(problem))).toEqual([]);
  });
});

describe('portable copy', () => {
  let browser: TestBrowser;
  let copy: string;
  beforeAll(async () => {
    // The archivist copies the built site to a disk and makes it portable, as `npm run build:portable` does.
    copy = await mkdtemp(join(tmpdir(), 'rencontres-portable-'));
    await cp(distDir, copy, { recursive: true });
    await makePortable(copy, basePath);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await rm(copy, { recursive: true, force: true });
  });

  test('opens from the file system, navigates to a meeting, and says what search needs', async () => {
    const record = records[0]!;
    const problems: string[] = [];
    const page = await browser.context.newPage();
    page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    // The reader double-clicks index.html on the disk.
    await page.goto(pathToFileURL(join(copy, 'index.html')).href);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Rencontres');
    // The stylesheet loaded: the header is laid out by it.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    // They open the meetings index from the navigation, then the meeting.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rencontres' }).click();
    expect(page.url()).toMatch(/\/meetings\/index\.html$/);
    await page.locator(`main a[href$="${record.id}/index.html"]`).first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(record.title);
    // They open the search page, which explains that searching needs a web server.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Recherche' }).click();
    expect(page.url()).toMatch(/\/search\/index\.html$/);
    await expect(page.getByText('La recherche a besoin d\'un serveur web.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox').isHidden()).resolves.toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });
});

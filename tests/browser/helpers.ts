import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import sirv from 'sirv';
import type { OpenDataRecord } from '../../src/lib/open-data';
import { MeetingSchema, type Meeting } from '../../src/schemas/meeting';
import { readSourceText } from '../../src/io/read-source-text';
import { SourceRecordSchema, type Source } from '../../src/schemas/source';
import { ThemeSchema, type Theme } from '../../src/schemas/theme';
import { foldText, foldedWords, projectRoot } from '../helpers';

export type { OpenDataRecord };

/** The built site that the browser tests drive (`npm run build` writes it). */
export const distDir = join(projectRoot, 'dist');

/** The base path the site was built with (`BASE_PATH`, as in astro.config.mjs), with both slashes. */
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Chromium flags for a quiet, offline, sandbox-less run as root in CI. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `dist/` served over HTTP on 127.0.0.1 (Pagefind cannot run from file://). */
export interface StaticSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a site path, base path included. @example site.url('/officials/') */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `dist/` under the base path on an OS-assigned port; fails when the site is not built. */
export async function serveDist(): Promise<StaticSite> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run \`npm run build\` first (\`npm run test:browser\` does).`);
  }
  const assets = sirv(distDir, { dev: true, etag: false, dotfiles: false });
  const server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end('Not found');
    };
    const path = req.url ?? '/';
    if (!path.startsWith(basePath)) return notFound();
    req.url = `/${path.slice(basePath.length)}`;
    assets(req, res, notFound);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${basePath}${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A Chromium with a fresh profile; `close()` also deletes the profile. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium (or `CHROMIUM_PATH`) headless through playwright-core. */
export async function launchChromium(): Promise<TestBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}: run \`apt-get install -y chromium\` (as root), ` +
        'or set CHROMIUM_PATH to a Chromium binary. Browser tests never skip.',
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'rencontres-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    locale: 'fr-FR',
    timeout: 30_000,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page plus everything that went wrong while it was open: console errors and warnings, uncaught
 * errors, failed or non-2xx/3xx requests, and requests that left the site's origin. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

/** Opens a new tab that records problems, runs `prepare` (e.g. to route requests), then navigates to `url`. */
export async function openPage(
  browser: TestBrowser,
  site: StaticSite,
  url: string,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  await prepare?.(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (/^https?:$/.test(target.protocol) && target.origin !== site.origin) {
      problems.push(`request left the site: ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/**
 * Waits until the search page has finished its search: its status ends with a full stop once every index bundle and
 * the counts per filter have loaded. Leaving or reloading the page before that aborts those background requests.
 */
export async function waitForSearchDone(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => /\.$/.test(document.querySelector('[data-status]')?.textContent?.trim() ?? ''), undefined, { timeout });
}

/** Matches the path of a meeting page, e.g. `/meetings/2026-03-04-luong-tam-quang-kerry-person/`. */
export const meetingPathPattern = new RegExp(`^${basePath}meetings/[^/]+/$`);

/** Text and path of every link inside `scope`. */
export async function linksIn(scope: Locator): Promise<{ text: string; path: string }[]> {
  return scope.getByRole('link').evaluateAll((links) =>
    // An SVG link (a chart's bar or node) has no innerText and its href is an SVGAnimatedString.
    links.map((link) => {
      const href = link instanceof SVGAElement ? link.href.baseVal : (link as HTMLAnchorElement).href;
      return { text: ((link as HTMLElement).innerText ?? link.textContent ?? '').trim(), path: new URL(href, document.baseURI).pathname };
    }),
  );
}

/** The first link inside `scope` whose text contains `name`, ignoring case and diacritics. */
export async function linkByFoldedName(scope: Locator, name: string): Promise<Locator> {
  const links = scope.getByRole('link');
  const texts = (await links.allInnerTexts()).map(foldText);
  const index = texts.findIndex((text) => text.includes(foldText(name)));
  if (index < 0) throw new Error(`no link named like "${name}" among: ${texts.join(' | ')}`);
  return links.nth(index);
}

/** Sorted, de-duplicated paths of the meeting pages linked inside `scope`. */
export async function meetingLinkPaths(scope: Locator): Promise<string[]> {
  const paths = (await linksIn(scope)).map((link) => link.path).filter((path) => meetingPathPattern.test(path));
  return [...new Set(paths)].sort();
}

/** The built site's own open data, read from `dist/data/meetings.json`. */
export function readOpenData(): OpenDataRecord[] {
  const records = JSON.parse(readFileSync(join(distDir, 'data/meetings.json'), 'utf8')) as OpenDataRecord[];
  const stray = records.find((record) => !meetingPathPattern.test(recordPath(record)));
  if (stray) {
    throw new Error(`dist/ was built for another base path (${stray.url}) than BASE_PATH=${basePath}: build and test with the same BASE_PATH.`);
  }
  return records;
}

/** Path of a record's meeting page on the test server (its `url` minus the site origin). */
export function recordPath(record: OpenDataRecord): string {
  return new URL(record.url).pathname;
}

/** Sorted meeting page paths of the records. */
export function recordPaths(records: OpenDataRecord[]): string[] {
  return records.map(recordPath).sort();
}

/**
 * True when `text` has a word starting with each word of `query`, case and diacritics ignored, the way
 * Pagefind matches: by prefix, and with elided or hyphenated compounds indexed both whole and in parts
 * (`l’ambassadeur` is `l`, `ambassadeur` and `lambassadeur`).
 */
export function textMatches(text: string, query: string): boolean {
  const tokens = text.split(/\s+/u);
  const words = [...foldedWords(text), ...tokens.map((token) => foldedWords(token).join(''))];
  return foldedWords(query).every((wanted) => words.some((word) => word.startsWith(wanted)));
}

/** Reads one collection the build generated in content/generated/. */
function readGenerated(name: string): unknown[] {
  return JSON.parse(readFileSync(join(projectRoot, 'content/generated', name), 'utf8')) as unknown[];
}

/** The theme taxonomy the site was built with. */
export function readThemes(): Theme[] {
  return readGenerated('themes.json').map((entry) => ThemeSchema.parse(entry));
}

/** The generated meetings (with their paragraph indices) and the sources the site was built from, read as its pages read them. */
export function readGeneratedArchive(): { meetings: Meeting[]; sources: Map<string, Source> } {
  const meetings = readGenerated('meetings.json').map((entry) => MeetingSchema.parse(entry));
  const records = readGenerated('sources.json').map((entry) => SourceRecordSchema.parse(entry));
  const sources = records.map((record) => readSourceText(record, projectRoot));
  return { meetings, sources: new Map(sources.map((source) => [source.id, source])) };
}

/** The text paragraphs (furniture left out) of the article that report one meeting. */
export function ownParagraphs(meeting: Meeting, sources: Map<string, Source>): string[] {
  const paragraphs = sources.get(meeting.source)?.paragraphs ?? [];
  return meeting.paragraphs.flatMap((index) => (paragraphs[index]?.furniture === false ? [paragraphs[index].text] : []));
}

/** What a meeting page says about the meeting: title, place, participants, organizations, countries
 * and the meeting's own paragraphs of the article (from content/generated, written by the build). */
export function readMeetingTexts(records: OpenDataRecord[]): Map<string, string> {
  const { meetings, sources } = readGeneratedArchive();
  return new Map(
    records.map((record) => {
      const meeting = meetings.find((candidate) => candidate.id === record.id);
      if (!meeting) throw new Error(`meeting ${record.id} of dist/data/meetings.json is missing from content/generated`);
      const text = [
        record.title,
        record.place ?? '',
        ...record.participants.flatMap((p) => [p.name, p.role ?? '', p.organization ?? '', p.country ?? '']),
        ...record.organizations.map((organization) => organization.name),
        ...record.countries,
        ...ownParagraphs(meeting, sources),
      ];
      return [record.id, text.join('\n')];
    }),
  );
}

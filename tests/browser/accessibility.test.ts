import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, launchChromium, openPage, serveDist, type StaticSite, type TestBrowser } from './helpers';

/** axe-core's browser bundle, injected into each page. @see https://github.com/dequelabs/axe-core */
const axeScript = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA, the level the site promises. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: StaticSite;
let browser: TestBrowser;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Site paths of every built HTML page (Pagefind's own files left out). */
function builtPages(): string[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  return files
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** WCAG violations, in a light then a dark colour scheme, and console or network problems of one page. */
async function auditPage(path: string): Promise<string[]> {
  const { page, problems } = await openPage(browser, site, site.url(path));
  // Evaluated through DevTools, not as an inline <script>: the site's Content-Security-Policy blocks those.
  await page.evaluate(axeScript);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(axeTags)} } })
        .then((result) => result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
    )) as string[];
    found.push(...violations.map((violation) => `${path} [${colorScheme}] ${violation}`));
  }
  await page.close();
  return [...found, ...problems.map((problem) => `${path} ${problem}`)];
}

describe('accessibility', () => {
  test('every built page passes WCAG 2.1 AA checks in light and dark mode, with an empty console', { timeout: 360_000 }, async () => {
    const pages = builtPages();
    expect(pages).toContain('/');
    expect(pages).toContain('/search/');
    const found: string[] = [];
    // The search pages first, one at a time: Pagefind gives its web worker 5 s to start, then searches on the page's
    // own thread and says so in the console. With three other tabs running axe on two slow cores, it once took longer
    // (CI of 2026-11-25), which a reader's browser, busy with one page, does not see.
    const searchPages = pages.filter((path) => /^\/(en\/)?search\/$/.test(path));
    expect(searchPages).toEqual(['/en/search/', '/search/']);
    for (const path of searchPages) found.push(...(await auditPage(path)));
    // Then every other page, in a light and in a dark colour scheme; four tabs at a time.
    const queue = pages.filter((path) => !searchPages.includes(path));
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) found.push(...(await auditPage(path)));
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(found.sort()).toEqual([]);
  });
});

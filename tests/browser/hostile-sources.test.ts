// One scratch archive built from tests/fixtures/bad-sources (plus generated inputs) in a temp copy of the project,
// so the real content/, dist/ and pins stay untouched. The built pages are read in Chromium under the site's CSP.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers';
import { tsScriptArgs } from '../../src/io/run-cli';
import { basePath, launchChromium, openPage, type StaticSite, type TestBrowser } from './helpers';

const fixtures = path.join(projectRoot, 'tests/fixtures/bad-sources');
/** Project entries the scratch copy leaves out: installed, built or generated files, and the real sources. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'tests', 'content/generated', 'content/sources', 'content/overrides']);
/** Pins and renames of the real archive would point at meetings the scratch archive does not have. */
const archiveOnly = ['content/data/permalinks.yaml', 'content/data/entity-pins.yaml', 'content/data/redirects.yaml'];

let scratch: string;
let build: { code: number; output: string };
let strictBuild: { code: number; output: string };
let check: { code: number; output: string };
let site: StaticSite;
let browser: TestBrowser;
let sourceFiles: string[];

async function run(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Serves a built folder under the base path on an OS-assigned port, like helpers.serveDist does for dist/. */
async function serve(dir: string): Promise<StaticSite> {
  const assets = sirv(dir, { dev: true, etag: false, dotfiles: false });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) return void res.writeHead(404).end();
    req.url = `/${url.slice(basePath.length)}`;
    assets(req, res, () => void res.writeHead(404).end('Not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}${basePath}${page.replace(/^\//, '')}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'rencontres-hostile-'));
  await cp(projectRoot, scratch, { recursive: true, filter: (from) => !skipped.has(path.relative(projectRoot, from).split(path.sep).join('/')) });
  // Each package is a link to the project's, but node_modules/ itself is the copy's own: Astro keeps its content store
  // and its incremental build cache in node_modules/.astro, which must not be shared with the project's builds.
  await mkdir(path.join(scratch, 'node_modules'));
  for (const name of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') await symlink(path.join(projectRoot, 'node_modules', name), path.join(scratch, 'node_modules', name), 'dir');
  }
  for (const file of archiveOnly) await rm(path.join(scratch, file), { force: true });
  const sources = path.join(scratch, 'content/sources');
  await cp(fixtures, sources, { recursive: true });
  await mkdir(path.join(scratch, 'content/overrides'));
  // Generated rather than committed: a line of 100,000 characters, and a case-only duplicate of a good source.
  await writeFile(path.join(sources, 'long-line.txt'), ` date 2025-03-12 Une seule ligne\n\n${'<b>gras</b> '.repeat(10_000)}\n`);
  await cp(path.join(fixtures, 'quotes.txt'), path.join(sources, 'Quotes.txt'));
  sourceFiles = (await readdir(sources)).filter((name) => !name.startsWith('.')).sort();
  strictBuild = await run(tsScriptArgs('scripts/build.ts', '--strict'), scratch);
  build = await run(tsScriptArgs('scripts/build.ts'), scratch);
  check = await run(tsScriptArgs('scripts/check-site.ts'), scratch);
  site = await serve(path.join(scratch, 'dist'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Everything a hostile page could have done: set `window.__pwned`, open a dialog, navigate away. */
async function watchForCode(page: Page): Promise<() => Promise<unknown>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => ({ pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null), dialogs });
}

describe('an archive built from hostile sources', () => {
  test('fails the build with --strict, at the ingest step', () => {
    expect(strictBuild.code).toBe(1);
    expect(strictBuild.output).toMatch(/ingest: --strict and there are warnings or errors/);
    expect(strictBuild.output).toMatch(/\[build\] ✗ ingest failed/);
  });

  test('builds, names every failing file in the console, and passes the site checks', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/^FAIL content\/sources\/nul-bytes\.txt: 0 meeting\(s\)\n {6}error: binary content/m);
    expect(build.output).toMatch(/^FAIL content\/sources\/quotes\.txt: 0 meeting\(s\)\n {6}error: same source id as content\/sources\/Quotes\.txt/m);
    expect(build.output).toMatch(/^warn content\/sources\/long-line\.txt: 0 meeting\(s\)\n {6}warning: line 3: 120,000 characters on one line/m);
    // Links, anchors, html-validate and the CSP hold on pages full of markup-like text.
    expect(check.output).not.toMatch(/✗/);
    expect(check.code, check.output).toBe(0);
  });

  test('the build report page lists every file of the sources folder with its outcome', async () => {
    // The archivist opens the build report from the footer of the home page.
    const { page, problems } = await openPage(browser, site, site.url('/'));
    await page.getByRole('contentinfo').getByRole('link', { name: 'Rapport de construction' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport de construction' }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    const files = (await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.querySelector('th')!.textContent!.trim()))).map((file) => file.replace(/^content\/sources\//, ''));
    expect(files.sort()).toEqual(sourceFiles);
    // A refused file says why, on its own row.
    const empty = rows.filter({ hasText: 'content/sources/empty.txt' });
    await expect.poll(() => empty.innerText()).toMatch(/non publié[\s\S]*Erreur : line 1: the file is empty/);
    const notes = rows.filter({ hasText: 'content/sources/notes.md' });
    await expect.poll(() => notes.innerText()).toMatch(/à vérifier[\s\S]*not a \.txt file/);
    // The JSON beside it is the report ingest wrote, byte for byte.
    const json = await page.request.get(site.url('/data/report.json'));
    expect(await json.text()).toBe(await readFile(path.join(scratch, 'content/generated/report.json'), 'utf8'));
    await page.close();
    expect(problems).toEqual([]);
  });

  test.each([
    ['html-script.txt', [`<script>window.__pwned = 'script'</script><img src="x" onerror="window.__pwned = 'img'">`, `</p><p onclick="window.__pwned='p'">Texte</p> <b>gras</b> &amp; &lt;i&gt; &#60;script&#62;`]],
    ['mdx-jsx.txt', ["import fs from 'node:fs'", "export const pwned = (globalThis.__pwned = 'export')", '{process.exit(1)}', '<Component client:load /> <!-- commentaire non fermé']],
    ['markdown.txt', ['# Le ministre reçoit', "[le communiqué](javascript:window.__pwned='markdown')", '* premier point **gras** _italique_ `code`']],
    // quotes.txt lost its id to Quotes.txt (same id, case aside; the first name in byte order keeps it).
    ['Quotes.txt', ['« la coopération » et “l’avenir” ‘commun’ ‹ ensemble › „ici“ `cité´ ʼapostropheʼ ″pouce″ ＂plein＂ \\"échappé\\"']],
  ])('the meeting page of %s shows its text as text, and runs none of it', async (file, snippets) => {
    // The reader follows the meeting link of the source's row in the build report.
    const { page, problems } = await openPage(browser, site, site.url('/report/'));
    const results = await watchForCode(page);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `content/sources/${file}`, exact: true }) });
    await row.getByRole('cell').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Every hostile snippet reads as written on the page.
    const article = page.locator('.article-text');
    const shown = await article.innerText();
    for (const snippet of snippets) expect(shown).toContain(snippet);
    // No element came out of the text: the article holds paragraphs, entity links and text only.
    const tags = await article.evaluate((node) => [...new Set([...node.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()))].sort());
    expect(tags.filter((tag) => !['p', 'a', 'mark'].includes(tag))).toEqual([]);
    const hrefs = await article.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !href.startsWith(basePath))).toEqual([]);
    expect(await results()).toEqual({ pwned: null, dialogs: [] });
    await page.close();
    expect(problems).toEqual([]);
  });

  test('a search for hostile text shows it escaped in the results, under the CSP', async () => {
    // The reader searches for a word that only the hostile markup holds.
    const { page, problems } = await openPage(browser, site, site.url('/search/'));
    const results = await watchForCode(page);
    await expect.poll(async () => (await page.getByRole('status').innerText()).trim(), { timeout: 15_000 }).toMatch(/^(?!Recherche…$)\S/);
    await page.getByRole('searchbox', { name: 'Rechercher' }).pressSequentially('onerror', { delay: 20 });
    const excerpt = page.locator('.search-result-excerpt').first();
    await expect.poll(() => excerpt.innerText(), { timeout: 15_000 }).toMatch(/onerror/);
    const tags = await page.locator('.search-result-excerpt *').evaluateAll((elements) => elements.map((element) => element.tagName.toLowerCase()));
    expect(tags.filter((tag) => tag !== 'mark')).toEqual([]);
    expect(await results()).toEqual({ pwned: null, dialogs: [] });
    await page.close();
    expect(problems).toEqual([]);
  });
});

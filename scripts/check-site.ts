/**
 * npm run check:site [-- --dist DIR] [--rebuild]
 * Proves the built site sound: no broken internal link or #anchor (pages, sitemap, feeds), every page valid HTML
 * (html-validate with .htmlvalidate.json), every page under the site's Content-Security-Policy with no inline script,
 * the sitemap listing exactly the pages not marked noindex, and the build report published; the pages of a large site
 * are checked on one worker thread per core (src/check/check-pages.ts). With --rebuild, builds the site again and
 * requires byte-identical output: once
 * with every page rendered and written by Astro's own loop, once rendering every page with a render thread besides the
 * main thread and the build writing its plain pages itself, once incrementally after a source was removed and
 * put back (Astro copying unchanged pages), and once with nothing changed (no search bundle indexed again).
 * Honours BASE_PATH and SITE_URL like astro.config.mjs. Prints one line per check; exits 1 on any problem.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pagesWrittenDirectly } from '../src/build/direct-pages';
import { PAGE_WRITER_VARIABLE, pagesRenderedByThreads, pagesRenderedOnMainThread, RENDER_THREADS_VARIABLE } from '../src/build/parallel-prerender';
import { pageDigest } from '../src/build/page-digest';
import { pageOutputFile, pagesKept, pagesRendered, readRenderedPages, RENDERED_PAGES_RECORD } from '../src/build/unchanged-pages';
import { bundlesIndexed } from '../src/build/search-index-state';
import { anchorProblems, checkFileLinks, xmlUrls, type SiteLocation } from '../src/check/check-links';
import { checkPages, type CheckedPages, type PagesToCheck } from '../src/check/check-pages';
import { runTask } from '../src/build/worker-task';
import { compareDirs } from '../src/check/compare-dirs';
import { listFiles } from '../src/io/list-files';
import { tsScriptArgs } from '../src/io/run-cli';
import { inspectPage } from '../src/check/inspect-page';
import { readBuildReport } from '../src/io/ingest-report';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../src/lib/csp';
import { fileToUrl } from '../src/lib/offline';
import { absoluteUrl } from '../src/lib/permalinks';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The folder the site is built in, as a file of dist/ would mention it. */
const buildRoot = root.replace(/\/$/, '');

/** Below this many pages, the pages are checked on this thread: a worker thread takes a second to start. */
const PAGES_FOR_THREADS = 2000;

/**
 * Checks the HTML pages of dist/ (src/check/check-pages.ts): on one worker thread per core, each given every so many
 * pages, or on this thread for a small site; the shares' findings are put together.
 */
async function checkPagesOnEveryCore(dist: string, files: string[], pages: string[], location: SiteLocation): Promise<CheckedPages> {
  const shareCount = pages.length < PAGES_FOR_THREADS ? 1 : availableParallelism();
  const share = (index: number): PagesToCheck => ({
    dist,
    files,
    // Every n-th page, so that each share has as many of each kind of page.
    pages: pages.filter((_, position) => position % shareCount === index),
    location,
    validatorConfig: path.join(root, '.htmlvalidate.json'),
    policy: CONTENT_SECURITY_POLICY,
    buildRoot,
  });
  if (shareCount === 1) return checkPages(share(0));
  const shares = await Promise.all(
    Array.from({ length: shareCount }, (_, index) => runTask<CheckedPages>(new URL('../src/check/check-pages-worker.ts', import.meta.url), share(index), 'site check')),
  );
  const all: CheckedPages = { pages: 0, urls: 0, invalid: [], insecure: [], brokenLinks: [], anchors: [], noindex: [], leaks: [] };
  // concat, not push(...): a share of a broken site may hold more problems than a call takes arguments.
  for (const found of shares) {
    all.pages += found.pages;
    all.urls += found.urls;
    for (const key of ['invalid', 'insecure', 'brokenLinks', 'noindex', 'leaks'] as const) all[key] = all[key].concat(found[key]).sort();
    all.anchors = all.anchors.concat(found.anchors);
  }
  return all;
}

/**
 * Runs the project's build again (same Node binary), with `env` added to the environment, and returns its output, shown
 * only when it fails.
 */
function rebuild(args: string[] = [], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsScriptArgs('scripts/build.ts', ...args), { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`a rebuild failed (code ${code}):\n${output}`))));
  });
}

/** The source reporting the most meetings (ties: first id): leaving it out changes many entity, term and index pages. */
async function busiestSource(): Promise<string> {
  const meetings = JSON.parse(await readFile(path.join(root, 'content/generated/meetings.json'), 'utf8')) as { source: string }[];
  const counts = new Map<string, number>();
  for (const meeting of meetings) counts.set(meeting.source, (counts.get(meeting.source) ?? 0) + 1);
  const [busiest] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!busiest) throw new Error('content/generated/meetings.json lists no meeting');
  return busiest[0];
}

/**
 * Builds once without one source and once with it again, both incrementally, and returns how many pages the second
 * build kept from the first instead of rendering them (src/build/unchanged-pages.ts).
 */
async function rebuildAfterRemovingSource(source: string): Promise<number> {
  const file = path.join(root, 'content/sources', `${source}.txt`);
  // Inside the project, so the move is a rename on the same file system.
  await mkdir(path.join(root, '.cache'), { recursive: true });
  const aside = path.join(await mkdtemp(path.join(root, '.cache', 'held-out-')), `${source}.txt`);
  await rename(file, aside);
  try {
    await rebuild();
  } finally {
    await rename(aside, file);
    await rm(path.dirname(aside), { recursive: true, force: true });
  }
  return pagesKept(await rebuild()) ?? 0;
}

/**
 * What is wrong with the digests the last build recorded as it rendered (src/build/page-digest.ts), which the search
 * index takes for the pages' bytes: every keyed page must have one, and it must be that of its file in dist/.
 */
async function recordedDigestProblems(dist: string): Promise<string[]> {
  const record = await readRenderedPages(path.join(root, RENDERED_PAGES_RECORD));
  if (record === undefined) return [`${RENDERED_PAGES_RECORD} is missing or unreadable`];
  const problems: string[] = [];
  for (const pathname of Object.keys(record.pages)) {
    const recorded = record.digests[pathname];
    const file = pageOutputFile({ pathname, route: { type: 'page' } })!;
    const bytes = await readFile(path.join(dist, file)).catch(() => null);
    if (recorded === undefined) problems.push(`${pathname}: no digest recorded`);
    else if (bytes === null) problems.push(`${pathname}: recorded, but dist/${file} is missing`);
    else if (pageDigest(bytes) !== recorded) problems.push(`${pathname}: the recorded digest is not that of dist/${file}`);
  }
  return problems;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(root, 'dist') }, rebuild: { type: 'boolean', default: false } } });
  const dist = path.resolve(values.dist);
  if (values.rebuild && dist !== path.join(root, 'dist')) throw new Error('--rebuild compares with a new build in dist/: leave out --dist');
  const location = { siteUrl: process.env.SITE_URL || 'https://rencontres.example.org', base: process.env.BASE_PATH || '/' };
  const files = await listFiles(dist);
  if (!files.includes('index.html')) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);
  const results: [string, string[]][] = [];

  // Pagefind's own files are not pages of the site.
  const htmlFiles = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  const checked = await checkPagesOnEveryCore(dist, files, htmlFiles, location);
  let brokenLinks = checked.brokenLinks;
  const anchors = [...checked.anchors];
  let xmlFiles = 0;
  let urlCount = checked.urls;
  const fileSet = new Set(files);
  for (const file of files.filter((name) => name.endsWith('.xml'))) {
    const urls = xmlUrls(await readFile(path.join(dist, file), 'utf8'));
    const links = checkFileLinks(file, urls, fileSet, location);
    xmlFiles += 1;
    urlCount += urls.length;
    // A sitemap lists every page: more problems, in a broken build, than a call takes arguments.
    for (const problem of links.problems) brokenLinks.push(problem);
    for (const link of links.anchors) anchors.push(link);
  }
  // Only the pages that some link expects an anchor of are read again for their ids.
  const pageSet = new Set(htmlFiles);
  const idsOfPage = new Map<string, ReadonlySet<string>>();
  for (const file of new Set(anchors.map((link) => link.file))) {
    if (pageSet.has(file)) idsOfPage.set(file, inspectPage(await readFile(path.join(dist, file), 'utf8')).ids);
  }
  brokenLinks = brokenLinks.concat(anchorProblems(anchors, (file) => idsOfPage.get(file)));
  results.push([`links: ${urlCount} URLs of ${checked.pages} pages and ${xmlFiles} XML files resolve in dist/`, brokenLinks.sort()]);
  results.push([`html-validate: ${htmlFiles.length} pages valid`, checked.invalid]);
  results.push([`content security policy: every page carries it, no inline script or style element`, checked.insecure]);

  // The build lists pages in the sitemap as Astro's render recorded them (src/build/indexable-pages.ts): they must be
  // exactly the pages whose head does not say noindex.
  const listed = new Set([...(await readFile(path.join(dist, 'sitemap.xml'), 'utf8').catch(() => '')).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&')));
  const noindex = new Set(checked.noindex);
  const sitemapProblems: string[] = [];
  for (const file of htmlFiles.filter((name) => name !== '404.html')) {
    const url = absoluteUrl(location.siteUrl, fileToUrl(file, location.base));
    if (!noindex.has(file) !== listed.delete(url)) sitemapProblems.push(`${file}: ${noindex.has(file) ? 'noindex but in' : 'indexable but not in'} sitemap.xml`);
  }
  sitemapProblems.push(...[...listed].map((url) => `sitemap.xml lists ${url}, which is no page of dist/`));
  results.push(['sitemap: lists exactly the pages whose head does not say noindex', sitemapProblems]);
  // The record describes the project's own dist/, not a copy checked with --dist.
  if (dist === path.join(root, 'dist')) results.push(['page digests: recorded as rendered, for every keyed page, and those of its file', await recordedDigestProblems(dist)]);

  const headers = await readFile(path.join(dist, '_headers'), 'utf8').catch(() => '');
  results.push([
    '_headers: Content-Security-Policy for hosts that read it',
    headers.includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`) ? [] : ['dist/_headers lacks the policy of src/lib/csp.ts (public/_headers)'],
  ]);
  const report = await readBuildReport(path.join(dist, 'data/report.json')).then(
    ({ report }) => ({ report, problems: [] as string[] }),
    (error: Error) => ({ report: [], problems: [error.message] }),
  );
  results.push([`build report: dist/data/report.json lists ${report.report.length} source file(s), dist/report/ renders it`, [...report.problems, ...(files.includes('report/index.html') ? [] : ['dist/report/index.html is missing'])]]);

  // A path of the machine that built the site would make two checkouts build different bytes. The pages were searched
  // for it as they were checked.
  const leaks = checked.leaks.map((file) => `${file} contains the build folder ${buildRoot}`);
  for (const file of files) {
    if (!pageSet.has(file) && (await readFile(path.join(dist, file))).includes(buildRoot)) leaks.push(`${file} contains the build folder ${buildRoot}`);
  }
  results.push(['portable: no file mentions the folder it was built in', leaks]);

  if (values.rebuild) {
    // Keep this build; build again from the same sources rendering every page, once by Astro's own loop on the main
    // thread alone and once with a render thread besides it, the build writing the pages itself
    // (src/build/parallel-prerender.ts), and compare each byte for byte. Then remove
    // a source, build, put it back and build again, both incrementally: the result must be the full build's, byte for
    // byte, although most pages were copied from the build before instead of rendered. Last, a build with nothing
    // changed must leave the search index as it is.
    const first = await mkdtemp(path.join(tmpdir(), 'rencontres-first-build-'));
    const full = await mkdtemp(path.join(tmpdir(), 'rencontres-full-build-'));
    try {
      await cp(dist, first, { recursive: true });
      const byAstroOutput = await rebuild(['--full'], { [RENDER_THREADS_VARIABLE]: '0', [PAGE_WRITER_VARIABLE]: 'astro' });
      const mainOnly = pagesRenderedByThreads(byAstroOutput);
      const writtenDirectly = pagesWrittenDirectly(byAstroOutput);
      const keptByFull = pagesKept(byAstroOutput);
      results.push([
        "deterministic: a second build, every page rendered and written again by Astro's own loop on the main thread alone, is byte-identical",
        [
          ...(mainOnly === undefined ? [] : [`render threads rendered ${mainOnly} page(s) although none was asked for`]),
          ...(writtenDirectly === undefined ? [] : [`the build wrote ${writtenDirectly} page(s) itself although Astro was to write them all`]),
          ...(keptByFull === 0 ? [] : [`the --full build kept ${keptByFull ?? 'an unknown number of'} page(s) instead of rendering every page`]),
          ...(await compareDirs(first, dist)),
        ],
      ]);
      const threadOutput = await rebuild(['--full'], { [RENDER_THREADS_VARIABLE]: '1' });
      const byThreads = pagesRenderedByThreads(threadOutput);
      const onMainThread = pagesRenderedOnMainThread(threadOutput);
      const toRender = pagesRendered(threadOutput);
      const written = pagesWrittenDirectly(threadOutput);
      results.push([
        `deterministic: a third build, every page rendered again (${byThreads ?? 0} by a render thread, the others by the main thread; ${written ?? 0} written by the build, the others by Astro), is byte-identical, and its recorded page digests are its pages'`,
        [
          ...(byThreads === undefined || byThreads === 0 ? ['the render thread rendered no page'] : []),
          ...(written === undefined || written === 0 ? ['the build wrote no page itself'] : []),
          // A page rendered early (a route without parameters) or found not plain is handed on, not rendered again.
          ...((byThreads ?? 0) + (onMainThread ?? 0) === toRender ? [] : [`${byThreads ?? '?'} + ${onMainThread ?? '?'} page renders for ${toRender ?? '?'} page(s) to render: some page was rendered twice`]),
          ...(await compareDirs(first, dist)),
          ...(await recordedDigestProblems(dist)),
        ],
      ]);
      await cp(dist, full, { recursive: true });
      const source = await busiestSource();
      const restored = await rebuildAfterRemovingSource(source);
      results.push([
        `incremental: after removing and restoring source ${source}, a build that reused ${restored} unchanged page(s) is byte-identical to a full build`,
        [...(restored === 0 ? ['the incremental build rendered every page again: no page was reused from the build before'] : []), ...(await compareDirs(full, dist))],
      ]);
      // The search index of the build before was checked above by those comparisons: bundles left alone must be it.
      const again = bundlesIndexed(await rebuild());
      results.push([
        'incremental search index: a build with nothing changed indexes no bundle again, and is byte-identical',
        [...(again === 0 ? [] : [`the pagefind step indexed ${again ?? 'an unknown number of'} bundle(s) again`]), ...(await compareDirs(full, dist))],
      ]);
    } finally {
      await rm(first, { recursive: true, force: true });
      await rm(full, { recursive: true, force: true });
    }
  }

  let failed = 0;
  for (const [name, problems] of results) {
    console.log(`${problems.length === 0 ? '✓' : '✗'} ${name}${problems.length === 0 ? '' : ` (${problems.length} problem(s))`}`);
    for (const problem of problems.slice(0, 50)) console.log(`    ${problem}`);
    if (problems.length > 50) console.log(`    … and ${problems.length - 50} more`);
    if (problems.length > 0) failed += 1;
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`check:site failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

/**
 * npm run build [-- --skip-ingest] [--portable] [--strict] [--full]
 * Ingests the sources, builds the site with Astro while it copies the source texts and writes the Atom feeds, indexes
 * dist/ with Pagefind, writes the sitemap, then the service worker and offline manifest (or, with `--portable`, rewrites
 * dist/ to be opened from the file system).
 * `--skip-ingest` reuses the existing content/generated/ (for working on pages only); `--skip-astro` reuses the existing
 * dist/ and runs only the steps after Astro, `--skip-post` stops after Astro (the benchmark times each stage in its own
 * process); `--strict` fails the build when
 * ingest reports any warning or error (see `npm run ingest -- --strict`). Astro builds incrementally: a page whose data
 * (its cache key, src/lib/page-keys.ts) and code are unchanged is left as the last build wrote it; `--full` renders
 * every page.
 * Honours BASE_PATH and SITE_URL like astro.config.mjs.
 * Prints one line per step with its duration; exits non-zero on the first failure.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getOfflineManifest, getServiceWorkerOptions, fileToUrl, OFFLINE_MANIFEST } from '../src/lib/offline';
import { absoluteUrl } from '../src/lib/permalinks';
import { listFiles } from '../src/io/list-files';
import { readHtmlHead } from '../src/io/read-html-head';
import { makePortable } from '../src/io/make-portable';
import { ingestScriptArgs } from '../src/io/run-cli';
import { isIndexable, toSitemapXml } from '../src/lib/sitemap';
import { removeStaleOutput } from '../src/build/stale-output';
import { syncLinkFolder } from '../src/build/link-folder';
import { readRenderedPages, recordedPageFiles, RENDERED_PAGES_RECORD } from '../src/build/unchanged-pages';
import type { TextsAndFeedsTarget, TextsAndFeedsWritten } from '../src/build/texts-and-feeds';
import { writeServiceWorkerFile } from '../src/build/service-worker-file';
import { runTask } from '../src/build/worker-task';
import { bundleInputDigest, indexedLine, readIndexedBundles, writeIndexedBundles } from '../src/build/search-index-state';
import { INDEXABLE_PAGES_RECORD, readIndexablePages } from '../src/build/indexable-pages';
import { bundleOfDate, planSearchBundles, type SearchBundle } from '../src/lib/search-bundles';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
/** Present while dist/ holds a portable build, whose pages no incremental build may keep. */
const portableMarker = path.join(root, '.cache', 'dist-is-portable');

/** Runs a Node script with the same Node binary as this one (the project's Node 24), inheriting the output. */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${args.join(' ')} exited with ${signal ?? `code ${code}`}`));
    });
  });
}

/** The folders of hard links Pagefind reads, one per bundle, kept between builds (src/build/link-folder.ts). */
const linkFolders = path.join(root, '.cache', 'pagefind-bundles');

/** Folders of the search index that this build replaces, moved out of dist/pagefind/ (see `setAside`). */
const replacedIndexFolders = path.join(root, '.cache', 'pagefind-replaced');

/**
 * The removal of the replaced index folders and of the link folders of bundles no longer planned, started once every
 * bundle is indexed and awaited at the end of the build: removing a folder while Pagefind wrote the next bundles' files
 * made those writes costlier (ext4 without a journal passes over recently freed inodes on every allocation; see
 * docs/performance.md), and the steps after Pagefind mostly read.
 */
let replacedFoldersRemoved: Promise<void> = Promise.resolve();

/** Moves a folder out of the way, into `replacedIndexFolders`, to be removed after indexing: a rename frees no inode. */
async function setAside(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  await mkdir(replacedIndexFolders, { recursive: true });
  // Removed at once where .cache/ lies on another file system than dist/.
  await rename(folder, path.join(replacedIndexFolders, `${path.basename(folder)}-${randomUUID()}`)).catch(() => rm(folder, { recursive: true, force: true }));
}

/** The service worker's files as last generated, reused while nothing they are made from changes. */
const serviceWorkerCache = path.join(root, '.cache', 'service-worker');

/**
 * Indexes the pages of `site` into a Pagefind bundle at `outputPath`, with Pagefind's command (the package's runner
 * starts the binary of this platform). Its Node API, a service answering one request after another, wrote the same
 * files byte for byte but took longer: at 10,000 articles the steps after Astro took 6.6–6.9 s with two services at
 * once (10.0–10.4 user CPU s), 6.3–6.4 s with two commands at once (9.0–9.3 s; 2026-11-25, docs/performance.md).
 */
function runPagefind(site: string, outputPath: string): Promise<void> {
  const runner = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
  const args = [runner, '--site', site, '--output-path', outputPath, '--root-selector', 'html', '--quiet'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`pagefind --site ${path.relative(root, site)} exited with ${signal ?? `code ${code}`}: ${output.trim()}`));
        return;
      }
      // Quiet, it says only what is wrong (warnings): passed on.
      if (output.trim() !== '') console.log(`[build] pagefind --site ${path.relative(root, site)}:\n${output.trim()}`);
      resolve();
    });
  });
}

/** Where the build records what each bundle of dist/pagefind/ was indexed from (src/build/search-index-state.ts). */
const indexedBundlesFile = path.join(root, '.cache', 'pagefind-bundles.json');

/**
 * Indexes the French meeting pages (the only ones with data-pagefind-body) into one Pagefind bundle per period
 * (src/lib/search-bundles.ts), in dist/pagefind/<period>/, leaving alone a bundle whose pages are those it was last
 * indexed from.
 */
async function indexSite(): Promise<string> {
  // A failure is reported by the step that uses the listing.
  filesBesideIndex().catch(() => undefined);
  const meetings = JSON.parse(await readFile(path.join(root, 'content/generated/meetings.json'), 'utf8')) as { id: string; date: string }[];
  const bundles = planSearchBundles(meetings);
  if (bundles.length === 0) throw new Error('pagefind: the archive has no meeting to index');
  // Each meeting filed under its bundle once, not looked up again for every bundle.
  const bundleMeetings = new Map<SearchBundle, { id: string }[]>(bundles.map((bundle) => [bundle, []]));
  for (const meeting of meetings) {
    const bundle = bundleOfDate(bundles, meeting.date);
    if (bundle) bundleMeetings.get(bundle)!.push(meeting);
  }
  const previous = await readIndexedBundles(indexedBundlesFile);
  // Until this indexing is complete, no bundle counts as indexed: a build stopped midway indexes them all next time.
  await rm(indexedBundlesFile, { force: true });
  const indexer = `pagefind ${(JSON.parse(await readFile(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version} rootSelector=html`;
  const digests = new Map<SearchBundle, string>();
  // The pages' digests recorded as Astro rendered them: the pages themselves are read only when the record lacks them.
  const recorded = (await readRenderedPages(path.join(root, RENDERED_PAGES_RECORD)))?.digests ?? {};
  for (const bundle of bundles) digests.set(bundle, await bundleInputDigest(dist, bundle.path, bundleMeetings.get(bundle)!.map((meeting) => meeting.id), indexer, recorded));
  const planned = new Set(bundles.map((bundle) => bundle.path));
  for (const folder of await readdir(path.join(dist, 'pagefind')).catch(() => [])) {
    if (!planned.has(`pagefind/${folder}/`)) await setAside(path.join(dist, 'pagefind', folder));
  }
  for (const folder of await readdir(path.join(linkFolders, 'pagefind')).catch(() => [])) {
    if (!planned.has(`pagefind/${folder}/`)) await setAside(path.join(linkFolders, 'pagefind', folder));
  }
  const changed = bundles.filter((bundle) => previous[bundle.path] !== digests.get(bundle) || !existsSync(path.join(dist, bundle.path, 'pagefind-entry.json')));
  // The service worker is made while the bundles are indexed.
  if (!options.portable) void serviceWorkerGenerated();
  const indexBundle = async (bundle: SearchBundle) => {
    await setAside(path.join(dist, bundle.path));
    // Pagefind reads a folder much faster than pages handed over one by one, and in a fixed order: the bundle's pages
    // are hard-linked into a folder of their own, at the same paths, so the result URLs are the site's.
    const folder = path.join(linkFolders, bundle.path);
    syncLinkFolder(folder, dist, bundleMeetings.get(bundle)!.map((meeting) => `meetings/${meeting.id}/index.html`));
    await runPagefind(folder, path.join(dist, bundle.path));
    const entry = JSON.parse(await readFile(path.join(dist, bundle.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (indexed !== bundle.pages) throw new Error(`pagefind indexed ${indexed} page(s) of ${bundle.path}, expected ${bundle.pages}: every meeting page must carry data-pagefind-body`);
  };
  try {
    // One Pagefind command per core at a time: a command reads a bundle's pages on every core, but builds and writes
    // its index on about one.
    const queue = [...changed];
    await Promise.all(
      Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
        for (let bundle = queue.shift(); bundle; bundle = queue.shift()) await indexBundle(bundle);
      }),
    );
  } finally {
    replacedFoldersRemoved = rm(replacedIndexFolders, { recursive: true, force: true });
  }
  await writeIndexedBundles(indexedBundlesFile, Object.fromEntries(bundles.map((bundle) => [bundle.path, digests.get(bundle)!])));
  return `${meetings.length} meeting pages in ${bundles.length} bundle(s): ${bundles.map((bundle) => `${bundle.path} (${bundle.pages})`).join(', ')}; ${indexedLine(changed.length, bundles.length)}`;
}

/**
 * The files of dist/ but its search index, listed while Pagefind indexes (the pagefind step starts it): nothing else
 * writes there meanwhile but the service worker, whose files the sitemap and the offline manifest leave out. After a
 * rebuild, dist/'s folders are no longer in the kernel's caches, and this listing took 3.5 s of the sitemap step at
 * 10,000 articles, waiting on the disk while Pagefind had both cores.
 */
let listedBesideIndex: Promise<string[]> | undefined;
const filesBesideIndex = () => (listedBesideIndex ??= listFiles(dist, ['pagefind']));

/**
 * The files of dist/ once the search index is written, listed once for the sitemap and the offline manifest (at
 * 100,000 articles a listing of its 500,000 files takes about 2 s): the files beside the index, and dist/pagefind/ once
 * indexed. A later step that writes a file the manifest must name adds it here (`filesAfterIndexing`).
 */
let listedAfterIndexing: Promise<string[]> | undefined;
const filesAfterIndexing = () =>
  (listedAfterIndexing ??= Promise.all([filesBesideIndex(), listFiles(path.join(dist, 'pagefind'))]).then(([files, index]) => [...files, ...index.map((file) => `pagefind/${file}`)].sort()));
/** Writes the source texts and feeds in a worker thread (src/build/texts-and-feeds.ts), whose heap goes with it. */
function writeSourceTextsAndFeeds(): Promise<TextsAndFeedsWritten> {
  const target: TextsAndFeedsTarget = { root, dist, site, base };
  return runTask(new URL('../src/build/texts-and-feeds-worker.ts', import.meta.url), target, 'source texts and feeds');
}

/**
 * Writes dist/sitemap.xml with every indexable page (redirect and offline pages are `noindex`), as Astro's render
 * recorded them (src/build/indexable-pages.ts); a page missing from the record has its head read.
 */
async function writeSitemap(): Promise<string> {
  const files = await filesAfterIndexing();
  const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('pagefind/'));
  const recorded = await readIndexablePages(path.join(root, INDEXABLE_PAGES_RECORD));
  let read = 0;
  const indexable = (file: string) => {
    const known = recorded.get(fileToUrl(file, '/'));
    if (known !== undefined) return known;
    read += 1;
    // Only the head: reading 273,000 pages in full took 74 s at 100,000 articles.
    return isIndexable(readHtmlHead(path.join(dist, file)));
  };
  const urls = pages.filter(indexable).map((file) => absoluteUrl(site, fileToUrl(file, base)));
  await writeFile(path.join(dist, 'sitemap.xml'), toSitemapXml(urls));
  if (!files.includes('sitemap.xml')) files.push('sitemap.xml');
  return `${urls.length} pages in sitemap.xml (${read} page head(s) read, the others known from the render)`;
}

let generatedServiceWorker: ReturnType<typeof writeServiceWorkerFile> | undefined;

/**
 * The service worker (Workbox), generated once (src/build/service-worker-file.ts). It precaches only files Astro wrote
 * (its assets and the offline page), so the pagefind step starts it before indexing the bundles, if any: at 10,000
 * articles the steps after Astro took 7.3–7.4 s against 7.9–8.0 s when it waited for Pagefind to finish
 * (docs/performance.md). A portable build has none.
 */
function serviceWorkerGenerated(): ReturnType<typeof writeServiceWorkerFile> {
  generatedServiceWorker ??= (async () => {
    const workbox = JSON.parse(await readFile(path.join(root, 'node_modules/workbox-build/package.json'), 'utf8')) as { version: string };
    return writeServiceWorkerFile(getServiceWorkerOptions(dist, base), serviceWorkerCache, workbox.version);
  })();
  // A failure is reported by the service worker step, not as unhandled while Pagefind is still indexing.
  generatedServiceWorker.catch(() => undefined);
  return generatedServiceWorker;
}

/** Writes the service worker and the list of every URL that the "keep offline" control stores. */
async function writeServiceWorker(): Promise<string> {
  const { count, warnings, reused } = await serviceWorkerGenerated();
  if (warnings.length > 0) throw new Error(`workbox: ${warnings.join('; ')}`);
  // The manifest leaves out the worker's own files, which the listing may hold.
  const manifest = getOfflineManifest(await filesAfterIndexing(), base);
  await writeFile(path.join(dist, OFFLINE_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return `sw.js precaches ${count} files${reused ? ` (unchanged: copied from ${path.relative(root, serviceWorkerCache)}/)` : ''}; ${OFFLINE_MANIFEST} lists ${manifest.length} URLs`;
}

/** Rewrites every page of dist/ with relative links, for reading from the file system. */
async function writePortable(): Promise<string> {
  await mkdir(path.dirname(portableMarker), { recursive: true });
  await writeFile(portableMarker, 'dist/ holds a portable build: its pages were rewritten after Astro wrote them\n');
  return `${await makePortable(dist, base)} pages rewritten with relative links; open dist/index.html`;
}

/** V8's settings for the Astro process, measured at 10,000 articles (docs/performance.md). */
const ASTRO_NODE_FLAGS = [
  // A young generation of at most 32 MiB per semi-space and thread (V8 grows it to 64–128 MiB). With 16, twice the
  // scavenges: 977 against 501, 5.9 s of pauses against 5.0 (two threads), and the Astro stage took 24.6–26.2 s
  // against 23.3–24.1 in four alternating pairs, for 40–110 MB less at the peak; 24 and 64 were no faster, 64 took
  // 150 MB more (2026-11-25). 8 was slower still.
  '--max-semi-space-size=32',
  // A heap at most twice what the last full collection kept: V8 chose up to four times that for the render thread, and
  // two of thirty builds peaked 250–450 MB above the others; with it, about 200 MB less at the peak, in the time's
  // spread.
  '--heap-growing-percent=100',
];

/**
 * Runs `astro build` incrementally: dist/ is kept (astro.config.mjs sets `emptyOutDir: false`) so that unchanged pages
 * stay in place (src/build/unchanged-pages.ts), then whatever this build neither wrote nor kept is removed
 * (src/build/stale-output.ts). A portable build rewrote its pages in place: its dist/ is moved aside and removed while
 * Astro renders every page again, as is every dist/ when `--full` asks for that. A build into a new dist/ skips the
 * search for stale files (0.3–0.5 s of listing and reading the page record at 10,000 articles).
 */
async function buildWithAstro(): Promise<string> {
  let removal: Promise<void> = Promise.resolve();
  // A build into a new dist/ has nothing stale to remove: every file in it is its own.
  let newDist = !existsSync(dist);
  if (!newDist && (options.full || existsSync(portableMarker))) {
    newDist = true;
    const aside = path.join(root, '.cache', `dist-previous-${process.pid}`);
    await mkdir(path.dirname(aside), { recursive: true });
    await rename(dist, aside);
    removal = rm(aside, { recursive: true, force: true });
  }
  await rm(portableMarker, { force: true });
  // File times have a coarser grain than the clock on some file systems: a file written as the build starts is new.
  const started = Date.now() - 1000;
  // The source texts and feeds need no page: this process writes them while Astro starts up, which leaves a core idle
  // for seconds (content sync, bundling).
  const textsAndFeeds = writeSourceTextsAndFeeds().catch((error: unknown) => ({ error }));
  try {
    // One thread for Node's file system work instead of four: each page is written through four calls (folder, open,
    // write, close), by the build's page writer (src/io/page-writer.ts) as by Astro's loop, and four threads woke each
    // other and the render threads 670,000 times at 10,000 articles; one thread, 420,000 times, with 1.5–2 s less
    // system time (docs/performance.md). Left as set when it is.
    const env = { ...process.env, UV_THREADPOOL_SIZE: process.env['UV_THREADPOOL_SIZE'] ?? '1' };
    await runNode([...ASTRO_NODE_FLAGS, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.full ? ['--force'] : [])], env);
  } finally {
    await removal;
    await textsAndFeeds;
  }
  const written = await textsAndFeeds;
  if ('error' in written) throw written.error;
  if (newDist) return `dist/ was new, nothing of a previous build to remove; ${written.detail}`;
  const kept = await recordedPageFiles(path.join(root, RENDERED_PAGES_RECORD));
  // The source texts and feeds of the archive stay.
  for (const file of written.files) kept.add(file);
  // The search index is brought up to date by the pagefind step, which leaves unchanged bundles as they are.
  for (const file of await listFiles(path.join(dist, 'pagefind')).catch(() => [])) kept.add(`pagefind/${file}`);
  const removed = await removeStaleOutput(dist, kept, started);
  return `${removed} file(s) of the previous build removed (old pages, assets, search index and service worker); ${written.detail}`;
}

const { values: options } = parseArgs({
  options: { full: { type: 'boolean', default: false }, 'skip-ingest': { type: 'boolean', default: false }, 'skip-astro': { type: 'boolean', default: false }, 'skip-post': { type: 'boolean', default: false }, portable: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } },
});
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://rencontres.example.org';

const steps: { name: string; run: () => Promise<string | void> }[] = [
  ...(options['skip-ingest'] ? [] : [{ name: 'ingest', run: () => runNode(ingestScriptArgs(...(options.strict ? ['--strict'] : []))) }]),
  ...(options['skip-astro'] ? [] : [{ name: 'astro build, source texts and feeds', run: buildWithAstro }]),
  ...(options['skip-post']
    ? []
    : [
        { name: 'pagefind', run: indexSite },
        { name: 'sitemap', run: writeSitemap },
        options.portable ? { name: 'portable', run: writePortable } : { name: 'service worker', run: writeServiceWorker },
      ]),
];

async function main(): Promise<number> {
  const started = performance.now();
  for (const step of steps) {
    const stepStart = performance.now();
    try {
      const detail = await step.run();
      console.log(`[build] ✓ ${step.name} (${((performance.now() - stepStart) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
    } catch (error) {
      console.error(`[build] ✗ ${step.name} failed after ${((performance.now() - stepStart) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : String(error)}`);
      // The build has failed already; the next build removes whatever this removal leaves.
      await replacedFoldersRemoved.catch(() => undefined);
      return 1;
    }
  }
  try {
    await replacedFoldersRemoved;
  } catch (error) {
    console.error(`[build] ✗ removing ${path.relative(root, replacedIndexFolders)}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!options['skip-post'] && !existsSync(path.join(dist, 'pagefind'))) {
    console.error('[build] ✗ dist/pagefind/ is missing');
    return 1;
  }
  console.log(`[build] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = await main();

/**
 * npm run bench -- --n 10000 [--seed 1] [--dir /tmp/rencontres-bench-N] [--query commerce] [--no-rebuild] [--no-query] [--skip-ingest] [--query-only] [--hugo] [--check]
 * Builds a scratch copy of the archive from N synthetic sources (src/bench/synthetic-corpus.ts) and prints, per stage
 * (ingest, Astro build, Pagefind and the other post-build steps) and in total: wall seconds, peak RSS (GNU time: the
 * largest process; and all the stage's processes added up, sampled from /proc), pages built, pages per second; then
 * dist/ and Pagefind index sizes, the bytes a browser downloads for a typical search (Chromium), and the time of a
 * rebuild after adding one article to the built corpus. With `--hugo`, it also builds the scale issue's yardstick right
 * after the full build, a plain Hugo site of the same meetings plus Pagefind (src/bench/hugo-baseline.ts; needs
 * Debian's `hugo`), and prints how many times longer the full build took. With `--check`, it last runs the site check
 * (`npm run check:site`: links, valid HTML, CSP, sitemap, recorded digests) on the scratch build, untimed against any
 * target, and fails if any check does.
 * The scratch copy shares node_modules with the project and never touches the project's content/ or dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { generateArticle } from '../src/bench/synthetic-corpus';
import { SETTLED_NS } from '../src/io/source-stamps';
import { HUGO_CONFIG, HUGO_LAYOUTS, hugoMeetingPage } from '../src/bench/hugo-baseline';
import { readSourceText } from '../src/io/read-source-text';
import type { Meeting } from '../src/schemas/meeting';
import type { SourceRecord } from '../src/schemas/source';
import { FIRST_RESULTS_MARK } from '../src/lib/search-bundles';
import { formatBytes, formatStageTable, parseProcStat, parseTimeLine, sumTreeRss, TIME_FORMAT, type ProcessMemory, type StageFigures } from '../src/bench/measure';
import { ingestScriptArgs, tsScriptArgs } from '../src/io/run-cli';
import { pagesKept, pagesRendered } from '../src/build/unchanged-pages';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
    query: { type: 'string', default: 'commerce' },
    'no-rebuild': { type: 'boolean', default: false },
    'skip-ingest': { type: 'boolean', default: false },
    'no-query': { type: 'boolean', default: false },
    'query-only': { type: 'boolean', default: false },
    hugo: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run bench -- --n N [--seed S] [--dir DIR] [--query WORD] [--no-rebuild] [--no-query] [--skip-ingest] [--query-only] [--hugo] [--check]');
  process.exit(2);
}
const scratch = path.resolve(values.dir ?? path.join(tmpdir(), `rencontres-bench-${n}`));

/**
 * How long the file system is left alone after a scratch copy is removed, before the timed stages. ext4 without a
 * journal, as on this machine, does not hand out again an inode freed less than 60 s ago (`recently_deleted` in
 * fs/ext4/ialloc.c; 300 s more while its table block is not yet written back): after removing a built copy's hundreds
 * of thousands of files, every file created searches past them. An Astro stage at 10,000 articles took 72–73 s with
 * 48–52 s of system time started within three minutes of such a removal, and 45–53 s with 14–20 s when the last
 * removal was written back (`sync`) 65 s or more before it (2026-11-24, 01:36–01:56). A build that follows no removal,
 * as on a fresh machine, does not pay that.
 */
const SETTLE_AFTER_REMOVAL_MS = 65_000;

/**
 * The previous run's copy: moved aside when a run starts (a rename frees no inode) and removed once every figure is
 * taken, so that the removal does not slow the run it precedes.
 */
const previousScratch = `${scratch}.previous`;

/**
 * Touched when a removal of a scratch copy is written back, so that the next run knows how recent it is; one for every
 * copy in the same folder, since any removal on the file system slows the next build.
 */
const removalMark = path.join(path.dirname(scratch), '.rencontres-bench-removed');

/** Removes a scratch copy, writes the removal back (`sync`) and marks when. */
async function removeCopy(copy: string): Promise<void> {
  await rm(copy, { recursive: true, force: true });
  // Written back, so that ext4 counts the freed inodes as recent for 60 s, not 360.
  spawnSync('sync');
  await writeFile(removalMark, '');
}

/** Waits until the last removal of a scratch copy no longer slows file creation (see SETTLE_AFTER_REMOVAL_MS). */
async function settleAfterRemoval(): Promise<void> {
  if (!existsSync(removalMark)) return;
  const wait = (await stat(removalMark)).mtimeMs + SETTLE_AFTER_REMOVAL_MS - Date.now();
  if (wait <= 0) return;
  console.log(`[bench] waiting ${(wait / 1000).toFixed(0)} s: inodes freed by removing a scratch copy are still recent to ext4`);
  await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Copies the project without its generated and installed parts; node_modules is a link to the project's. */
async function prepareScratch(): Promise<void> {
  // A copy left by an interrupted run goes now; the last run's copy is only moved aside.
  if (existsSync(previousScratch)) await removeCopy(previousScratch);
  if (existsSync(scratch)) await rename(scratch, previousScratch);
  await mkdir(scratch, { recursive: true });
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', '.cache', 'tests']);
  for (const name of await readdir(root)) {
    if (skip.has(name)) continue;
    await cp(path.join(root, name), path.join(scratch, name), {
      recursive: true,
      filter: (source) => !/[/\\]content[/\\](generated|sources|notes|overrides)[/\\]/.test(source),
    });
  }
  // Each package is a link to the project's, but node_modules/ itself is the copy's own: Astro keeps its content data
  // store and Vite its cache in node_modules/.astro and .vite, which must not be shared with the project.
  await mkdir(path.join(scratch, 'node_modules'));
  for (const name of await readdir(path.join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(path.join(root, 'node_modules', name), path.join(scratch, 'node_modules', name));
  }
  // Pins of the real archive do not apply to the synthetic corpus; a fresh archive starts with none.
  await writeFile(path.join(scratch, 'content/data/permalinks.yaml'), '');
  await rm(path.join(scratch, 'content/data/entity-pins.yaml'), { force: true });
  const sources = path.join(scratch, 'content/sources');
  await mkdir(sources, { recursive: true });
  for (let i = 0; i < n; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, n - i) }, (_, k) => {
        const article = generateArticle(seed, i + k);
        return writeFile(path.join(sources, `${article.id}.txt`), article.text);
      }),
    );
  }
}

/**
 * With --skip-ingest: keeps the scratch copy's corpus and generated data from an earlier run and copies in the
 * project's current code, so the later stages can be measured again without writing and ingesting the corpus.
 */
async function refreshScratchCode(): Promise<void> {
  if (!existsSync(path.join(scratch, 'content/generated/meetings.json'))) throw new Error(`--skip-ingest needs an earlier run's ${scratch}/content/generated/`);
  for (const name of ['src', 'scripts', 'astro.config.mjs']) {
    await rm(path.join(scratch, name), { recursive: true, force: true });
    await cp(path.join(root, name), path.join(scratch, name), { recursive: true });
  }
}

/** How often the memory of a stage's processes is sampled. */
const RSS_SAMPLE_MS = 250;
const PAGE_SIZE = Number(spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).stdout.trim()) || 4096;

/** Every process's memory, from /proc (a process that ends while it is read is skipped). */
function readProcesses(): ProcessMemory[] {
  const processes: ProcessMemory[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const entry = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (entry) processes.push(entry);
    } catch {
      // The process has ended.
    }
  }
  return processes;
}

/**
 * Samples, every RSS_SAMPLE_MS, the resident memory of a process and its descendants added up (GNU time gives only the
 * largest process's); `stop()` returns the highest sum, in bytes. Undefined where /proc cannot be read.
 */
function sampleTreeRss(rootPid: number | undefined): { stop: () => number | undefined } {
  if (rootPid === undefined || !existsSync('/proc/self/stat')) return { stop: () => undefined };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, sumTreeRss(readProcesses(), rootPid) * PAGE_SIZE));
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Runs one stage under GNU time in the scratch copy (or `cwd`); its output goes to bench-<name>.log in the scratch
 * copy. `command` is this Node binary unless given.
 */
function runStage(name: string, args: string[], command: string = process.execPath, cwd: string = scratch): Promise<StageFigures & { log: string }> {
  const log = path.join(scratch, `bench-${name.replace(/\W+/g, '-')}.log`);
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log);
    const child = spawn('/usr/bin/time', ['-f', TIME_FORMAT, command, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? '' } });
    let stderr = '';
    child.stdout.pipe(out, { end: false });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      out.write(chunk);
    });
    const memory = sampleTreeRss(child.pid);
    child.on('error', reject);
    child.on('exit', (code) => {
      out.end();
      const peakTreeRss = memory.stop();
      const figures = parseTimeLine(stderr);
      if (code !== 0 || figures === undefined) {
        reject(new Error(`${name} failed (exit ${code}); see ${log}\n${stderr.split('\n').slice(-15).join('\n')}`));
        return;
      }
      resolve({ name, ...figures, peakTreeRss, log });
    });
  });
}

async function buildStages(label: string, skipIngest = false): Promise<(StageFigures & { log: string })[]> {
  const stages: (StageFigures & { log: string })[] = [];
  const run = async (name: string, args: string[]) => {
    const stage = await runStage(`${label}${name}`, args);
    const tree = stage.peakTreeRss === undefined ? '' : `, ${formatBytes(stage.peakTreeRss)} for all its processes`;
    console.log(`[bench] ${label}${name}: ${stage.seconds.toFixed(1)} s (${stage.cpuSeconds.toFixed(1)} CPU s), peak RSS ${formatBytes(stage.peakRss)} for the largest process${tree}`);
    stages.push({ ...stage, name });
    return stage;
  };
  if (!skipIngest) await run('ingest', ingestScriptArgs());
  await run('astro build', tsScriptArgs('scripts/build.ts', '--skip-ingest', '--skip-post'));
  const post = await run('pagefind + post-build', tsScriptArgs('scripts/build.ts', '--skip-ingest', '--skip-astro'));
  const pagefindLine = (await readFile(post.log, 'utf8')).match(/✓ pagefind \(([\d.]+) s\)/);
  if (pagefindLine) console.log(`[bench] ${label}of which pagefind: ${pagefindLine[1]} s`);
  return stages;
}

/** The plain Hugo site's figures: Hugo's and Pagefind's stages, and the pages Hugo wrote. */
interface HugoBaseline {
  hugo: StageFigures;
  pagefind: StageFigures;
  pages: number;
}

/**
 * Builds the scale issue's yardstick from the scratch copy's archive (src/bench/hugo-baseline.ts): writes the plain
 * Hugo site to hugo-baseline/ in the copy, builds it with Hugo and indexes it with Pagefind's command, each timed like
 * a stage. Files are only created, none removed, before it: the copy goes with its Hugo site.
 */
async function buildHugoBaseline(): Promise<HugoBaseline> {
  if (spawnSync('hugo', ['version']).status !== 0) throw new Error('--hugo needs Hugo on the PATH (Debian: apt-get install hugo)');
  const site = path.join(scratch, 'hugo-baseline');
  const meetings = JSON.parse(await readFile(path.join(scratch, 'content/generated/meetings.json'), 'utf8')) as Meeting[];
  const sources = new Map((JSON.parse(await readFile(path.join(scratch, 'content/generated/sources.json'), 'utf8')) as SourceRecord[]).map((source) => [source.id, source]));
  await mkdir(path.join(site, 'content/meetings'), { recursive: true });
  await mkdir(path.join(site, 'layouts/_default'), { recursive: true });
  await writeFile(path.join(site, 'hugo.toml'), HUGO_CONFIG);
  for (const [name, layout] of Object.entries(HUGO_LAYOUTS)) await writeFile(path.join(site, 'layouts/_default', name), layout);
  for (let i = 0; i < meetings.length; i += 500) {
    await Promise.all(
      meetings.slice(i, i + 500).map((meeting) => {
        const source = sources.get(meeting.source);
        if (source === undefined) throw new Error(`meeting ${meeting.id}: no source ${meeting.source}`);
        return writeFile(path.join(site, 'content/meetings', `${meeting.id}.md`), hugoMeetingPage(meeting, readSourceText(source, scratch).paragraphs));
      }),
    );
  }
  const stage = async (name: string, command: string, args: string[]) => {
    const figures = await runStage(name, args, command, site);
    console.log(`[bench] ${name}: ${figures.seconds.toFixed(1)} s (${figures.cpuSeconds.toFixed(1)} CPU s), peak RSS ${formatBytes(figures.peakRss)}`);
    return figures;
  };
  const hugo = await stage('plain Hugo site: hugo', 'hugo', ['--quiet']);
  const pagefind = await stage('plain Hugo site: pagefind', process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'public']);
  const pages = (await readdir(path.join(site, 'public'), { recursive: true })).filter((file) => file.endsWith('.html')).length;
  return { hugo, pagefind, pages };
}

async function walk(dir: string): Promise<{ file: string; size: number }[]> {
  const files: { file: string; size: number }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.push({ file, size: (await stat(file)).size });
  }
  return files;
}

/** What a search costs the browser, from a cold cache. */
interface QueryFigures {
  /** Status line once the search has finished. */
  results: string;
  /** Bytes of the responses received before the first result showed: as served, and with gzip for text files. */
  first: { raw: number; gzip: number; requests: number; pagefind: number; parts: string };
  /** The same, for everything the search loaded until the network was idle (filter counts, older bundles). */
  all: { raw: number; gzip: number; requests: number; pagefind: number; parts: string };
}

/** Text responses that any static host compresses; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|xml|txt)$|\/$/;

/** The bytes (gzip on text) by kind of file, largest first: "pf_fragment 120 KiB (20), …". */
function describeParts(list: { url: string; gzip: number }[]): string {
  const parts = new Map<string, { bytes: number; files: number }>();
  for (const { url, gzip } of list) {
    const kind = url.startsWith('/pagefind/') ? (/\.(\w+)$/.exec(url)?.[1] ?? 'other') : (/\.(\w+)$/.exec(url)?.[1] ?? 'html');
    const part = parts.get(kind) ?? { bytes: 0, files: 0 };
    part.bytes += gzip;
    part.files += 1;
    parts.set(kind, part);
  }
  return [...parts].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, part]) => `${kind} ${formatBytes(part.bytes)} (${part.files})`).join(', ');
}

/** Opens /search/?q=<query> in Chromium over HTTP and sums the bytes of the responses, before and after the first result showed. */
async function measureQuery(dist: string, query: string): Promise<QueryFigures> {
  const assets = sirv(dist, { dev: true, etag: false });
  const server = createServer((req, res) => assets(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = path.join(scratch, '.chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    const bodies: Promise<{ url: string; size: number; gzip: number; ended: number }>[] = [];
    page.on('requestfinished', (request) => {
      // Pagefind fetches its files from a worker: the page's own resource timing does not see them, Playwright does.
      const timing = request.timing();
      const ended = timing.startTime + timing.responseEnd;
      bodies.push(
        request.response().then(
          async (response) => {
            const body = response ? await response.body() : Buffer.alloc(0);
            const pathname = new URL(request.url()).pathname;
            return { url: pathname, size: body.length, gzip: COMPRESSIBLE.test(pathname) ? gzipSync(body).length : body.length, ended };
          },
          () => ({ url: new URL(request.url()).pathname, size: 0, gzip: 0, ended }),
        ),
      );
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-results] li').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !/…/.test(document.querySelector('[data-status]')?.textContent ?? '…'), undefined, { timeout: 600_000 });
    // The page marks when its first results show: a response belongs to the first results if it ended before that.
    const shown = await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark)[0];
      return entry === undefined ? undefined : performance.timeOrigin + entry.startTime;
    }, FIRST_RESULTS_MARK);
    if (shown === undefined) throw new Error(`the search page set no ${FIRST_RESULTS_MARK} mark`);
    const results = (await page.locator('[data-status]').textContent())?.trim() ?? '';
    const responses = (await Promise.all(bodies)).map((r) => ({ ...r, beforeFirst: r.ended <= shown }));
    const sum = (list: typeof responses) => ({
      raw: list.reduce((total, r) => total + r.size, 0),
      gzip: list.reduce((total, r) => total + r.gzip, 0),
      requests: list.length,
      pagefind: list.filter((r) => r.url.startsWith('/pagefind/')).reduce((total, r) => total + r.size, 0),
      parts: describeParts(list),
    });
    return { results, first: sum(responses.filter((r) => r.beforeFirst)), all: sum(responses) };
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Measures the search of a built dist/ and prints the figures. */
async function printQuery(dist: string): Promise<void> {
  const q = await measureQuery(dist, values.query);
  const line = (figures: QueryFigures['first']) =>
    `${formatBytes(figures.gzip)} with gzip on text files (${formatBytes(figures.raw)} as stored, ${formatBytes(figures.pagefind)} of it from /pagefind/) in ${figures.requests} requests`;
  console.log(`- search "${values.query}" (${q.results}), cold cache:`);
  console.log(`  - until the first results show: ${line(q.first)}`);
  console.log(`    by kind of file: ${q.first.parts}`);
  console.log(`  - until the search is complete (counts per filter, older index bundles): ${line(q.all)}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  if (values['query-only']) {
    // Measures the search of an earlier run's dist/ again (e.g. after changing only the search client or the bundles).
    await printQuery(path.join(scratch, 'dist'));
    return;
  }
  console.log(`[bench] ${n} synthetic sources (seed ${seed}) in ${scratch}`);
  if (values['skip-ingest']) await refreshScratchCode();
  else await prepareScratch();
  console.log(`[bench] corpus written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await settleAfterRemoval();
  // A real archive's sources are older than its build: files written just before an ingest are read again by the next
  // one (see SETTLED_NS), which would make the rebuild below read thousands of them.
  await new Promise((resolve) => setTimeout(resolve, Number(SETTLED_NS / 1_000_000n)));
  const stages = await buildStages('', values['skip-ingest']);
  // Right after the full build, in the same minute: the machine's speed drifts.
  const baseline = values.hugo ? await buildHugoBaseline() : undefined;
  const dist = path.join(scratch, 'dist');
  const files = await walk(dist);
  const pages = files.filter((f) => f.file.endsWith('.html')).length;
  const meetingPages = files.filter((f) => /[/\\]meetings[/\\][^/\\]+[/\\]index\.html$/.test(f.file));
  const pagefindFiles = files.filter((f) => f.file.includes(`${path.sep}pagefind${path.sep}`));
  const sum = (list: { size: number }[]) => list.reduce((total, f) => total + f.size, 0);
  const meetings = (JSON.parse(await readFile(path.join(scratch, 'content/generated/meetings.json'), 'utf8')) as unknown[]).length;
  const ingest = stages.find((stage) => stage.name === 'ingest');
  // Not Math.max(...sizes): a quarter of a million arguments overflow the stack.
  const largestMeeting = meetingPages.reduce((largest, f) => Math.max(largest, f.size), 0);

  console.log(`\n## ${n} articles, ${meetings} meetings, ${pages} HTML pages\n`);
  console.log(formatStageTable(stages, pages));
  if (baseline) {
    const full = stages.reduce((total, stage) => total + stage.seconds, 0);
    const plain = baseline.hugo.seconds + baseline.pagefind.seconds;
    console.log(
      `\n- the scale issue's yardstick, a plain Hugo site of the same ${meetings} meetings (${baseline.pages} HTML pages) plus Pagefind, built right after: ` +
        `Hugo ${baseline.hugo.seconds.toFixed(1)} s (${baseline.hugo.cpuSeconds.toFixed(1)} CPU s) + Pagefind ${baseline.pagefind.seconds.toFixed(1)} s ` +
        `(${baseline.pagefind.cpuSeconds.toFixed(1)} CPU s) = ${plain.toFixed(1)} s; the full build took ${(full / plain).toFixed(2)} times as long (${full.toFixed(1)} s)`,
    );
  }
  if (ingest) console.log(`\n- ingest throughput: ${Math.round(n / ingest.seconds)} articles/s (process start included)`);
  console.log(`- dist/: ${formatBytes(sum(files))} in ${files.length} files; Pagefind index: ${formatBytes(sum(pagefindFiles))} in ${pagefindFiles.length} files`);
  console.log(`- meeting pages: ${meetingPages.length}, mean ${formatBytes(Math.round(sum(meetingPages) / Math.max(1, meetingPages.length)))}, largest ${formatBytes(largestMeeting)}`);
  if (!values['no-query']) await printQuery(dist);
  if (!values['no-rebuild']) {
    const extra = generateArticle(seed, n);
    await writeFile(path.join(scratch, 'content/sources', `${extra.id}.txt`), extra.text);
    const rebuild = await buildStages('rebuild: ');
    const full = stages.reduce((s, stage) => s + stage.seconds, 0);
    const again = rebuild.reduce((s, stage) => s + stage.seconds, 0);
    console.log(`\n### rebuild after adding one article\n`);
    console.log(formatStageTable(rebuild, pages + 1));
    console.log(`\n- rebuild: ${again.toFixed(1)} s = ${Math.round((again / full) * 100)} % of the full build (${full.toFixed(1)} s)`);
    // The build logs how many pages it kept as the full build wrote them, and how many it renders
    // (src/build/unchanged-pages.ts).
    const astroLog = await readFile(rebuild.find((stage) => stage.name === 'astro build')!.log, 'utf8');
    console.log(`- the rebuild kept ${pagesKept(astroLog) ?? 'an unknown number of'} unchanged page(s) of the full build and rendered ${pagesRendered(astroLog) ?? 'an unknown number of'}`);
    const ingestLog = await readFile(rebuild.find((stage) => stage.name === 'ingest')!.log, 'utf8');
    const unread = /\((\d+) not read again\)/.exec(ingestLog)?.[1];
    console.log(`- the rebuild's ingest read ${unread === undefined ? 'an unknown number of sources' : `${n + 1 - Number(unread)} of ${n + 1} sources`} (the others unchanged, their extraction cached)`);
  }
  if (!existsSync(path.join(dist, 'pagefind'))) throw new Error('dist/pagefind/ is missing');
  if (existsSync(previousScratch)) {
    const removing = performance.now();
    await removeCopy(previousScratch);
    console.log(`[bench] the previous run's copy removed in ${((performance.now() - removing) / 1000).toFixed(1)} s, after the measurements`);
  }
  if (values.check) {
    // Last, untimed against any target: the correctness checks of `npm run check:site`, on the archive at this size.
    const check = await runStage('site check', tsScriptArgs('scripts/check-site.ts'));
    console.log(`\n### site check (npm run check:site) of the build\n`);
    for (const line of (await readFile(check.log, 'utf8')).split('\n').filter((text) => text.startsWith('✓'))) console.log(`- ${line}`);
    const peak = check.peakTreeRss === undefined ? `${formatBytes(check.peakRss)} for its largest process` : `${formatBytes(check.peakTreeRss)} for all its processes`;
    console.log(`- ${check.seconds.toFixed(1)} s (${check.cpuSeconds.toFixed(1)} CPU s), peak RSS ${peak}`);
  }
  console.log(`\n[bench] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

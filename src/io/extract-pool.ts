import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractOutcome, type ExtractionOutcome, type SourceInput } from '../ingest/ingest-archive';
import type { Knowledge } from '../ingest/knowledge';

/** What one extraction run did: how many sources came from the cache, how many were extracted, on how many threads. */
export interface ExtractStats {
  cached: number;
  extracted: number;
  threads: number;
}

/** Below this many sources to extract, starting worker threads costs more than it saves. */
const MIN_SOURCES_PER_THREAD = 200;

/**
 * A hash of everything an extraction depends on besides the source: the curated knowledge and the code of
 * src/ingest/ (the extractor's version). Any change to either invalidates every cached extraction.
 */
export async function extractorVersion(root: string, knowledge: Knowledge): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.join(root, 'src/ingest');
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.ts')).sort()) {
    hash.update(name).update('\0').update(await readFile(path.join(dir, name))).update('\0');
  }
  hash.update(JSON.stringify(knowledge));
  return hash.digest('hex');
}

/** The cache key of one source: its identity, its text and the extractor version. */
export function cacheKey(input: SourceInput, version: string): string {
  return createHash('sha256').update(version).update('\0').update(input.id).update('\0').update(input.file).update('\0').update(input.raw).digest('hex');
}

/**
 * Extracts every source, reusing `<cacheDir>/<key>.json` for sources whose text, curated data and extractor code are
 * unchanged, and spreading the rest over worker threads (one per core, at most `threads`). Each worker loads the
 * curated knowledge itself from `root`. Results are the ones `extractArticle` gives in the main thread.
 */
export async function extractSources(
  inputs: SourceInput[],
  knowledge: Knowledge,
  options: { root: string; cacheDir?: string | undefined; threads?: number; minSourcesPerThread?: number },
): Promise<{ outcomes: Map<string, ExtractionOutcome>; stats: ExtractStats }> {
  const outcomes = new Map<string, ExtractionOutcome>();
  const version = options.cacheDir === undefined ? '' : await extractorVersion(options.root, knowledge);
  const keys = new Map<string, string>();
  const todo: SourceInput[] = [];
  if (options.cacheDir !== undefined) await mkdir(options.cacheDir, { recursive: true });
  const cacheDir = options.cacheDir;
  if (cacheDir === undefined) todo.push(...inputs);
  else {
    for (const input of inputs) keys.set(input.id, cacheKey(input, version));
    const cached = await inBatches(inputs, async (input) => {
      try {
        return JSON.parse(await readFile(path.join(cacheDir, `${keys.get(input.id)!}.json`), 'utf8')) as ExtractionOutcome;
      } catch {
        return undefined;
      }
    });
    inputs.forEach((input, i) => {
      const outcome = cached[i];
      if (outcome === undefined) todo.push(input);
      else outcomes.set(input.id, outcome);
    });
  }
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.floor(todo.length / (options.minSourcesPerThread ?? MIN_SOURCES_PER_THREAD))));
  const fresh = threads <= 1 ? todo.map((input) => [input.id, extractOutcome(input, knowledge)] as const) : await extractInWorkers(todo, options.root, threads);
  for (const [id, outcome] of fresh) outcomes.set(id, outcome);
  if (cacheDir !== undefined) {
    // Written to a temporary name then renamed, so an interrupted run never leaves a truncated entry.
    await inBatches(fresh, async ([id, outcome]) => {
      const file = path.join(cacheDir, `${keys.get(id)!}.json`);
      await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(outcome));
      await rename(`${file}.${process.pid}.tmp`, file);
    });
  }
  return { outcomes, stats: { cached: inputs.length - todo.length, extracted: todo.length, threads } };
}

/**
 * The worker's entry: src/io/extract-worker.ts loaded through tsx's API, since tsx's loader hooks do not reach worker
 * threads and Node cannot run a `.ts` worker by itself.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) => tsImport(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/** Maps `items` through `run`, at most 256 at a time (enough to keep the disk busy, few enough open files). */
async function inBatches<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 256) results.push(...(await Promise.all(items.slice(i, i + 256).map(run))));
  return results;
}

/** Splits the sources over `threads` workers (src/io/extract-worker.ts) and gathers their outcomes. */
async function extractInWorkers(todo: SourceInput[], root: string, threads: number): Promise<[string, ExtractionOutcome][]> {
  const size = Math.ceil(todo.length / threads);
  const batches = Array.from({ length: threads }, (_, i) => todo.slice(i * size, (i + 1) * size)).filter((batch) => batch.length > 0);
  const results = await Promise.all(
    batches.map(
      (batch) =>
        new Promise<[string, ExtractionOutcome][]>((resolve, reject) => {
          const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { root, inputs: batch } });
          worker.once('message', (message: [string, ExtractionOutcome][]) => resolve(message));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}

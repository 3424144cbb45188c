import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractOutcome, type ExtractionOutcome, type SourceInput } from '../ingest/ingest-archive';
import type { Knowledge } from '../ingest/knowledge';
import { cacheKey, type RunCache } from './extraction-cache';
import type { FileClaims, ReadBatches } from './read-files';

export { cacheKey, extractorVersion } from './extraction-cache';

/** What one extraction run did: sources from the cache, sources extracted, threads used. */
export interface ExtractStats {
  cached: number;
  extracted: number;
  threads: number;
}

/** Below this many sources to extract, starting worker threads costs more than it saves. */
const MIN_SOURCES_PER_THREAD = 200;

/** Sources handed to a worker at a time: small enough to balance the load, large enough to make messages few. */
const CHUNK_SIZE = 64;

/** What the main thread sends a worker (src/io/extract-worker.ts): sources to extract. */
export interface ExtractChunk {
  inputs: SourceInput[];
}

/** Chunks to extract, taken in order by every extracting thread. */
export interface ChunkQueue {
  chunks: ExtractChunk[];
  /** Index of the next chunk to take. */
  next: number;
}

/**
 * A chunk's outcomes as a worker sends them back: their JSON texts one per line (`JSON.stringify` writes none on
 * several), UTF-8 encoded in one buffer of their own, and the sources' ids in the same order. Text crosses threads
 * several times faster than the objects would (structured clone); the buffer is moved, not copied; and its bytes are
 * what the cache stores.
 */
export interface ExtractedChunk {
  ids: string[];
  lines: Uint8Array;
}

const ENCODER = new TextEncoder();
const UTF8 = new TextDecoder();
const LINE_FEED = 0x0a;

/** Extracts a chunk of sources: what a worker does with it. */
export function extractChunk(chunk: ExtractChunk, knowledge: Knowledge): ExtractedChunk {
  const texts = chunk.inputs.map((input) => JSON.stringify(extractOutcome(input, knowledge)));
  // TextEncoder gives a buffer of its own (never a slice of a shared pool), which can be transferred.
  return { ids: chunk.inputs.map((input) => input.id), lines: ENCODER.encode(texts.join('\n')) };
}

/** Each source id of an extracted chunk with its outcome's JSON text: a view of the chunk's bytes. */
export function* extractedOutcomes(chunk: ExtractedChunk): Generator<[string, Uint8Array]> {
  let start = 0;
  for (const id of chunk.ids) {
    const end = chunk.lines.indexOf(LINE_FEED, start);
    const stop = end === -1 ? chunk.lines.length : end;
    yield [id, chunk.lines.subarray(start, stop)];
    start = stop + 1;
  }
}

/** What the main thread sends a worker to have it read files beside it (see `ExtractPool.readBeside`). */
export interface ReadRequest {
  claims: FileClaims;
}

/** What a worker is told before any chunk: the curated knowledge (already validated here). */
export interface ExtractWorkerData {
  knowledge: Knowledge;
}

/**
 * Extracts every source, reusing the outcomes in `cache` (see `ExtractionCache`) for sources whose text,
 * curated data and extractor code are unchanged, and spreading the rest over worker threads (one per core, at most
 * `threads`). This thread then saves the cache: what was extracted is added, and what this run did not use is
 * dropped. Workers get the curated knowledge from this thread. Results are the ones `extractArticle` gives in the
 * main thread.
 */
export async function extractSources(
  inputs: SourceInput[],
  knowledge: Knowledge,
  options: {
    cache?: RunCache | undefined;
    threads?: number;
    minSourcesPerThread?: number;
    /** Workers started earlier (see `ExtractPool`), used instead of new ones; the caller closes it. */
    pool?: ExtractPool | undefined;
    /**
     * Called once the workers have their first chunks, before this thread extracts any: what the caller needs only
     * after extraction (to resolve what it gives) can be read meanwhile. Awaited.
     */
    beforeExtracting?: (() => Promise<void> | void) | undefined;
    /**
     * Called with the outcomes so far after the cache is read and each time workers send more (sources are sent in
     * the order of `inputs`), so the caller can use them while the others are being extracted. The caller may delete
     * the outcomes it is done with, so that they are freed: they are not read again here, and the map returned then
     * holds the others only.
     */
    onProgress?: ((outcomes: Map<string, ExtractionOutcome>) => void) | undefined;
  },
): Promise<{
  outcomes: Map<string, ExtractionOutcome>;
  stats: ExtractStats;
  /**
   * Resolves to how many cache files (shards) were written (0 without a cache) once they are: the writes go on while
   * the caller resolves and writes the archive. Await it before another run on the same cache.
   */
  cacheSaved: Promise<number>;
}> {
  const outcomes = new Map<string, ExtractionOutcome>();
  const cache = options.cache?.entries;
  const version = options.cache?.version ?? '';
  const todo: SourceInput[] = [];
  // An empty cache has nothing to look up: every source is extracted, and its key is computed only to cache it, once
  // the workers have their chunks (10,000 keys take about 0.1 s, while the workers would wait).
  // The keys of sources to extract that the look-up computed already, by source id.
  const keys = new Map<string, string>();
  if (cache === undefined || cache.holdsNothing()) todo.push(...inputs);
  else {
    for (const input of inputs) {
      const key = cacheKey(input, version);
      const outcome = parseOutcome(cache.get(key));
      if (outcome === undefined) {
        keys.set(input.id, key);
        todo.push(input);
      } else outcomes.set(input.id, outcome);
    }
  }
  const keyOf = (input: SourceInput) => keys.get(input.id) ?? cacheKey(input, version);
  const todoById = new Map(todo.map((input) => [input.id, input]));
  options.onProgress?.(outcomes);
  // This thread extracts too, between resolving what the workers send: workers are one fewer than the threads.
  const available = options.pool === undefined ? (options.threads ?? availableParallelism()) : options.pool.size + 1;
  const threads = Math.max(1, Math.min(options.threads ?? available, available, Math.floor(todo.length / (options.minSourcesPerThread ?? MIN_SOURCES_PER_THREAD))));
  const queue: ChunkQueue = { chunks: [], next: 0 };
  // Few sources still make a chunk for every thread.
  const size = Math.max(1, Math.min(CHUNK_SIZE, Math.ceil(todo.length / (threads * CHUNKS_IN_FLIGHT))));
  for (let i = 0; i < todo.length; i += size) queue.chunks.push({ inputs: todo.slice(i, i + size) });
  // What the workers send: JSON texts, parsed here and cached as the bytes they came in.
  const take = (chunk: ExtractedChunk) => {
    for (const [id, json] of extractedOutcomes(chunk)) {
      outcomes.set(id, JSON.parse(UTF8.decode(json)) as ExtractionOutcome);
      cache?.put(keyOf(todoById.get(id)!), json);
    }
    options.onProgress?.(outcomes);
  };
  const pool = threads <= 1 ? undefined : (options.pool ?? new ExtractPool(threads - 1));
  try {
    const workers = pool?.extract(queue, { knowledge }, threads - 1, take);
    // Should a worker fail, this thread stops taking chunks and the failure is thrown below.
    let failed = false;
    workers?.catch(() => (failed = true));
    await options.beforeExtracting?.();
    for (let chunk = queue.chunks[queue.next++]; chunk !== undefined && !failed; chunk = queue.chunks[queue.next++]) {
      for (const [i, input] of chunk.inputs.entries()) {
        const outcome = extractOutcome(input, knowledge);
        outcomes.set(input.id, outcome);
        cache?.put(keyOf(input), JSON.stringify(outcome));
        // Every few sources, let the workers' outcomes in and send them their next chunks: a worker waits for its next
        // chunk while this thread extracts.
        if (pool !== undefined && i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      }
      options.onProgress?.(outcomes);
      if (pool !== undefined) await new Promise((resolve) => setImmediate(resolve));
    }
    await workers;
  } finally {
    if (pool !== undefined && options.pool === undefined) await pool.close();
  }
  let cacheSaved = Promise.resolve(0);
  if (cache !== undefined) {
    mkdirSync(cache.dir, { recursive: true });
    cacheSaved = cache.save();
    // Handled here so that a failure is not reported as unhandled before the caller awaits it; the caller still gets it.
    cacheSaved.catch(() => undefined);
  }
  return { outcomes, stats: { cached: inputs.length - todo.length, extracted: todo.length, threads }, cacheSaved };
}

/** A cached outcome's JSON text parsed, or undefined when there is none or it cannot be parsed (a damaged entry). */
function parseOutcome(json: string | undefined): ExtractionOutcome | undefined {
  if (json === undefined) return undefined;
  try {
    const outcome = JSON.parse(json) as ExtractionOutcome | null;
    return typeof outcome === 'object' && outcome !== null && typeof outcome.ok === 'boolean' ? outcome : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The worker's entry: src/io/extract-worker.ts loaded through tsx's API, since tsx's loader hooks do not reach worker
 * threads and Node cannot run a `.ts` worker by itself.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) => tsImport(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/**
 * Starts a pool now for `count` sources to extract, when they are enough to use worker threads (as `extractSources`
 * decides); else undefined.
 */
export function startPoolFor(count: number): ExtractPool | undefined {
  const threads = Math.min(availableParallelism(), Math.floor(count / MIN_SOURCES_PER_THREAD));
  return threads > 1 ? new ExtractPool(threads - 1) : undefined;
}

/**
 * Chunks a worker holds at once: the next ones are waiting while it sends back the last one's outcomes, and while this
 * thread, busy extracting or resolving, has not yet read them.
 */
const CHUNKS_IN_FLIGHT = 3;

/** Sources this thread extracts between two looks at what the workers sent. */
const YIELD_EVERY = 16;

/**
 * Extraction worker threads (src/io/extract-worker.ts). A pool can be started before the curated data and sources are
 * read, so that the workers' start-up (loading the extractor's code) overlaps with that reading.
 */
export class ExtractPool {
  private readonly workers: Worker[];
  /** Why a worker stopped before `extract` listened to it. */
  private readonly failures = new Map<Worker, Error>();
  private closed = false;
  /** What every worker was told before any chunk, once told (`prepare`). */
  private told: ExtractWorkerData | undefined;

  /** Starts `threads` workers (default: one per core). */
  constructor(threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(WORKER_BOOT, { eval: true }));
    for (const worker of this.workers) {
      // A worker failing while idle must not crash the process: `extract` reports it.
      worker.on('error', (error) => this.failures.set(worker, error));
      worker.once('exit', (code) => {
        if (!this.failures.has(worker)) this.failures.set(worker, new Error(`extraction worker exited with code ${code} before finishing`));
      });
    }
  }

  /**
   * Tells every worker the curated knowledge now, so that they take it in while this thread reads the sources; else
   * `extract` tells them. Call once, with the knowledge later given to `extract`.
   */
  prepare(data: ExtractWorkerData): void {
    if (this.told !== undefined) throw new Error('the extraction workers were told their data already');
    this.told = data;
    for (const worker of this.workers) worker.postMessage(data);
  }

  /**
   * Has every worker read files of `claims` beside this thread, which reads them too (see `FileClaims`), before any
   * extraction; resolves to what each read. Call after `prepare`: a worker takes its first message for its data.
   */
  readBeside(claims: FileClaims): Promise<ReadBatches[]> {
    if (this.closed) throw new Error('the extraction pool is closed');
    if (this.told === undefined) throw new Error('the extraction workers must be told their data before they read files');
    return this.withEach<ReadBatches>(this.workers, (worker, resolve, reject) => {
      const exited = (code: number) => reject(new Error(`extraction worker exited with code ${code} before reading its files`));
      worker.once('message', (read: ReadBatches) => {
        worker.off('error', reject);
        worker.off('exit', exited);
        resolve(read);
      });
      worker.once('error', reject);
      worker.once('exit', exited);
      worker.postMessage({ claims } satisfies ReadRequest);
    });
  }

  /** Runs `task` with each of `workers`, resolving to what each gives; one that has failed already rejects at once. */
  private withEach<T>(workers: Worker[], task: (worker: Worker, resolve: (value: T) => void, reject: (error: unknown) => void) => void): Promise<T[]> {
    return Promise.all(
      workers.map(
        (worker) =>
          new Promise<T>((resolve, reject) => {
            const failure = this.failures.get(worker);
            if (failure === undefined) task(worker, resolve, reject);
            else reject(failure);
          }),
      ),
    );
  }

  /** How many workers the pool has. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Hands the chunks of the queue to at most `threads` workers, a few at a time, so a worker that finishes early takes
   * more (other threads may take chunks from the same queue); hands each chunk's outcomes to `onChunk` as they come.
   * Resolves once every chunk is extracted. Call once per pool.
   */
  async extract(
    queue: ChunkQueue,
    data: ExtractWorkerData,
    threads = this.workers.length,
    onChunk?: (chunk: ExtractedChunk) => void,
  ): Promise<void> {
    if (this.closed) throw new Error('the extraction pool is closed');
    await this.withEach<void>(this.workers.slice(0, Math.min(threads, queue.chunks.length - queue.next)), (worker, resolve, reject) => {
      let pending = 0;
      const send = () => {
        while (pending < CHUNKS_IN_FLIGHT && queue.next < queue.chunks.length) {
          worker.postMessage(queue.chunks[queue.next++]);
          pending += 1;
        }
        if (pending === 0) resolve();
      };
      worker.on('message', (message: ExtractedChunk) => {
        pending -= 1;
        // The next chunk goes out before this one is used, so the worker is not kept waiting.
        send();
        try {
          onChunk?.(message);
        } catch (error) {
          reject(error);
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`extraction worker exited with code ${code} before finishing`)));
      if (this.told === undefined) worker.postMessage(data);
      else if (this.told.knowledge !== data.knowledge) {
        reject(new Error("the extraction workers were told other curated knowledge than this extraction's"));
        return;
      }
      send();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

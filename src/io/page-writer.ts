/*
 * Writes rendered pages to disk through Node's file system thread pool, a bounded number at a time, so that the thread
 * that renders goes on rendering while the pool writes, and holds only the pages not yet written. Node's callback calls,
 * not its promise API: `fs/promises` opens a `FileHandle` and settles a promise for each of the four calls (folder, open,
 * write, close): 2.2 s of the main thread's CPU profile in those calls alone, for the 35,600 pages of 10,000 articles; with callbacks, the
 * Astro stage took 0.7–2.2 s less (three alternating pairs of `astro build --force`, 2026-11-24 14:55–14:58).
 *
 * Why not a synchronous write from each thread that renders: two threads creating files and folders side by side in the
 * same folders of dist/ waited on each other in the kernel (10,000 articles: 5.4 s in `open` on each thread, the Astro
 * stage 34 s instead of 29 s); one pool thread (`UV_THREADPOOL_SIZE=1`, see scripts/build.ts) creates them in turn.
 */
import { mkdir, writeFile } from 'node:fs';
import path from 'node:path';

/** Writes in flight at most: about 10 KiB each for a meeting page. */
const WRITES_IN_FLIGHT = 32;

export class PageWriter {
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | undefined;
  private written = 0;

  constructor(private readonly limit = WRITES_IN_FLIGHT) {}

  /** Pages written so far. */
  get count(): number {
    return this.written;
  }

  /**
   * Starts writing `bytes` to `file`, creating its folder, once fewer than `limit` writes are in flight; resolves once
   * the write has started. Rejects once any write has failed.
   */
  async write(file: string, bytes: Uint8Array): Promise<void> {
    while (this.pending.size >= this.limit && this.failure === undefined) await Promise.race(this.pending);
    if (this.failure !== undefined) throw this.failure;
    const write: Promise<void> = new Promise<void>((resolve, reject) => {
      mkdir(path.dirname(file), { recursive: true }, (mkdirError) => {
        if (mkdirError) reject(mkdirError);
        else writeFile(file, bytes, (writeError) => (writeError ? reject(writeError) : resolve()));
      });
    })
      .then(
        () => {
          this.written += 1;
        },
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
        },
      )
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
  }

  /** Resolves once every write started is done; rejects with the first that failed. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
    if (this.failure !== undefined) throw this.failure;
  }
}

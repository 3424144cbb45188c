import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';

/**
 * Writes the service worker with workbox-build's `generateSW`; returns how many files it precaches and its warnings.
 *
 * workbox-build bundles `sw.js` through a temporary copy in a folder of its own that it never removes (one more folder
 * in the system's temporary folder per build). It takes that folder's parent from the system's temporary folder once,
 * when it is first loaded (the `temp-dir` package), so it is loaded here, not at the top of a module, with `TMPDIR`
 * set for that moment to a folder of ours, which is removed once the worker is written. workbox-build also takes over
 * a second to load and 70 MiB that the build's other steps need not carry.
 */
export async function writeServiceWorkerFile(options: GenerateSWOptions): Promise<{ count: number; warnings: string[] }> {
  // Not named after Workbox: its bundler puts every module whose path holds "workbox" in the runtime's chunk.
  const scratch = await mkdtemp(path.join(tmpdir(), 'rencontres-sw-'));
  try {
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    let generateSW: typeof import('workbox-build').generateSW;
    try {
      ({ generateSW } = await import('workbox-build'));
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    const { count, warnings } = await generateSW(options);
    return { count, warnings };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

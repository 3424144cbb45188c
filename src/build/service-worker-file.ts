import { createHash } from 'node:crypto';
import { copyFile, glob, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';

/** What the last generation wrote, kept beside a copy of its files so that the next build can reuse them. */
interface GeneratedServiceWorker {
  /** Digest of everything the files were made from (`serviceWorkerInputDigest`). */
  inputs: string;
  /** The files written, relative to the folder of `swDest`: the worker and Workbox's runtime. */
  files: string[];
  count: number;
  warnings: string[];
}

/**
 * A digest of what `generateSW` makes the worker from: Workbox's version, the options (the runtime caching rules'
 * functions by their source, as Workbox copies them into the worker) and the files the precache globs match, by
 * path and content.
 */
export async function serviceWorkerInputDigest(options: GenerateSWOptions, workboxVersion: string): Promise<string> {
  const directory = options.globDirectory;
  if (directory === undefined) throw new Error('service worker: the options name no globDirectory');
  const digest = createHash('sha256').update(`workbox-build ${workboxVersion}\n`);
  digest.update(JSON.stringify(options, (_, value: unknown) => (typeof value === 'function' ? value.toString() : value)));
  const files: string[] = [];
  for await (const file of glob(options.globPatterns ?? [], { cwd: directory })) files.push(file.split(path.sep).join('/'));
  for (const file of files.sort()) {
    digest.update(`\n${file}\n`).update(createHash('sha256').update(await readFile(path.join(directory, file))).digest('hex'));
  }
  return digest.digest('hex');
}

/** workbox-build's `generateSW`, and the temporary folder it was loaded with (see `generateServiceWorker`). */
let workbox: Promise<{ generateSW: typeof import('workbox-build').generateSW; scratch: string }> | undefined;

/**
 * Runs workbox-build's `generateSW`, loading workbox-build the first time.
 *
 * workbox-build bundles `sw.js` through a temporary copy in a folder of its own that it never removes (one more folder
 * in the system's temporary folder per build). It takes that folder's parent from the system's temporary folder once,
 * when it is first loaded (the `temp-dir` package), so it is loaded here, not at the top of a module, with `TMPDIR`
 * set for that moment to a folder of ours, which is removed once the worker is written (and made again for the next
 * one). workbox-build also takes over a second to load and 70 MiB that the build's other steps need not carry.
 */
async function generateServiceWorker(options: GenerateSWOptions): Promise<{ count: number; warnings: string[]; filePaths: string[] }> {
  workbox ??= (async () => {
    // Not named after Workbox: its bundler puts every module whose path holds "workbox" in the runtime's chunk.
    const scratch = await mkdtemp(path.join(tmpdir(), 'rencontres-sw-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      return { generateSW: (await import('workbox-build')).generateSW, scratch };
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  })();
  const { generateSW, scratch } = await workbox;
  await mkdir(scratch, { recursive: true });
  try {
    return await generateSW(options);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Writes the service worker with workbox-build's `generateSW`; returns how many files it precaches, its warnings and
 * whether the files of the last build were reused. They are, copied from `cacheDir`, when nothing they are made from
 * has changed (`serviceWorkerInputDigest`): loading workbox-build and bundling the worker took 2.2–2.9 s of every
 * build of 10,000 articles.
 */
export async function writeServiceWorkerFile(
  options: GenerateSWOptions,
  cacheDir: string,
  workboxVersion: string,
): Promise<{ count: number; warnings: string[]; reused: boolean }> {
  const outDir = path.dirname(options.swDest);
  const inputs = await serviceWorkerInputDigest(options, workboxVersion);
  const recordFile = path.join(cacheDir, 'generated.json');
  const last = await readFile(recordFile, 'utf8').then((text) => JSON.parse(text) as GeneratedServiceWorker, () => undefined);
  if (last?.inputs === inputs) {
    const copied = await Promise.all(last.files.map((file) => copyFile(path.join(cacheDir, file), path.join(outDir, file)).then(() => true, () => false)));
    if (copied.every(Boolean)) return { count: last.count, warnings: last.warnings, reused: true };
  }
  await rm(cacheDir, { recursive: true, force: true });
  const { count, warnings, filePaths } = await generateServiceWorker(options);
  const files = filePaths.map((file) => path.relative(outDir, file).split(path.sep).join('/'));
  await mkdir(cacheDir, { recursive: true });
  await Promise.all(files.map((file) => copyFile(path.join(outDir, file), path.join(cacheDir, file))));
  // Written last: a copy interrupted midway is never taken for a complete one.
  await writeFile(recordFile, `${JSON.stringify({ inputs, files, count, warnings } satisfies GeneratedServiceWorker)}\n`);
  return { count, warnings, reused: false };
}

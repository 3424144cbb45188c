import { rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../io/list-files';

/*
 * dist/ is kept from one build to the next so that an incremental build can leave an unchanged page where it is
 * (src/build/unchanged-pages.ts). What the new build did not write or keep is then stale: the page of a meeting that
 * was removed, an asset of an older stylesheet, the old search index. These functions find and remove it.
 */

/**
 * Files of `dist` that the build started at `builtSince` (ms since the epoch) neither wrote (their modification time is
 * older) nor kept as the unchanged output of a page (`kept`), relative to `dist`, sorted.
 */
export async function findStaleOutput(dist: string, kept: ReadonlySet<string>, builtSince: number): Promise<string[]> {
  const candidates = (await listFiles(dist)).filter((file) => !kept.has(file));
  const stale: string[] = [];
  // Many stat calls at once: one at a time, each waits its turn on the file system (seconds for a large archive).
  for (let start = 0; start < candidates.length; start += 256) {
    const batch = candidates.slice(start, start + 256);
    const times = await Promise.all(batch.map(async (file) => (await stat(path.join(dist, file))).mtimeMs));
    batch.forEach((file, index) => {
      if (times[index]! < builtSince) stale.push(file);
    });
  }
  return stale;
}

/** Removes the stale files and then every folder they leave empty; returns how many files were removed. */
export async function removeStaleOutput(dist: string, kept: ReadonlySet<string>, builtSince: number): Promise<number> {
  const stale = await findStaleOutput(dist, kept, builtSince);
  const folders = new Set<string>();
  for (const file of stale) {
    await rm(path.join(dist, file), { force: true });
    for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) folders.add(dir);
  }
  // Deepest first, so a parent is tried after its children; a folder that still holds files stays.
  for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await rmdir(path.join(dist, dir)).catch(() => undefined);
  }
  return stale.length;
}

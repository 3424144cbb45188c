import { copyFile, stat, utimes } from 'node:fs/promises';

/**
 * Copies `source` to `copy` unless the copy already has the source's size and modification time, as rsync's quick
 * check compares them; a copy made here carries its source's modification time (to the millisecond a Date holds), so
 * that the next call can tell. A source edited or replaced since, even by an older file, differs in time and is copied.
 * @returns whether the file was copied
 */
export async function copyIfChanged(source: string, copy: string): Promise<boolean> {
  const [original, existing] = await Promise.all([stat(source), stat(copy).catch(() => undefined)]);
  if (existing && existing.size === original.size && Math.abs(existing.mtimeMs - original.mtimeMs) < 1) return false;
  await copyFile(source, copy);
  await utimes(copy, original.atime, original.mtime);
  return true;
}

import { copyFileSync, statSync, utimesSync } from 'node:fs';

/**
 * Copies `source` to `copy` unless the copy already has the source's size and modification time, as rsync's quick
 * check compares them; a copy made here carries its source's modification time (to the millisecond a Date holds), so
 * that the next call can tell. A source edited or replaced since, even by an older file, differs in time and is copied.
 * Synchronous, for a thread that does nothing else meanwhile (src/build/texts-and-feeds.ts).
 * @returns whether the file was copied
 */
export function copyIfChanged(source: string, copy: string): boolean {
  const original = statSync(source);
  const existing = statSync(copy, { throwIfNoEntry: false });
  if (existing && existing.size === original.size && Math.abs(existing.mtimeMs - original.mtimeMs) < 1) return false;
  copyFileSync(source, copy);
  utimesSync(copy, original.atime, original.mtime);
  return true;
}

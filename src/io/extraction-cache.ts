import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ExtractionOutcome, SourceInput } from '../ingest/ingest-archive';
import type { Knowledge } from '../ingest/knowledge';

// Entries are read and written synchronously: for thousands of small files, a promise per file costs several times
// the read or write itself.

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

/** The outcome cached under `key` in `cacheDir`, or undefined when there is none (or it cannot be read). */
export function readCachedOutcome(cacheDir: string, key: string): ExtractionOutcome | undefined {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, `${key}.json`), 'utf8')) as ExtractionOutcome;
  } catch {
    return undefined;
  }
}

/**
 * Caches an outcome under `key` in `cacheDir` (which must exist). Written to a temporary name then renamed, so an
 * interrupted run never leaves a truncated entry; the temporary name is the thread's own, so workers never collide.
 */
export function writeCachedOutcome(cacheDir: string, key: string, outcome: ExtractionOutcome): void {
  const file = path.join(cacheDir, `${key}.json`);
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, JSON.stringify(outcome));
  renameSync(temporary, file);
}

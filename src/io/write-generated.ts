import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveData } from '../ingest/ingest-archive';
import { encodeJsonArray } from '../lib/json-array';

/** The collections written to content/generated/, one JSON file each. */
export const GENERATED_COLLECTIONS = ['sources', 'meetings', 'officials', 'organizations', 'countries', 'themes', 'report'] as const;

function sortKey(entry: object): string {
  const record = entry as { id?: unknown; source?: unknown };
  return String(record.id ?? record.source ?? '');
}

/**
 * Writes `formatJsonArray(elements)` to `file` as UTF-8, block by block as it is encoded (see `encodeJsonArray`), with
 * synchronous writes: each block is written before it is filled again.
 */
export function writeJsonArrayFile(file: string, elements: readonly unknown[]): void {
  const descriptor = openSync(file, 'w');
  try {
    encodeJsonArray(elements, (bytes) => {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
    });
  } finally {
    closeSync(descriptor);
  }
}

/** Writes a collection to `file` as a JSON array sorted by id (`source` for the report), one entry per line: same data, same bytes. */
export function writeCollection(file: string, entries: readonly object[]): void {
  const sorted = [...entries].sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  writeJsonArrayFile(file, sorted);
}

/** Writes every generated collection into `dir` and returns the paths written. */
export async function writeGenerated(dir: string, data: ArchiveData): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return GENERATED_COLLECTIONS.map((name) => {
    const file = path.join(dir, `${name}.json`);
    writeCollection(file, data[name]);
    return file;
  });
}

import { mkdir, writeFile } from 'node:fs/promises';
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
 * A collection as a JSON array sorted by id (`source` for the report), one entry per line, as UTF-8 blocks (see
 * `encodeJsonArray`): same data, same bytes.
 */
export function encodeCollection(entries: readonly object[]): Uint8Array[] {
  const sorted = [...entries].sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return encodeJsonArray(sorted);
}

/** Writes every generated collection into `dir` and returns the paths written. */
export async function writeGenerated(dir: string, data: ArchiveData): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  // Each file is written by the file system's threads while the next one is encoded here.
  return Promise.all(
    GENERATED_COLLECTIONS.map(async (name) => {
      const file = path.join(dir, `${name}.json`);
      await writeFile(file, encodeCollection(data[name]));
      return file;
    }),
  );
}

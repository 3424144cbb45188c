import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { pageDigest } from './page-digest';

/*
 * What each bundle of the search index (src/lib/search-bundles.ts) was built from, so that a build indexes again only
 * the bundles whose meeting pages changed: after one new article, the bundle of its months, not the whole archive
 * (Pagefind took 14 s for the two bundles of 10,000 articles, and 130 s for the 13 of 100,000).
 */

/** A digest of each bundle's input, by bundle path (`pagefind/<period>/`), as the last complete indexing left it. */
export type IndexedBundles = Record<string, string>;

/** Pages read at once. */
const PAGES_IN_FLIGHT = 64;

/** Reads the record kept by `writeIndexedBundles`; none (every bundle to index) when it is absent or unreadable. */
export async function readIndexedBundles(file: string): Promise<IndexedBundles> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return {};
    return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export async function writeIndexedBundles(file: string, record: IndexedBundles): Promise<void> {
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * A digest of what Pagefind would index for a bundle: the indexer (`indexer`: its version and settings), the bundle's
 * path, and each of its meeting pages, in order, by id and the SHA-256 of its bytes in `dist` (`pageDigest`).
 * @param recorded a page's digest as the build recorded it when the page was rendered (src/build/unchanged-pages.ts), by
 *   URL path (`/meetings/<id>/`); a page it does not know is read from `dist` (100,000 articles: 1.3 GB of pages)
 */
export async function bundleInputDigest(
  dist: string,
  bundlePath: string,
  ids: readonly string[],
  indexer: string,
  recorded: Readonly<Record<string, string>> = {},
): Promise<string> {
  const pageDigests = await pLimit(PAGES_IN_FLIGHT).map(ids, async (id) => recorded[`/meetings/${id}/`] ?? pageDigest(await readFile(path.join(dist, 'meetings', id, 'index.html'))));
  const digest = createHash('sha256').update(`${indexer}\n${bundlePath}\n`);
  ids.forEach((id, index) => digest.update(`${id} ${pageDigests[index]}\n`));
  return digest.digest('hex');
}

/** The build's account of a pagefind step (`npm run check:site` reads it back with `bundlesIndexed`). */
export function indexedLine(indexed: number, bundles: number): string {
  return `${indexed} of ${bundles} bundle(s) indexed, the others unchanged`;
}

/** How many bundles a build's output says it indexed (see `indexedLine`), or undefined. */
export function bundlesIndexed(buildOutput: string): number | undefined {
  const match = /(\d+) of \d+ bundle\(s\) indexed/.exec(buildOutput);
  return match ? Number(match[1]) : undefined;
}

/*
 * Which pages the sitemap may list, known as Astro renders them: a page is left out when its head says
 * `<meta name="robots" content="noindex">` (redirect, offline and 404 pages). Reading the head of every page again
 * after the build took 12–30 s at 100,000 articles, once the pages had left the page cache. The record is kept from
 * build to build (`.cache/indexable-pages.json`) for the pages an incremental build leaves in place; a page it does not
 * know is read as before.
 */
import { readFile } from 'node:fs/promises';
import { htmlHeadOf } from '../io/read-html-head';
import { writeFileAtomically } from '../io/write-file-atomically';
import { isIndexable } from '../lib/sitemap';

/** Where the record is kept, relative to the project root. */
export const INDEXABLE_PAGES_RECORD = '.cache/indexable-pages.json';

interface IndexablePagesFile {
  /** Page URL paths, without the site's base path, sorted. */
  indexable: string[];
  noindex: string[];
}

/**
 * A page's URL path without the site's base path, as the record keys it (and as `getStaticPaths` lists pages).
 * @example pathWithoutBase('/archive/meetings/a/', '/archive') // "/meetings/a/"
 */
export function pathWithoutBase(pathname: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** Whether a rendered HTML page belongs in the sitemap, from its head. */
export function isIndexablePage(bytes: Uint8Array): boolean {
  return isIndexable(htmlHeadOf(bytes) ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** The record: page URL → whether it belongs in the sitemap. Empty when missing or unreadable. */
export async function readIndexablePages(file: string): Promise<Map<string, boolean>> {
  try {
    const { indexable, noindex } = JSON.parse(await readFile(file, 'utf8')) as IndexablePagesFile;
    return new Map([...indexable.map((url) => [url, true] as const), ...noindex.map((url) => [url, false] as const)]);
  } catch {
    return new Map();
  }
}

/**
 * Writes the record after a build: the pages it rendered, and those of the last record that it still has (`pages`,
 * every URL of the build) without rendering them again.
 */
export async function writeIndexablePages(file: string, rendered: ReadonlyMap<string, boolean>, pages: ReadonlySet<string>): Promise<void> {
  const record = new Map([...(await readIndexablePages(file))].filter(([url]) => pages.has(url)));
  for (const [url, indexable] of rendered) record.set(url, indexable);
  const urls = [...record.keys()].sort();
  const content: IndexablePagesFile = { indexable: urls.filter((url) => record.get(url)), noindex: urls.filter((url) => !record.get(url)) };
  // An interrupted write leaves the last record, never half of one.
  await writeFileAtomically(file, `${JSON.stringify(content)}\n`);
}

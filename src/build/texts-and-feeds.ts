/*
 * The files of dist/ that need no page: the untouched source texts and the Atom feeds. The build writes them in a worker
 * thread while Astro starts up (src/build/texts-and-feeds-worker.ts): the archive they are made from is then freed
 * with the thread instead of held beside Astro, which at 10,000 articles left 190 MiB less within the 2 GiB budget.
 *
 * The files are written synchronously, one after the other: the thread has nothing else to do, and Astro's start-up
 * beside it leaves less than one core free (it used 1.1–1.7 cores). At 10,000 articles, the 15,000 files written
 * through Node's thread pool, 64 at a time, took 2.8 CPU s; synchronously, 2.1–2.5 (docs/performance.md).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { copyIfChanged } from '../io/copy-if-changed';
import { readGeneratedArchive } from '../io/read-generated';
import type { Archive } from '../lib/archive';
import { feedFiles, writeFeedFiles } from './feed-files';

/** Where to write, and the site's address. */
export interface TextsAndFeedsTarget {
  /** The project root: content/generated/ and content/sources/ are read from it. */
  root: string;
  dist: string;
  site: string;
  base: string;
}

/** What was written: a line for the build's log, and every file written or left as it was, relative to dist/. */
export interface TextsAndFeedsWritten {
  detail: string;
  files: string[];
}

/**
 * Copies the untouched text of every source in the archive to dist/sources/<id>.txt, byte for byte (meeting pages
 * link to it). A plain copy: as an Astro route, each of 100,000 texts cost a page render. A copy already there with its
 * source's size and modification time is left alone (`copyIfChanged`; copying 10,000 texts again took about a second
 * of every build).
 */
function copySourceTexts({ sources }: Archive, { root, dist }: TextsAndFeedsTarget): string {
  const sourcesDir = path.join(root, 'content', 'sources');
  mkdirSync(path.join(dist, 'sources'), { recursive: true });
  let copied = 0;
  for (const source of sources) {
    const file = path.resolve(root, source.file);
    if (!file.startsWith(`${sourcesDir}${path.sep}`)) throw new Error(`source file outside content/sources: ${source.file}`);
    if (copyIfChanged(file, path.join(dist, 'sources', `${source.id}.txt`))) copied += 1;
  }
  return `${sources.length} source texts in dist/sources/, ${copied} copied, the others unchanged`;
}

/** Writes every Atom feed (src/build/feed-files.ts). */
function writeFeeds(archive: Archive, { dist, site, base }: TextsAndFeedsTarget): string {
  const { feeds, written } = writeFeedFiles(archive, dist, site, base);
  return `${feeds} Atom feeds (dist/feed.xml, dist/feeds/), ${written} written, the others unchanged`;
}

/** Both, from the archive as ingest wrote it. */
export async function writeSourceTextsAndFeeds(target: TextsAndFeedsTarget): Promise<TextsAndFeedsWritten> {
  const archive = await readGeneratedArchive(path.join(target.root, 'content/generated'));
  const texts = copySourceTexts(archive, target);
  const feeds = writeFeeds(archive, target);
  return { detail: `${texts}; ${feeds}`, files: [...archive.sources.map((source) => `sources/${source.id}.txt`), ...feedFiles(archive)] };
}

/*
 * The files of dist/ that need no page: the untouched source texts and the Atom feeds. The build writes them in a worker
 * thread while Astro starts up (src/build/texts-and-feeds-worker.ts): the archive they are made from is then freed
 * with the thread instead of held beside Astro, which at 10,000 articles left 190 MiB less within the 2 GiB budget.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
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

/** File operations handed to Node's thread pool at once. */
const FILES_IN_FLIGHT = 64;

/**
 * Copies the untouched text of every source in the archive to dist/sources/<id>.txt, byte for byte (meeting pages
 * link to it). A plain copy: as an Astro route, each of 100,000 texts cost a page render. A copy already there with its
 * source's size and modification time is left alone (`copyIfChanged`; copying 10,000 texts again took about a second
 * of every build).
 */
async function copySourceTexts({ sources }: Archive, { root, dist }: TextsAndFeedsTarget): Promise<string> {
  const sourcesDir = path.join(root, 'content', 'sources');
  await mkdir(path.join(dist, 'sources'), { recursive: true });
  const copied = await pLimit(FILES_IN_FLIGHT).map(sources, (source) => {
    const file = path.resolve(root, source.file);
    if (!file.startsWith(`${sourcesDir}${path.sep}`)) throw new Error(`source file outside content/sources: ${source.file}`);
    return copyIfChanged(file, path.join(dist, 'sources', `${source.id}.txt`));
  });
  return `${sources.length} source texts in dist/sources/, ${copied.filter(Boolean).length} copied, the others unchanged`;
}

/** Writes every Atom feed (src/build/feed-files.ts). */
async function writeFeeds(archive: Archive, { dist, site, base }: TextsAndFeedsTarget): Promise<string> {
  const { feeds, written } = await writeFeedFiles(archive, dist, site, base);
  return `${feeds} Atom feeds (dist/feed.xml, dist/feeds/), ${written} written, the others unchanged`;
}

/** Both at once, from the archive as ingest wrote it: the texts are copied by the file system's threads while this thread makes the feeds. */
export async function writeSourceTextsAndFeeds(target: TextsAndFeedsTarget): Promise<TextsAndFeedsWritten> {
  const archive = await readGeneratedArchive(path.join(target.root, 'content/generated'));
  const [texts, feeds] = await Promise.all([copySourceTexts(archive, target), writeFeeds(archive, target)]);
  return { detail: `${texts}; ${feeds}`, files: [...archive.sources.map((source) => `sources/${source.id}.txt`), ...feedFiles(archive)] };
}

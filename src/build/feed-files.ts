import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Archive } from '../lib/archive';
import { toAtomXml } from '../lib/atom';
import { feedPath, getFeed, getFeedTargets, type FeedTarget } from '../lib/feeds';

/** Files written at once. */
const FILES_IN_FLIGHT = 64;

/** Every feed the site publishes (the whole archive's, then one per official, theme, organization and country). */
function feedTargets(archive: Archive): FeedTarget[] {
  return [{}, ...getFeedTargets(archive)];
}

/** The files of every feed, relative to dist/: `feed.xml` and `feeds/<section>/<id>.xml`. */
export function feedFiles(archive: Archive): string[] {
  return feedTargets(archive).map((target) => feedPath('/', target.kind, target.id).slice(1));
}

/**
 * Writes every Atom feed into `dist`, leaving alone a file that already holds the feed (its modification time then still
 * tells hosts and feed readers when it last changed); returns how many feeds there are and how many files were written.
 * Written by the build script rather than rendered by Astro: a feed is one call of `toAtomXml`, and as Astro endpoints
 * the 4,925 feeds of 10,000 articles took 5 s of a build on one thread, a page render each.
 */
export async function writeFeedFiles(archive: Archive, dist: string, site: string, base: string): Promise<{ feeds: number; written: number }> {
  const feeds = feedTargets(archive).map((target) => ({ target, file: path.join(dist, feedPath('/', target.kind, target.id)) }));
  await Promise.all([...new Set(feeds.map((feed) => path.dirname(feed.file)))].map((folder) => mkdir(folder, { recursive: true })));
  const written = await pLimit(FILES_IN_FLIGHT).map(feeds, async (feed) => {
    const xml = toAtomXml(getFeed(archive, feed.target, site, base));
    if ((await readFile(feed.file, 'utf8').catch(() => undefined)) === xml) return false;
    await writeFile(feed.file, xml);
    return true;
  });
  return { feeds: feeds.length, written: written.filter(Boolean).length };
}

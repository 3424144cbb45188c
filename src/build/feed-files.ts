import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from '../lib/archive';
import { toAtomXml } from '../lib/atom';
import { feedPath, getFeed, getFeedTargets, type FeedTarget } from '../lib/feeds';

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
 * the 4,925 feeds of 10,000 articles took 5 s of a build on one thread, a page render each. Synchronous: it runs in a
 * worker thread of its own (src/build/texts-and-feeds.ts), beside Astro's start-up.
 */
export function writeFeedFiles(archive: Archive, dist: string, site: string, base: string): { feeds: number; written: number } {
  const feeds = feedTargets(archive).map((target) => ({ target, file: path.join(dist, feedPath('/', target.kind, target.id)) }));
  for (const folder of new Set(feeds.map((feed) => path.dirname(feed.file)))) mkdirSync(folder, { recursive: true });
  let written = 0;
  for (const feed of feeds) {
    const xml = toAtomXml(getFeed(archive, feed.target, site, base));
    if (readTextIfAny(feed.file) === xml) continue;
    writeFileSync(feed.file, xml);
    written += 1;
  }
  return { feeds: feeds.length, written };
}

/** A file's text, or undefined when there is no such file. */
function readTextIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

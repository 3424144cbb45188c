import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { feedFiles, writeFeedFiles } from '../../../src/build/feed-files';
import { getFeedTargets } from '../../../src/lib/feeds';
import { fixtureArchive } from '../_site-fixture';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('writeFeedFiles', () => {
  test('writes the archive feed and one per official, theme, organization and country, the files feedFiles lists', () => {
    const archive = fixtureArchive();
    const dist = tempDir('feed-files-');
    const { feeds, written } = writeFeedFiles(archive, dist, 'https://x.org', '/archive/');
    expect(feeds).toBe(1 + getFeedTargets(archive).length);
    expect(written).toBe(feeds);
    // Files sit where the site serves them, the base being the host's folder, not dist/'s.
    expect(filesUnder(dist)).toEqual([...feedFiles(archive)].sort());
    expect(feedFiles(archive)).toContain('feed.xml');
    expect(feedFiles(archive)).toContain('feeds/officials/luong-tam-quang.xml');
  });

  test('each feed names its own URL, under the base', () => {
    const archive = fixtureArchive();
    const dist = tempDir('feed-files-');
    writeFeedFiles(archive, dist, 'https://x.org', '/archive/');
    for (const file of feedFiles(archive)) {
      const xml = readFileSync(path.join(dist, file), 'utf8');
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="https://x.org/archive/${file}"/>`);
    }
  });

  test('writes again only the feeds that changed', () => {
    const archive = fixtureArchive();
    const dist = tempDir('feed-files-');
    writeFeedFiles(archive, dist, 'https://x.org', '/');
    const official = path.join(dist, 'feeds/officials/luong-tam-quang.xml');
    const before = statSync(official).mtimeMs;
    writeFileSync(path.join(dist, 'feed.xml'), 'stale');
    const { feeds, written } = writeFeedFiles(archive, dist, 'https://x.org', '/');
    expect(written).toBe(1);
    expect(readFileSync(path.join(dist, 'feed.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(statSync(official).mtimeMs).toBe(before);
    expect(feeds).toBeGreaterThan(written);
  });
});

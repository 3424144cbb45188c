import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { feedFiles, writeFeedFiles } from '../../../src/build/feed-files';
import { getFeedTargets } from '../../../src/lib/feeds';
import { fixtureArchive } from '../_site-fixture';

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('writeFeedFiles', () => {
  test('writes the archive feed and one per official, theme, organization and country, the files feedFiles lists', async () => {
    const archive = fixtureArchive();
    const dist = mkdtempSync(path.join(tmpdir(), 'feed-files-'));
    const count = await writeFeedFiles(archive, dist, 'https://x.org', '/archive/');
    expect(count).toBe(1 + getFeedTargets(archive).length);
    // Files sit where the site serves them, the base being the host's folder, not dist/'s.
    expect(filesUnder(dist)).toEqual([...feedFiles(archive)].sort());
    expect(feedFiles(archive)).toContain('feed.xml');
    expect(feedFiles(archive)).toContain('feeds/officials/luong-tam-quang.xml');
  });

  test('each feed names its own URL, under the base', async () => {
    const archive = fixtureArchive();
    const dist = mkdtempSync(path.join(tmpdir(), 'feed-files-'));
    await writeFeedFiles(archive, dist, 'https://x.org', '/archive/');
    for (const file of feedFiles(archive)) {
      const xml = readFileSync(path.join(dist, file), 'utf8');
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="https://x.org/archive/${file}"/>`);
    }
  });
});

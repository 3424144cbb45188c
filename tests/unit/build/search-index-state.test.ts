import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageDigest } from '../../../src/build/page-digest';
import { bundleInputDigest, bundlesIndexed, indexedLine, readIndexedBundles, writeIndexedBundles } from '../../../src/build/search-index-state';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

/** A dist/ holding a meeting page for each id, with the given text. */
function distWith(pages: Record<string, string>): string {
  const dist = tempDir('search-index-state-');
  for (const [id, html] of Object.entries(pages)) {
    mkdirSync(path.join(dist, 'meetings', id), { recursive: true });
    writeFileSync(path.join(dist, 'meetings', id, 'index.html'), html);
  }
  return dist;
}

describe('bundleInputDigest', () => {
  const pages = { a: '<p>A</p>', b: '<p>B</p>' };

  test('is the same for the same pages, wherever dist/ is', async () => {
    expect(await bundleInputDigest(distWith(pages), 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6')).toBe(await bundleInputDigest(distWith(pages), 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6'));
  });

  test('changes with a page, the pages listed, the bundle or the indexer', async () => {
    const dist = distWith(pages);
    const digest = await bundleInputDigest(dist, 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6');
    expect(await bundleInputDigest(distWith({ ...pages, b: '<p>B.</p>' }), 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6')).not.toBe(digest);
    expect(await bundleInputDigest(dist, 'pagefind/2025/', ['a'], 'pagefind 1.6')).not.toBe(digest);
    expect(await bundleInputDigest(dist, 'pagefind/2024--2025/', ['a', 'b'], 'pagefind 1.6')).not.toBe(digest);
    expect(await bundleInputDigest(dist, 'pagefind/2025/', ['a', 'b'], 'pagefind 1.7')).not.toBe(digest);
  });

  test('takes a page’s recorded digest for its bytes: the same digest as reading it, and no read', async () => {
    const dist = distWith(pages);
    const read = await bundleInputDigest(dist, 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6');
    const recorded = { '/meetings/a/': pageDigest(Buffer.from(pages.a)), '/meetings/b/': pageDigest(Buffer.from(pages.b)) };
    // No dist/ at all: every page is known from the record.
    expect(await bundleInputDigest(path.join(dist, 'none'), 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6', recorded)).toBe(read);
    // A page the record does not know is read.
    expect(await bundleInputDigest(dist, 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6', { '/meetings/b/': recorded['/meetings/b/'] })).toBe(read);
    expect(await bundleInputDigest(dist, 'pagefind/2025/', ['a', 'b'], 'pagefind 1.6', { '/meetings/b/': pageDigest(Buffer.from('<p>B.</p>')) })).not.toBe(read);
  });

  test('fails on a meeting page that is not in dist/', async () => {
    await expect(bundleInputDigest(distWith(pages), 'pagefind/2025/', ['a', 'c'], 'pagefind 1.6')).rejects.toThrow(/meetings\/c\/index\.html/);
  });
});

describe('readIndexedBundles', () => {
  test('reads back what was written', async () => {
    const file = path.join(tempDir('indexed-'), 'record.json');
    await writeIndexedBundles(file, { 'pagefind/2025/': 'abc' });
    expect(await readIndexedBundles(file)).toEqual({ 'pagefind/2025/': 'abc' });
  });

  test('counts nothing as indexed when the record is absent or damaged', async () => {
    const dir = tempDir('indexed-');
    expect(await readIndexedBundles(path.join(dir, 'none.json'))).toEqual({});
    writeFileSync(path.join(dir, 'bad.json'), '{"pagefind/2025/": ');
    expect(await readIndexedBundles(path.join(dir, 'bad.json'))).toEqual({});
    writeFileSync(path.join(dir, 'odd.json'), '{"pagefind/2025/": 3, "pagefind/2024/": "x"}');
    expect(await readIndexedBundles(path.join(dir, 'odd.json'))).toEqual({ 'pagefind/2024/': 'x' });
  });
});

test('bundlesIndexed reads back the line the pagefind step prints', () => {
  expect(bundlesIndexed(`[build] ✓ pagefind (1.0 s): 8 meeting pages in 1 bundle(s): pagefind/2025/ (8); ${indexedLine(0, 1)}`)).toBe(0);
  expect(bundlesIndexed(indexedLine(3, 13))).toBe(3);
  expect(bundlesIndexed('[build] ✓ pagefind (1.0 s)')).toBeUndefined();
});

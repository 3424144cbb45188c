import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isIndexablePage, pathWithoutBase, readIndexablePages, writeIndexablePages } from '../../../src/build/indexable-pages';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();
const bytes = (html: string) => new TextEncoder().encode(html);

describe('isIndexablePage', () => {
  test('reads the robots meta of the head only', () => {
    expect(isIndexablePage(bytes('<html><head><title>Réunion</title></head><body><p>noindex</p></body></html>'))).toBe(true);
    expect(isIndexablePage(bytes('<html><head><meta name="robots" content="noindex"></head><body></body></html>'))).toBe(false);
    // A page whose text quotes the tag is still listed: only the head counts.
    expect(isIndexablePage(bytes('<html><head></head><body><code>&lt;meta name="robots" content="noindex"&gt;</code><meta name="robots" content="noindex"></body></html>'))).toBe(true);
  });

  test('reads a page without a head in full', () => {
    expect(isIndexablePage(bytes('<meta name="robots" content="noindex"><p>Redirection</p>'))).toBe(false);
  });
});

describe('pathWithoutBase', () => {
  test('removes the base path, with or without its trailing slash', () => {
    expect(pathWithoutBase('/archive/meetings/a/', '/archive/')).toBe('/meetings/a/');
    expect(pathWithoutBase('/archive/meetings/a/', '/archive')).toBe('/meetings/a/');
    expect(pathWithoutBase('/archive/', '/archive/')).toBe('/');
    expect(pathWithoutBase('/meetings/a/', '/')).toBe('/meetings/a/');
    expect(pathWithoutBase('/archives/x/', '/archive')).toBe('/archives/x/');
  });
});

describe('the record', () => {
  test('keeps what a build rendered, and what it left in place from the last one, but no page it no longer has', async () => {
    const file = path.join(tempDir('indexable-pages-'), '.cache', 'indexable-pages.json');
    expect(await readIndexablePages(file)).toEqual(new Map());

    await writeIndexablePages(file, new Map([['/meetings/a/', true], ['/offline/', false], ['/meetings/b/', true]]), new Set(['/meetings/a/', '/offline/', '/meetings/b/']));
    expect(await readIndexablePages(file)).toEqual(new Map([['/meetings/a/', true], ['/meetings/b/', true], ['/offline/', false]]));

    // The next build renders only a, now a redirect page, and no longer has b.
    await writeIndexablePages(file, new Map([['/meetings/a/', false]]), new Set(['/meetings/a/', '/offline/']));
    expect(await readIndexablePages(file)).toEqual(new Map([['/meetings/a/', false], ['/offline/', false]]));
  });

  test('an unreadable record is no record: every page head is read again', async () => {
    const dir = tempDir('indexable-pages-');
    writeFileSync(path.join(dir, 'record.json'), '{"indexable": [');
    expect(await readIndexablePages(path.join(dir, 'record.json'))).toEqual(new Map());
  });
});

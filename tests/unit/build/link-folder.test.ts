import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { syncLinkFolder } from '../../../src/build/link-folder';

describe('syncLinkFolder', () => {
  let root: string;
  let dist: string;
  let folder: string;
  const page = (id: string) => `meetings/${id}/index.html`;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };
  const linked = (file: string) => lstatSync(path.join(folder, file)).ino === statSync(path.join(dist, file)).ino;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'rencontres-links-'));
    dist = path.join(root, 'dist');
    folder = path.join(root, '.cache/pagefind-bundles/pagefind/2025/');
    for (const id of ['a', 'b', 'c']) write(page(id), id);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('links every file at its path, and nothing else', () => {
    expect(syncLinkFolder(folder, dist, [page('a'), page('b')])).toEqual({ linked: 2, kept: 0, removed: 0 });
    expect(linked(page('a')) && linked(page('b'))).toBe(true);
    expect(existsSync(path.join(folder, page('c')))).toBe(false);
  });

  test('keeps the links still right, relinks a replaced file and removes what left the set with its folder', () => {
    syncLinkFolder(folder, dist, [page('a'), page('b')]);
    // b's page written again as a new file (removed, then rendered again), c's page new, a's page unchanged.
    unlinkSync(path.join(dist, page('b')));
    write(page('b'), 'b, new');
    expect(syncLinkFolder(folder, dist, [page('b'), page('c')])).toEqual({ linked: 2, kept: 0, removed: 1 });
    expect(readFileSync(path.join(folder, page('b')), 'utf8')).toBe('b, new');
    expect(linked(page('c'))).toBe(true);
    expect(existsSync(path.join(folder, 'meetings/a'))).toBe(false);
    expect(syncLinkFolder(folder, dist, [page('b'), page('c')])).toEqual({ linked: 0, kept: 2, removed: 0 });
  });

  test('fails on a page that is missing from dist/', () => {
    expect(() => syncLinkFolder(folder, dist, [page('missing')])).toThrow();
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../../src/io/list-files';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

test('listFiles lists every file below a folder, relative, with forward slashes, sorted, and no folder', async () => {
  const dir = tempDir('list-files-');
  for (const file of ['meetings/b/index.html', 'meetings/a/index.html', 'index.html', 'pagefind/2025-01--2025-12/pagefind-entry.json']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
  }
  mkdirSync(path.join(dir, 'empty'));
  expect(await listFiles(dir)).toEqual(['index.html', 'meetings/a/index.html', 'meetings/b/index.html', 'pagefind/2025-01--2025-12/pagefind-entry.json']);
});

test('listFiles leaves out the folders it is told to skip right under the folder, and only those', async () => {
  const dir = tempDir('list-files-skip-');
  for (const file of ['index.html', 'pagefind/pagefind-entry.json', 'pagefind/a/b.pf_fragment', 'en/pagefind/index.html', 'pagefinder/x.html']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
  }
  expect(await listFiles(dir, ['pagefind'])).toEqual(['en/pagefind/index.html', 'index.html', 'pagefinder/x.html']);
  expect(await listFiles(`${dir}${path.sep}`, ['pagefind'])).toEqual(['en/pagefind/index.html', 'index.html', 'pagefinder/x.html']);
  expect(await listFiles(dir, ['pagefind', 'en'])).toEqual(['index.html', 'pagefinder/x.html']);
});

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { writeServiceWorkerFile } from '../../../src/build/service-worker-file';
import { getServiceWorkerOptions } from '../../../src/lib/offline';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();
const systemTmp = process.env.TMPDIR;
afterEach(() => {
  if (systemTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = systemTmp;
});

/** A dist/ folder holding these files. */
function distWith(files: Record<string, string>): string {
  const dist = tempDir('service-worker-dist-');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const siteFiles = { '_astro/app.js': 'console.log(1);', '_astro/site.css': 'body{}', 'favicon.svg': '<svg/>', 'offline/index.html': '<p>Hors ligne</p>' };

/** The worker's files in dist/, by name. */
const workerFiles = (dist: string) => Object.fromEntries(readdirSync(dist).filter((file) => file.endsWith('.js')).map((file) => [file, readFileSync(path.join(dist, file), 'utf8')]));

test('writes sw.js precaching the assets and the offline page, and leaves nothing in the temporary folder', async () => {
  const dist = distWith(siteFiles);
  const cache = tempDir('service-worker-cache-');
  // The system's temporary folder, as workbox-build would find it, is one this test watches.
  const tmp = tempDir('service-worker-tmp-');
  process.env.TMPDIR = tmp;

  const { count, warnings, reused } = await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/archive/'), cache, '7.4.1');

  expect(reused).toBe(false);
  expect(warnings).toEqual([]);
  expect(count).toBe(4);
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  expect(sw).toContain('/archive/offline/index.html');
  expect(sw).toContain('/archive/_astro/app.js');
  // The Workbox runtime stays a file of its own that sw.js imports (the bundler splits it by path: a temporary folder
  // named after Workbox would put sw.js itself in that chunk).
  expect(readdirSync(dist).filter((file) => /^workbox-[0-9a-f]+\.js$/.test(file))).toHaveLength(1);
  expect(sw).toMatch(/define\(\["\.\/workbox-[0-9a-f]+"\]/);
  // workbox-build's own temporary copy of sw.js went into a folder of ours, removed with it.
  expect(readdirSync(tmp)).toEqual([]);
  expect(process.env.TMPDIR).toBe(tmp);
}, 60_000);

test('reuses the files of the last generation while nothing they are made from changes, and only then', async () => {
  const dist = distWith(siteFiles);
  const cache = tempDir('service-worker-cache-');
  const first = await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/'), cache, '7.4.1');
  const generated = workerFiles(dist);
  expect(Object.keys(generated)).toHaveLength(2);
  // A build removes them as stale output before writing them again.
  for (const file of Object.keys(generated)) rmSync(path.join(dist, file));

  const again = await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/'), cache, '7.4.1');
  expect(again).toEqual({ ...first, reused: true });
  expect(workerFiles(dist)).toEqual(generated);

  // A precached file, the options or Workbox's version changed: generated again.
  writeFileSync(path.join(dist, '_astro/app.js'), 'console.log(2);');
  const changedFile = await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/'), cache, '7.4.1');
  expect(changedFile.reused).toBe(false);
  expect(workerFiles(dist)['sw.js']).not.toBe(generated['sw.js']);
  expect((await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/archive/'), cache, '7.4.1')).reused).toBe(false);
  expect(workerFiles(dist)['sw.js']).toContain('/archive/_astro/app.js');
  expect((await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/archive/'), cache, '7.4.2')).reused).toBe(false);
  expect((await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/archive/'), cache, '7.4.2')).reused).toBe(true);
}, 60_000);

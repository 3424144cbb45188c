import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

test('writes sw.js precaching the assets and the offline page, and leaves nothing in the temporary folder', async () => {
  const dist = tempDir('service-worker-dist-');
  for (const [file, text] of Object.entries({ '_astro/app.js': 'console.log(1);', '_astro/site.css': 'body{}', 'favicon.svg': '<svg/>', 'offline/index.html': '<p>Hors ligne</p>' })) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  // The system's temporary folder, as workbox-build would find it, is one this test watches.
  const tmp = tempDir('service-worker-tmp-');
  process.env.TMPDIR = tmp;

  const { count, warnings } = await writeServiceWorkerFile(getServiceWorkerOptions(dist, '/archive/'));

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

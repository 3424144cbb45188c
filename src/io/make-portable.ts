import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toPortableHtml } from '../lib/portable';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Rewrites every page of a built site in `dir` (built for `base`) to be read from the file system; returns the page count. */
export async function makePortable(dir: string, base: string): Promise<number> {
  const pages = (await listFiles(dir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  for (const file of pages) {
    const html = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), toPortableHtml(html, file, base));
  }
  return pages.length;
}

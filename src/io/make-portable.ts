import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './list-files';
import { toPortableHtml } from '../lib/portable';

/** Rewrites every page of a built site in `dir` (built for `base`) to be read from the file system; returns the page count. */
export async function makePortable(dir: string, base: string): Promise<number> {
  const pages = (await listFiles(dir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  for (const file of pages) {
    const html = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), toPortableHtml(html, file, base));
  }
  return pages.length;
}

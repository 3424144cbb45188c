import { fdir } from 'fdir';
import path from 'node:path';

/**
 * Every file under `dir`, as paths relative to it with forward slashes, sorted; none under the folders of `dir` named in
 * `skip` (names of folders right under `dir`). fdir reads many folders at once: Node's recursive `readdir` reads one
 * after another (13 s against 2.2 s for the 280,000 files of a 100,000-article dist/).
 */
export async function listFiles(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const skipped = new Set(skip.map((name) => path.join(dir, name, path.sep)));
  const crawler = new fdir().withRelativePaths();
  if (skipped.size > 0) crawler.exclude((_name, dirPath) => skipped.has(dirPath));
  const files = await crawler.crawl(dir).withPromise();
  return files.map((file) => file.split(path.sep).join('/')).sort();
}

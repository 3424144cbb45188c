import { fdir } from 'fdir';
import path from 'node:path';

/**
 * Every file under `dir`, as paths relative to it with forward slashes, sorted. fdir reads many folders at once:
 * Node's recursive `readdir` reads one after another (13 s against 2.2 s for the 280,000 files of a 100,000-article dist/).
 */
export async function listFiles(dir: string): Promise<string[]> {
  const files = await new fdir().withRelativePaths().crawl(dir).withPromise();
  return files.map((file) => file.split(path.sep).join('/')).sort();
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, relative, with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The differences between two folders, one line per file that is missing on one side or whose bytes differ. */
export async function compareDirs(first: string, second: string): Promise<string[]> {
  const [a, b] = await Promise.all([listFiles(first), listFiles(second)]);
  const inB = new Set(b);
  const inA = new Set(a);
  const differences = [...a.filter((file) => !inB.has(file)).map((file) => `only in the first build: ${file}`)];
  differences.push(...b.filter((file) => !inA.has(file)).map((file) => `only in the second build: ${file}`));
  for (const file of a.filter((name) => inB.has(name))) {
    const [x, y] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
    if (!x.equals(y)) differences.push(`bytes differ: ${file}`);
  }
  return differences.sort();
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../io/list-files';

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

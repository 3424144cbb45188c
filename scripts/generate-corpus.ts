/**
 * npm run generate-corpus -- --n 10000 --out DIR [--seed 1]
 * Writes N synthetic source texts in the archive's format (see src/bench/synthetic-corpus.ts) for benchmarks.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from '../src/bench/synthetic-corpus';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  console.error('Usage: npm run generate-corpus -- --n N --out DIR [--seed S]');
  process.exit(2);
}
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('--n and --seed must be whole numbers, --n at least 1');
  process.exit(2);
}
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
for (let i = 0; i < n; i += 500) {
  await Promise.all(
    Array.from({ length: Math.min(500, n - i) }, (_, k) => {
      const article = generateArticle(seed, i + k);
      return writeFile(path.join(out, `${article.id}.txt`), article.text);
    }),
  );
}
console.log(`wrote ${n} synthetic source texts to ${out}`);

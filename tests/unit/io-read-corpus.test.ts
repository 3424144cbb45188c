import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorpus } from '../../src/io/read-corpus';
import { tempDirs } from '../helpers';

const tempDir = tempDirs();

const seeds = path.resolve(import.meta.dirname, '../fixtures/seeds');

describe('readCorpus', () => {
  test('pairs each seed text with its gold annotation', async () => {
    const articles = await readCorpus(seeds);
    expect(articles.map((a) => a.id)).toEqual([
      '000_5d764ea162d0ebda',
      '001_e91ffa279b4d12f7',
      '002_25b622ec4a65c8be',
      '003_bf36084cc7642a88',
      '004_7cab69ff2a24446d',
    ]);
    // Seed 002 reports four meetings (see its gold file); the text starts with its date line.
    expect(articles[2]?.gold.meetings).toHaveLength(4);
    for (const article of articles) expect(article.raw.startsWith(` date ${article.gold.published}`)).toBe(true);
  });

  test('skips texts without gold and names an invalid gold file', async () => {
    const dir = tempDir('corpus-');
    await writeFile(path.join(dir, 'a.txt'), ' date 2025-01 x\n\nText.\n');
    expect(await readCorpus(dir)).toEqual([]);
    await writeFile(path.join(dir, 'a.gold.json'), '{"published": "2025-01", "meetings": [{"date": "janvier"}]}');
    await expect(readCorpus(dir)).rejects.toThrow(/a\.gold\.json is not a valid gold annotation:\n {2}- meetings\[0\]\.date: expected YYYY-MM-DD or YYYY-MM/);
  });
});

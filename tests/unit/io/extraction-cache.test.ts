import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ExtractionOutcome, SourceInput } from '../../../src/ingest/ingest-archive';
import { cacheKey, readCachedOutcome, writeCachedOutcome } from '../../../src/io/extraction-cache';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rencontres-extraction-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const input: SourceInput = { id: '900_a', file: 'content/sources/900_a.txt', raw: ' date 2024-05-02 Titre\n\nUn paragraphe.\n' };

describe('cacheKey', () => {
  test('changes with the text, the file, the id and the extractor version', () => {
    const key = cacheKey(input, 'v1');
    expect(cacheKey({ ...input }, 'v1')).toBe(key);
    expect(cacheKey({ ...input, raw: `${input.raw} ` }, 'v1')).not.toBe(key);
    expect(cacheKey({ ...input, file: 'content/sources/other.txt' }, 'v1')).not.toBe(key);
    expect(cacheKey({ ...input, id: '900_b' }, 'v1')).not.toBe(key);
    expect(cacheKey(input, 'v2')).not.toBe(key);
  });
});

describe('writeCachedOutcome', () => {
  test('stores an outcome that readCachedOutcome gives back, leaving no temporary file', async () => {
    const dir = await tempDir();
    const outcome: ExtractionOutcome = { ok: false, message: 'the first line is not a header', line: 1 };
    writeCachedOutcome(dir, 'abc', outcome);
    expect(readCachedOutcome(dir, 'abc')).toEqual(outcome);
    expect(await readdir(dir)).toEqual(['abc.json']);
  });
});

describe('readCachedOutcome', () => {
  test('gives nothing for a missing or unreadable entry', async () => {
    const dir = await tempDir();
    expect(readCachedOutcome(dir, 'missing')).toBeUndefined();
    await writeFile(path.join(dir, 'truncated.json'), '{"ok": tr');
    expect(readCachedOutcome(dir, 'truncated')).toBeUndefined();
  });
});

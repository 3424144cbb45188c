import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PageWriter } from '../../../src/io/page-writer';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();
const bytes = (text: string) => new TextEncoder().encode(text);

test('writes every page, creating its folders, and counts them', async () => {
  const dir = tempDir('page-writer-');
  const writer = new PageWriter(2);
  const files = Array.from({ length: 25 }, (_, index) => path.join(dir, 'meetings', `m${index}`, 'index.html'));
  for (const [index, file] of files.entries()) await writer.write(file, bytes(`<p>page ${index}</p>`));
  await writer.flush();
  expect(writer.count).toBe(25);
  for (const [index, file] of files.entries()) expect(readFileSync(file, 'utf8')).toBe(`<p>page ${index}</p>`);
});

test('holds at most its limit of writes in flight', async () => {
  const dir = tempDir('page-writer-');
  const writer = new PageWriter(3);
  let mostInFlight = 0;
  for (let index = 0; index < 40; index += 1) {
    await writer.write(path.join(dir, `p${index}`, 'index.html'), bytes('x'));
    // Started writes not yet done: those queued minus those counted as written.
    mostInFlight = Math.max(mostInFlight, index + 1 - writer.count);
  }
  await writer.flush();
  expect(mostInFlight).toBeLessThanOrEqual(3);
  expect(mostInFlight).toBeGreaterThan(1);
  expect(writer.count).toBe(40);
});

test('a failed write fails the flush, and every write after it', async () => {
  const dir = tempDir('page-writer-');
  // A file where a folder must be created.
  writeFileSync(path.join(dir, 'taken'), 'a file');
  const writer = new PageWriter(4);
  await writer.write(path.join(dir, 'taken', 'a', 'index.html'), bytes('x'));
  await expect(writer.flush()).rejects.toThrow(/ENOTDIR|EEXIST/);
  await expect(writer.write(path.join(dir, 'b', 'index.html'), bytes('x'))).rejects.toThrow(/ENOTDIR|EEXIST/);
});

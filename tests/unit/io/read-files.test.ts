import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileClaims, readClaimed, readClaimedPacked, unpackRead } from '../../../src/io/read-files';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

/** Seven files, the fourth missing, of different lengths and letters outside ASCII. */
function files(): { list: string[]; texts: (string | null)[] } {
  const dir = tempDir('rencontres-read-files-');
  const texts = Array.from({ length: 7 }, (_, i) => (i === 3 ? null : `fichier ${i} : ${'é'.repeat(i * 5)}\n`));
  const list = texts.map((text, i) => {
    const file = path.join(dir, `${i}.txt`);
    if (text !== null) writeFileSync(file, text);
    return file;
  });
  return { list, texts };
}

/** What a reading gave, by index: the text, or the error's code. */
function collect(into: Map<number, string>): (index: number, content: Uint8Array | Error) => void {
  return (index, content) => {
    expect(into.has(index)).toBe(false);
    into.set(index, content instanceof Error ? `error ${(content as NodeJS.ErrnoException).code ?? content.message}` : Buffer.from(content).toString('utf8'));
  };
}

describe('readClaimed', () => {
  test('reads every file once, in batches, and gives a missing file as its error', () => {
    const { list, texts } = files();
    const read = new Map<number, string>();
    const batches: number[] = [];
    readClaimed(fileClaims(list, 3), collect(read), (start) => batches.push(start));
    expect(batches).toEqual([0, 3, 6]);
    expect([...read.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const [i, text] of texts.entries()) expect(read.get(i)).toBe(text ?? 'error ENOENT');
  });

  test('leaves the batches another thread took: the shared counter says which are taken', () => {
    const { list } = files();
    const claims = fileClaims(list, 2);
    // Another thread took the first batch.
    Atomics.add(new Int32Array(claims.next), 0, 2);
    const read = new Map<number, string>();
    readClaimed(claims, collect(read));
    expect([...read.keys()]).toEqual([2, 3, 4, 5, 6]);
    // Nothing is left for a thread that comes after.
    readClaimed(claims, () => expect.unreachable('every file was taken'));
  });
});

describe('readClaimedPacked and unpackRead', () => {
  test('give the files read by a thread, errors included, as readClaimed gives them, in one buffer of its own', () => {
    const { list } = files();
    const direct = new Map<number, string>();
    readClaimed(fileClaims(list, 2), collect(direct));
    const claims = fileClaims(list, 2);
    // This thread takes a batch first: the other reads the rest.
    Atomics.add(new Int32Array(claims.next), 0, 2);
    const packed = readClaimedPacked(claims);
    expect(packed.starts).toEqual([2, 4, 6]);
    expect(packed.bytes.byteOffset).toBe(0);
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.length);
    const unpacked = new Map<number, string>();
    unpackRead(structuredClone(packed, { transfer: [packed.bytes.buffer] }), claims, collect(unpacked));
    expect([...unpacked.keys()]).toEqual([2, 3, 4, 5, 6]);
    for (const [i, text] of unpacked) expect(text.replace(/^error .*/, 'error')).toBe(direct.get(i)!.replace(/^error .*/, 'error'));
    expect(unpacked.get(3)).toMatch(/^error .*ENOENT/);
  });
});

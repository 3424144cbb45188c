import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileClaims, readClaimed, readClaimedPacked, unpackRead, type FileRead } from '../../../src/io/read-files';
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

/**
 * What a reading of `list` gave, by index: the text, or the error's code. Each file read comes with its stamp, the
 * file's size and times as `stat` gives them.
 */
function collect(into: Map<number, string>, list: string[]): (index: number, content: FileRead | Error) => void {
  return (index, content) => {
    expect(into.has(index)).toBe(false);
    if (content instanceof Error) {
      into.set(index, `error ${(content as NodeJS.ErrnoException).code ?? content.message}`);
      return;
    }
    const { size, mtimeNs, ctimeNs } = statSync(list[index]!, { bigint: true });
    expect(content.stamp).toEqual({ size, mtimeNs, ctimeNs });
    expect(content.stamp.size).toBe(BigInt(content.bytes.length));
    into.set(index, Buffer.from(content.bytes).toString('utf8'));
  };
}

describe('readClaimed', () => {
  test('reads every file once, in batches, and gives a missing file as its error', () => {
    const { list, texts } = files();
    const read = new Map<number, string>();
    const batches: number[] = [];
    readClaimed(fileClaims(list, 3), collect(read, list), (start) => batches.push(start));
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
    readClaimed(claims, collect(read, list));
    expect([...read.keys()]).toEqual([2, 3, 4, 5, 6]);
    // Nothing is left for a thread that comes after.
    readClaimed(claims, () => expect.unreachable('every file was taken'));
  });
});

describe('readClaimedPacked and unpackRead', () => {
  test('give the files read by a thread, errors included, as readClaimed gives them, in one buffer of its own', () => {
    const { list } = files();
    const direct = new Map<number, string>();
    readClaimed(fileClaims(list, 2), collect(direct, list));
    const claims = fileClaims(list, 2);
    // This thread takes a batch first: the other reads the rest.
    Atomics.add(new Int32Array(claims.next), 0, 2);
    const packed = readClaimedPacked(claims);
    expect(packed.starts).toEqual([2, 4, 6]);
    expect(packed.bytes.byteOffset).toBe(0);
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.length);
    const unpacked = new Map<number, string>();
    unpackRead(structuredClone(packed, { transfer: [packed.bytes.buffer, packed.stamps.buffer] }), claims, collect(unpacked, list));
    expect([...unpacked.keys()]).toEqual([2, 3, 4, 5, 6]);
    for (const [i, text] of unpacked) expect(text.replace(/^error .*/, 'error')).toBe(direct.get(i)!.replace(/^error .*/, 'error'));
    expect(unpacked.get(3)).toMatch(/^error .*ENOENT/);
  });

  test('refuses to unpack with claims of another batch size: the files could not be told apart', () => {
    const { list } = files();
    const claims = fileClaims(list, 1);
    const packed = readClaimedPacked(claims);
    expect(packed.starts).toHaveLength(list.length);
    const given: number[] = [];
    expect(() => unpackRead(packed, { ...claims, batch: 3 }, (index) => given.push(index))).toThrow(/not those they were read with/);
    expect(given).toEqual([]);
  });
});

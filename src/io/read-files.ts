import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * Many small files read by several threads at once, each taking the next batch of the list from one shared counter:
 * a thread that starts late reads less. On this project's machine the disk answers two requests at a time about as
 * fast as one: 100,000 source files no longer in the kernel's page cache took 9–11 s to read on one thread and 5.6 s
 * on two (2026-11-25).
 */
export interface FileClaims {
  files: string[];
  /** One 32-bit integer: the index of the next file no thread has taken. */
  next: SharedArrayBuffer;
  /** Files a thread takes at a time. */
  batch: number;
}

/**
 * A file as `fstat` saw it when it was opened to be read: its size and the times of its last modification and of its
 * inode's last change, in nanoseconds. A file whose stamp is the same later has not been written since (see
 * `src/io/source-stamps.ts` for the case of a write in the same clock tick).
 */
export interface FileStamp {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/** A file read: its bytes, and its stamp when it was opened. */
export interface FileRead {
  bytes: Uint8Array;
  stamp: FileStamp;
}

/** What a thread other than the one that needs them read: the files' bytes end to end, in a buffer of its own. */
export interface ReadBatches {
  /** Index in the list of the first file of each batch taken, in the order read. */
  starts: number[];
  bytes: Uint8Array;
  /** Where each file's bytes end in `bytes`, in the order read; -1 for a file that could not be read. */
  ends: number[];
  /** Why each file that could not be read was not, in the order read. */
  errors: string[];
  /** Each file's stamp (size, modification and change times), three numbers a file, in the order read; 0 for one that could not be read. */
  stamps: BigInt64Array;
}

/** The claims on a list of files, none taken yet. */
export function fileClaims(files: string[], batch = 64): FileClaims {
  return { files, next: new SharedArrayBuffer(4), batch };
}

/**
 * Takes batches of files until none is left, and gives each file's bytes, or why it could not be read, by its index;
 * `onBatch` is told the index of the first file of each batch before its files.
 */
export function readClaimed(claims: FileClaims, onFile: (index: number, content: FileRead | Error) => void, onBatch?: (start: number) => void): void {
  const next = new Int32Array(claims.next);
  for (let start = Atomics.add(next, 0, claims.batch); start < claims.files.length; start = Atomics.add(next, 0, claims.batch)) {
    onBatch?.(start);
    for (let index = start; index < Math.min(start + claims.batch, claims.files.length); index += 1) {
      let content: FileRead | Error;
      try {
        content = readStamped(claims.files[index]!);
      } catch (error) {
        content = error instanceof Error ? error : new Error(String(error));
      }
      onFile(index, content);
    }
  }
}

/** Reads a file, with its stamp taken before the read: a write during the read changes the stamp a later run sees. */
export function readStamped(file: string): FileRead {
  const descriptor = openSync(file, 'r');
  try {
    const { size, mtimeNs, ctimeNs } = fstatSync(descriptor, { bigint: true });
    return { bytes: readFileSync(descriptor), stamp: { size, mtimeNs, ctimeNs } };
  } finally {
    closeSync(descriptor);
  }
}

/** `readClaimed` on a thread that reads for another: what it read, packed to be moved to that thread (see `unpackRead`). */
export function readClaimedPacked(claims: FileClaims): ReadBatches {
  const starts: number[] = [];
  const ends: number[] = [];
  const errors: string[] = [];
  const contents: Uint8Array[] = [];
  const stamps: bigint[] = [];
  let size = 0;
  readClaimed(
    claims,
    (_index, content) => {
      if (content instanceof Error) {
        errors.push(content.message);
        ends.push(-1);
        stamps.push(0n, 0n, 0n);
        return;
      }
      contents.push(content.bytes);
      size += content.bytes.length;
      ends.push(size);
      stamps.push(content.stamp.size, content.stamp.mtimeNs, content.stamp.ctimeNs);
    },
    (start) => starts.push(start),
  );
  // Not Buffer.concat: it may return a slice of Node's shared pool, which cannot be moved to another thread.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const content of contents) {
    bytes.set(content, offset);
    offset += content.length;
  }
  return { starts, bytes, ends, errors, stamps: BigInt64Array.from(stamps) };
}

/** Gives each file another thread read (see `readClaimedPacked`) by its index in the list, as `readClaimed` does. */
export function unpackRead(read: ReadBatches, claims: FileClaims, onFile: (index: number, content: FileRead | Error) => void): void {
  let position = 0;
  let offset = 0;
  let error = 0;
  // Read with other claims (another batch size, another list), its files cannot be told apart: nothing is given.
  let claimed = 0;
  for (const start of read.starts) claimed += Math.max(0, Math.min(start + claims.batch, claims.files.length) - start);
  if (claimed !== read.ends.length) throw new Error(`${read.ends.length} file(s) read beside, ${claimed} in the batches claimed: the claims are not those they were read with`);
  for (const start of read.starts) {
    for (let index = start; index < Math.min(start + claims.batch, claims.files.length); index += 1) {
      const end = read.ends[position]!;
      if (end === -1) onFile(index, new Error(read.errors[error++]));
      else {
        const stamp = { size: read.stamps[3 * position]!, mtimeNs: read.stamps[3 * position + 1]!, ctimeNs: read.stamps[3 * position + 2]! };
        onFile(index, { bytes: read.bytes.subarray(offset, end), stamp });
        offset = end;
      }
      position += 1;
    }
  }
}

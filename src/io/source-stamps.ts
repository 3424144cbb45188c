import { readFileSync, statSync } from 'node:fs';
import type { FileStamp } from './read-files';
import { writeFileAtomically } from './write-file-atomically';

/**
 * What reading a source file gave, and the file's stamp when it was read: while a file keeps that stamp, a run whose
 * extraction cache holds its outcome need not read it again.
 */
export interface SourceStamp {
  stamp: FileStamp;
  /** SHA-256 of the decoded text (see `sourceTextDigest`). */
  textDigest: string;
  /** The warnings of reading it (decoding, size), which depend only on its bytes. */
  warnings: string[];
}

/** Source stamps by the file's project path (`Source.file`). */
export type SourceStamps = Map<string, SourceStamp>;

/** First line of the file: a file without it (another format, a damaged file) is read as empty. */
const HEADER = 'rencontres source stamps 1';

/**
 * A file's modification time has the clock's granularity: a file written again within the same tick as the stamp was
 * taken would keep its stamp. Only stamps older than this, when the run that took them began, are kept (git calls
 * such files "racily clean").
 */
export const SETTLED_NS = 2_000_000_000n;

/** The stamp of a file now, or undefined when it cannot be had (the file is then read, and a failure to read it reported). */
export function currentStamp(file: string): FileStamp | undefined {
  try {
    const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
    return stats === undefined ? undefined : { size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs };
  } catch {
    return undefined;
  }
}

/** Whether two stamps are of the same, unwritten file. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** The time now, in nanoseconds since the epoch, as file times are. */
export function stampClock(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

/** The stamps kept in `file`: none when it is missing or of another format; a line that cannot be read is left out. */
export function readSourceStamps(file: string): SourceStamps {
  const stamps: SourceStamps = new Map();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return stamps;
  }
  const lines = text.split('\n');
  if (lines[0] !== HEADER) return stamps;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    try {
      const [path, size, mtimeNs, ctimeNs, textDigest, warnings] = JSON.parse(line) as unknown[];
      if (typeof path !== 'string' || typeof textDigest !== 'string' || !/^[0-9a-f]{64}$/.test(textDigest)) continue;
      if (!Array.isArray(warnings) || !warnings.every((warning) => typeof warning === 'string')) continue;
      const stamp = { size: BigInt(String(size)), mtimeNs: BigInt(String(mtimeNs)), ctimeNs: BigInt(String(ctimeNs)) };
      stamps.set(path, { stamp, textDigest, warnings });
    } catch {
      // A damaged line: that file is read again.
    }
  }
  return stamps;
}

/**
 * Writes `stamps` to `file`, one JSON array a line, leaving out those not settled when the run that took them began
 * (`since`, see `SETTLED_NS`): such files are read again by the next run. Written beside, then renamed into place.
 */
export async function writeSourceStamps(file: string, stamps: SourceStamps, since: bigint): Promise<void> {
  const lines = [HEADER];
  for (const [path, { stamp, textDigest, warnings }] of stamps) {
    if (stamp.mtimeNs > since - SETTLED_NS || stamp.ctimeNs > since - SETTLED_NS) continue;
    lines.push(JSON.stringify([path, String(stamp.size), String(stamp.mtimeNs), String(stamp.ctimeNs), textDigest, warnings]));
  }
  await writeFileAtomically(file, `${lines.join('\n')}\n`);
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceInput, SourceReport } from '../ingest/ingest-archive';
import { decodeSource, type DecodedSource } from './decode-source';

/** Sources that could be read, their decoding warnings, and the files that could not be read at all. */
export interface ReadSourcesResult {
  inputs: SourceInput[];
  /** Decoding warnings by source id (e.g. Windows-1252 fallback). */
  warnings: Record<string, string[]>;
  /** One report entry per unreadable file, so no source disappears silently. */
  failures: SourceReport[];
}

/** Path relative to the project root with forward slashes, as stored in `Source.file`. */
export function toProjectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Lists the `*.txt` files of a folder, sorted by name. */
export async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => path.join(dir, name));
}

/** Reads every `*.txt` of a folder as a source (id = file name stem); binary or unreadable files become failures. */
export async function readSources(dir: string, root: string): Promise<ReadSourcesResult> {
  const result: ReadSourcesResult = { inputs: [], warnings: {}, failures: [] };
  for (const file of await listTextFiles(dir)) {
    const id = path.basename(file, '.txt');
    const relative = toProjectPath(root, file);
    let decoded: DecodedSource;
    try {
      decoded = decodeSource(await readFile(file));
    } catch (error) {
      decoded = { ok: false as const, error: `cannot read the file: ${(error as Error).message}` };
    }
    if (decoded.ok) {
      result.inputs.push({ id, file: relative, raw: decoded.text });
      if (decoded.warnings.length > 0) result.warnings[id] = decoded.warnings;
    } else {
      result.failures.push({ source: id, file: relative, meetings: 0, warnings: [], errors: [decoded.error] });
    }
  }
  return result;
}

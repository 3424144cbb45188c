import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readSourceInput, type SourceInput, type SourceReport } from '../ingest/ingest-archive';
import { decodeSource } from './decode-source';
import { fileClaims, readClaimed, unpackRead, type FileClaims, type FileRead, type FileStamp, type ReadBatches } from './read-files';
import { sourceIdFromStem, sourceIdKey } from './source-ids';
import { currentStamp, sameStamp, type SourceStamps } from './source-stamps';

/** Sources that could be read, their decoding warnings, and the files that could not be read at all. */
export interface ReadSourcesResult {
  inputs: SourceInput[];
  /** Decoding warnings by source id (e.g. Windows-1252 fallback). */
  warnings: Record<string, string[]>;
  /** One report entry per unreadable file, unusable name or duplicate id, so no source disappears silently. */
  failures: SourceReport[];
  /** One report entry (a warning) per folder entry that is not a `*.txt` file; hidden entries (`.gitkeep`) and `*.gold.json` excepted. */
  ignored: SourceReport[];
  /** The stamp of every source in `inputs`, taken when it was read, or kept when it was not (see `unchanged`). */
  stamps: SourceStamps;
}

/** Past this size a file is surely not one news article (they run to a few tens of kilobytes). */
const LARGE_FILE_BYTES = 1024 * 1024;
/** Past this length a line is surely several paragraphs glued together (real paragraphs stay under 5,000). */
const LONG_LINE_CHARS = 20_000;

/** Warnings about a decoded text that is readable but suspicious: huge file, huge lines. */
export function checkSourceSize(bytes: number, text: string): string[] {
  const warnings: string[] = [];
  if (bytes > LARGE_FILE_BYTES) {
    warnings.push(`the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, far more than a news article: check it holds one article, not several or a saved web page`);
  }
  // CR, LF and CRLF all end a line: read CR as LF, so a CRLF pair counts once.
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  for (let start = 0, line = 1; start <= lines.length; line += 1) {
    const end = lines.indexOf('\n', start);
    const length = (end === -1 ? lines.length : end) - start;
    if (length > LONG_LINE_CHARS) {
      warnings.push(`line ${line}: ${length.toLocaleString('en')} characters on one line: check that the paragraphs are separated by blank lines`);
      break; // one such warning says enough
    }
    if (end === -1) break;
    start = end + 1;
  }
  return warnings;
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

/**
 * Reads every `*.txt` of a folder as a source, in name order. The id is the file name stem (see `sourceIdFromStem`
 * for names with spaces or accents). Binary or unreadable files become failures; when two files give the same id
 * (ignoring case and Unicode form), the first in name order whose name is already an id wins and the others are
 * failures; other folder entries are reported as ignored.
 */
export async function readSources(
  dir: string,
  root: string,
  options: {
    /**
     * Starts other threads reading files of the list beside this one (see `FileClaims`): resolves to what each read.
     * Files no longer in the kernel's page cache are read about twice as fast by two threads as by one.
     */
    readBeside?: ((claims: FileClaims) => Promise<ReadBatches[]>) | undefined;
    /**
     * The stamps of an earlier run, and whether an extraction of a source is cached: a file with the same stamp as
     * then, whose extraction is cached, is not read (its input has no text), its digest and warnings are the earlier
     * run's.
     */
    unchanged?: { stamps: SourceStamps; isCached: (source: Pick<SourceInput, 'id' | 'file' | 'textDigest'>) => boolean } | undefined;
  } = {},
): Promise<ReadSourcesResult> {
  const result: ReadSourcesResult = { inputs: [], warnings: {}, failures: [], ignored: [], stamps: new Map() };
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const candidates: { file: string; relative: string; stem: string; id: string | null; changed: boolean }[] = [];
  // Every file's project path is the folder's plus its name (path.relative for each of thousands of files is slow).
  const folder = toProjectPath(root, dir);
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.name.startsWith('.')) continue; // .gitkeep, .DS_Store: never articles
    if (entry.name.endsWith('.gold.json')) continue; // gold annotations beside their article (the evaluation corpus layout)
    if (entry.isFile() && entry.name.endsWith('.txt')) {
      const stem = path.basename(entry.name, '.txt');
      candidates.push({ file, relative: folder === '' ? entry.name : `${folder}/${entry.name}`, stem, ...sourceIdFromStem(stem) });
      continue;
    }
    const warning = entry.isDirectory()
      ? `a folder: only the *.txt files directly in ${toProjectPath(root, dir)}/ are read; move its articles up if they belong to the archive`
      : `not a .txt file, not read: if it is an article, save it as UTF-8 text with a .txt name`;
    result.ignored.push({ source: entry.name, file: toProjectPath(root, file), meetings: 0, warnings: [warning], errors: [] });
  }
  // Names that are already ids go first, so a well-named file keeps its id against a look-alike.
  const byPreference = [...candidates].sort((a, b) => Number(a.changed) - Number(b.changed));
  const owners = new Map<string, string>();
  for (const candidate of byPreference) {
    const relative = candidate.relative;
    const fail = (error: string) => result.failures.push({ source: candidate.id ?? candidate.stem, file: relative, meetings: 0, warnings: [], errors: [error] });
    if (candidate.id === null) {
      fail('the file name has no letter or digit to make a source id from: rename the file (e.g. NNN_<hex>.txt)');
      continue;
    }
    const owner = owners.get(sourceIdKey(candidate.id));
    if (owner !== undefined) {
      fail(`same source id as ${owner} (ids ignore case and accents): not read; rename one of the two files, or delete this one if it is the same article`);
      continue;
    }
    owners.set(sourceIdKey(candidate.id), relative);
  }
  const owned = candidates.filter((candidate): candidate is typeof candidate & { id: string } => candidate.id !== null && owners.get(sourceIdKey(candidate.id)) === candidate.relative);
  // What each file gave, by its index in `owned`: its input and stamp, or why it has none. A file unchanged since the
  // last run, whose extraction is cached, is taken from its stamp unread.
  const outcomes: ({ input: SourceInput; stamp: FileStamp; warnings: string[] } | { error: string } | undefined)[] = new Array(owned.length);
  const toRead: number[] = [];
  for (const [index, { file, relative, id }] of owned.entries()) {
    const earlier = options.unchanged?.stamps.get(relative);
    const stamp = earlier && currentStamp(file);
    if (earlier !== undefined && stamp !== undefined && sameStamp(earlier.stamp, stamp) && options.unchanged!.isCached({ id, file: relative, textDigest: earlier.textDigest })) {
      outcomes[index] = { input: { id, file: relative, textDigest: earlier.textDigest, raw: undefined }, stamp, warnings: earlier.warnings };
    } else toRead.push(index);
  }
  // Each file decoded as soon as it is here, by its index in `toRead`.
  const decode = (position: number, content: FileRead | Error) => {
    const index = toRead[position]!;
    const { id, relative } = owned[index]!;
    if (content instanceof Error) {
      outcomes[index] = { error: `cannot read the file: ${content.message}` };
      return;
    }
    const decoded = decodeSource(content.bytes);
    outcomes[index] = decoded.ok
      ? { input: readSourceInput(id, relative, decoded.text), stamp: content.stamp, warnings: [...decoded.warnings, ...checkSourceSize(content.bytes.length, decoded.text)] }
      : { error: decoded.error };
  };
  // Read synchronously: one promise per file costs ten times more than the read for thousands of small files. Other
  // threads, if given, read beside this one.
  const claims = fileClaims(toRead.map((index) => owned[index]!.file));
  const beside = toRead.length === 0 ? undefined : options.readBeside?.(claims);
  readClaimed(claims, decode);
  for (const read of (await beside) ?? []) unpackRead(read, claims, decode);
  for (const [index, candidate] of owned.entries()) {
    const { relative, id } = candidate;
    const outcome = outcomes[index]!;
    if ('input' in outcome) {
      result.inputs.push(outcome.input);
      result.stamps.set(relative, { stamp: outcome.stamp, textDigest: outcome.input.textDigest, warnings: outcome.warnings });
      const warnings = [
        ...(candidate.changed ? [`the file name has characters other than ASCII letters, digits, ".", "_" and "-": published under the id "${id}"; rename the file to ${id}.txt to make it explicit`] : []),
        ...outcome.warnings,
      ];
      if (warnings.length > 0) result.warnings[id] = warnings;
    } else {
      result.failures.push({ source: id, file: relative, meetings: 0, warnings: [], errors: [outcome.error] });
    }
  }
  return result;
}

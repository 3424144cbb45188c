import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { open, readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { SourceInput } from '../ingest/ingest-archive';
import type { Knowledge } from '../ingest/knowledge';

/**
 * A hash of everything an extraction depends on besides the source: the curated knowledge and the code of
 * src/ingest/ (the extractor's version). Any change to either invalidates every cached extraction.
 */
export async function extractorVersion(root: string, knowledge: Knowledge): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.join(root, 'src/ingest');
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.ts')).sort()) {
    hash.update(name).update('\0').update(await readFile(path.join(dir, name))).update('\0');
  }
  hash.update(JSON.stringify(knowledge));
  return hash.digest('hex');
}

/**
 * The cache key of one source (64 hex digits): its identity, its text (by the text's digest, so that a source left
 * unread has a key too) and the extractor version.
 */
export function cacheKey(input: Pick<SourceInput, 'id' | 'file' | 'textDigest'>, version: string): string {
  return createHash('sha256').update(version).update('\0').update(input.id).update('\0').update(input.file).update('\0').update(input.textDigest).digest('hex');
}

/** The extraction cache an ingest run uses: its entries, and the extractor version that sources' keys are made with. */
export interface RunCache {
  entries: ExtractionCache;
  version: string;
}

/** The cache kept in `dir`, for the extractor of `root`'s code with `knowledge`. */
export async function openRunCache(dir: string, root: string, knowledge: Knowledge): Promise<RunCache> {
  return { entries: new ExtractionCache(dir), version: await extractorVersion(root, knowledge) };
}

/** Whether `cache` holds an extraction of `source` (by its identity and text digest) for its extractor version. */
export function hasOutcomeFor(cache: RunCache, source: Pick<SourceInput, 'id' | 'file' | 'textDigest'>): boolean {
  return cache.entries.has(cacheKey(source, cache.version));
}

/** First line of every shard: a shard without it (another format, a damaged file) is read as empty. */
const SHARD_HEADER = Buffer.from('rencontres extraction cache 1\n', 'latin1');
const KEY = /^[0-9a-f]{64}$/;
const KEY_LENGTH = 64;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const LINE_BREAK = Buffer.from('\n');
/** A shard's file name: the first two hex digits of its keys, so there are at most 256 shards. */
const SHARD_FILE = /^([0-9a-f]{2})\.tsv$/;
/**
 * Files removed when the cache is saved: a shard's temporary file left by an interrupted run, and the entries of the
 * cache's first format (one file per source).
 */
const LEFTOVER_FILE = /^(?:[0-9a-f]{2}\.tsv\.\d+\.tmp|[0-9a-f]{64}\.json(?:\.\d+-\d+\.tmp)?)$/;
const UTF8 = new TextDecoder();

/**
 * One shard in memory: the entries read from its file by key, and what this run used or added. An entry is its JSON
 * text as UTF-8 bytes, as the shard file holds it: kept off V8's heap, and written without being encoded again.
 */
interface Shard {
  /** The entries of the file, by key: views of the bytes read. */
  stored: Map<string, Uint8Array>;
  /** Keys this run asked for and found, or added. */
  used: Set<string>;
  /** Entries this run added, by key. */
  added: Map<string, Uint8Array>;
}

/**
 * Extraction outcomes as JSON texts by cache key (see `cacheKey`), kept in `dir` in at most 256 shard files of
 * `key<TAB>json` lines, so that thousands of sources cost a few hundred files to read and write. A shard is read when
 * a key of it is first asked for, and `save` rewrites only the shards whose entries changed, keeping only the entries
 * this run asked for or added: the cache holds the last run's sources and nothing else.
 */
export class ExtractionCache {
  private readonly shards = new Map<string, Shard>();

  constructor(readonly dir: string) {}

  /** Whether the cache's folder holds no shard (it may not exist): no key would be found. */
  holdsNothing(): boolean {
    try {
      return !readdirSync(this.dir).some((name) => SHARD_FILE.test(name));
    } catch {
      return true;
    }
  }

  /** Whether an entry is cached under `key` (which `save` keeps only if `get` asks for it). */
  has(key: string): boolean {
    const shard = this.shard(key);
    return shard.added.has(key) || shard.stored.has(key);
  }

  /** The JSON text cached under `key`, or undefined; a key asked for and found is kept by `save`. */
  get(key: string): string | undefined {
    const shard = this.shard(key);
    const json = shard.added.get(key) ?? shard.stored.get(key);
    if (json === undefined) return undefined;
    shard.used.add(key);
    return UTF8.decode(json);
  }

  /**
   * Caches `json` (one line of JSON, as `JSON.stringify` writes it; as a string, or as its UTF-8 bytes, which the cache
   * keeps as they are) under `key`, to be written by `save`.
   */
  put(key: string, json: string | Uint8Array): void {
    if (typeof json === 'string' ? json.includes('\n') : json.includes(LINE_FEED)) throw new Error('a cached extraction must be JSON on one line');
    const shard = this.shard(key);
    shard.added.set(key, typeof json === 'string' ? Buffer.from(json) : json);
    shard.used.add(key);
  }

  /**
   * Writes every shard that gained an entry or holds one this run did not use, with only the entries used or added,
   * and removes the shards left empty and leftover files (see `LEFTOVER_FILE`). Each shard is written to a
   * temporary file then renamed, so an interrupted run leaves every shard whole. Resolves to how many shards were
   * written. The shards' bytes are put together before this returns; only the writes are left to the file system's
   * threads, so the caller can go on while they run.
   */
  async save(): Promise<number> {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      names = [];
    }
    // Shards on disk that no key of this run falls into hold only unused entries.
    for (const name of names) {
      const prefix = SHARD_FILE.exec(name)?.[1];
      if (prefix !== undefined && !this.shards.has(prefix)) rmSync(path.join(this.dir, name), { force: true });
      else if (LEFTOVER_FILE.test(name)) rmSync(path.join(this.dir, name), { force: true });
    }
    const writes: Promise<void>[] = [];
    for (const [prefix, shard] of this.shards) {
      const file = path.join(this.dir, `${prefix}.tsv`);
      if (shard.used.size === 0) {
        rmSync(file, { force: true });
        continue;
      }
      if (shard.added.size === 0 && shard.used.size === shard.stored.size) continue;
      const kept = new Map([...shard.used].sort().map((key) => [key, shard.added.get(key) ?? shard.stored.get(key)!]));
      const temporary = `${file}.${process.pid}.tmp`;
      writes.push(writeShard(temporary, kept).then(() => rename(temporary, file)));
      shard.stored = kept;
      shard.added.clear();
    }
    await Promise.all(writes);
    return writes.length;
  }

  /** The shard of `key`, read from its file the first time. */
  private shard(key: string): Shard {
    if (!KEY.test(key)) throw new Error(`not an extraction cache key: "${key}"`);
    const prefix = key.slice(0, 2);
    let shard = this.shards.get(prefix);
    if (shard === undefined) {
      shard = { stored: readShard(path.join(this.dir, `${prefix}.tsv`), prefix), used: new Set(), added: new Map() };
      this.shards.set(prefix, shard);
    }
    return shard;
  }
}

/**
 * Writes a shard file: the header, then one `key<TAB>json` line per entry, in the order given. The entries' bytes are
 * handed to the file system as they are, with the keys beside them: no buffer of the whole shard is made.
 */
async function writeShard(file: string, entries: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const parts: Uint8Array[] = [SHARD_HEADER];
  let size = SHARD_HEADER.length;
  for (const [key, json] of entries) {
    parts.push(Buffer.from(`${key}\t`, 'latin1'), json, LINE_BREAK);
    size += KEY_LENGTH + 1 + json.length + 1;
  }
  const handle = await open(file, 'w');
  try {
    const { bytesWritten } = await handle.writev(parts);
    if (bytesWritten !== size) throw new Error(`${file}: ${bytesWritten} of ${size} bytes written`);
  } finally {
    await handle.close();
  }
}

/**
 * The entries of a shard file by key: none when the file is missing, unreadable or of another format; a line that is
 * not `key<TAB>...` with a key of this shard, or is cut short (no final line break), is left out.
 */
function readShard(file: string, prefix: string): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return entries;
  }
  if (bytes.length < SHARD_HEADER.length || !SHARD_HEADER.equals(bytes.subarray(0, SHARD_HEADER.length))) return entries;
  for (let start = SHARD_HEADER.length, end = bytes.indexOf(LINE_FEED, start); end !== -1; start = end + 1, end = bytes.indexOf(LINE_FEED, start)) {
    if (end - start <= KEY_LENGTH || bytes[start + KEY_LENGTH] !== TAB) continue;
    const key = bytes.toString('latin1', start, start + KEY_LENGTH);
    if (key.startsWith(prefix) && KEY.test(key)) entries.set(key, bytes.subarray(start + KEY_LENGTH + 1, end));
  }
  return entries;
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** The cache key of one source (64 hex digits): its identity, its text and the extractor version. */
export function cacheKey(input: SourceInput, version: string): string {
  return createHash('sha256').update(version).update('\0').update(input.id).update('\0').update(input.file).update('\0').update(input.raw).digest('hex');
}

/** First line of every shard: a shard without it (another format, a damaged file) is read as empty. */
const SHARD_HEADER = 'rencontres extraction cache 1';
const KEY = /^[0-9a-f]{64}$/;
/** A shard's file name: the first two hex digits of its keys, so there are at most 256 shards. */
const SHARD_FILE = /^([0-9a-f]{2})\.tsv$/;
/**
 * Files removed when the cache is saved: a shard's temporary file left by an interrupted run, and the entries of the
 * cache's first format (one file per source).
 */
const LEFTOVER_FILE = /^(?:[0-9a-f]{2}\.tsv\.\d+\.tmp|[0-9a-f]{64}\.json(?:\.\d+-\d+\.tmp)?)$/;

/** One shard in memory: the lines read from its file by key, and what this run used or added. */
interface Shard {
  /** `key<TAB>json` lines of the file, by key. */
  stored: Map<string, string>;
  /** Keys this run asked for and found, or added. */
  used: Set<string>;
  /** Lines this run added, by key. */
  added: Map<string, string>;
}

/**
 * Extraction outcomes as JSON texts by cache key (see `cacheKey`), kept in `dir` in at most 256 shard files of
 * `key<TAB>json` lines, so that thousands of sources cost a few hundred files to read and write. A shard is read when
 * a key of it is first asked for, and `save` rewrites only the shards whose entries changed, keeping only the entries
 * this run asked for or added: the cache holds the last run's sources and nothing else.
 */
export class ExtractionCache {
  private readonly shards = new Map<string, Shard>();

  constructor(private readonly dir: string) {}

  /** Whether the cache's folder holds no shard (it may not exist): no key would be found. */
  holdsNothing(): boolean {
    try {
      return !readdirSync(this.dir).some((name) => SHARD_FILE.test(name));
    } catch {
      return true;
    }
  }

  /** The JSON text cached under `key`, or undefined; a key asked for and found is kept by `save`. */
  get(key: string): string | undefined {
    const shard = this.shard(key);
    const line = shard.added.get(key) ?? shard.stored.get(key);
    if (line === undefined) return undefined;
    shard.used.add(key);
    return line.slice(key.length + 1);
  }

  /** Caches `json` (one line of JSON, as `JSON.stringify` writes it) under `key`, to be written by `save`. */
  put(key: string, json: string): void {
    if (json.includes('\n')) throw new Error('a cached extraction must be JSON on one line');
    const shard = this.shard(key);
    shard.added.set(key, `${key}\t${json}`);
    shard.used.add(key);
  }

  /**
   * Writes every shard that gained an entry or holds one this run did not use, with only the entries used or added,
   * and removes the shards left empty and leftover files (see `LEFTOVER_FILE`). Each shard is written to a
   * temporary file then renamed, so an interrupted run leaves every shard whole. Resolves to how many shards were
   * written. The shards' texts are made before this returns; only the writes are left to the file system's threads, so
   * the caller can go on (about 0.2 s for 10,000 sources on this machine's disk) while they run.
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
      const lines = [...shard.used].sort().map((key) => shard.added.get(key) ?? shard.stored.get(key)!);
      const temporary = `${file}.${process.pid}.tmp`;
      writes.push(writeFile(temporary, `${SHARD_HEADER}\n${lines.join('\n')}\n`).then(() => rename(temporary, file)));
      shard.stored = new Map(lines.map((line) => [line.slice(0, line.indexOf('\t')), line]));
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
 * The lines of a shard file by key: none when the file is missing, unreadable or of another format; a line that is not
 * `key<TAB>...` with a key of this shard, or is cut short (no final line break), is left out.
 */
function readShard(file: string, prefix: string): Map<string, string> {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return lines;
  }
  if (!text.startsWith(`${SHARD_HEADER}\n`)) return lines;
  for (let start = SHARD_HEADER.length + 1, end = text.indexOf('\n', start); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
    const line = text.slice(start, end);
    const key = line.slice(0, 64);
    if (line.charCodeAt(64) === 9 && key.startsWith(prefix) && KEY.test(key)) lines.set(key, line);
  }
  return lines;
}

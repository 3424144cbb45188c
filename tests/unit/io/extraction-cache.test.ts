import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readSourceInput } from '../../../src/ingest/ingest-archive';
import { cacheKey, ExtractionCache } from '../../../src/io/extraction-cache';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rencontres-extraction-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const input = readSourceInput('900_a', 'content/sources/900_a.txt', ' date 2024-05-02 Titre\n\nUn paragraphe.\n');

/** Sources 900_0 … 900_<n-1>, their keys and a JSON text for each (one with a tab, a line break and a quote in it). */
function entries(n: number, version = 'v1'): { key: string; json: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const source = { ...input, id: `900_${i}`, file: `content/sources/900_${i}.txt` };
    return { key: cacheKey(source, version), json: JSON.stringify({ ok: false, message: `source ${i}:\t"x"\nend`, line: i }) };
  });
}

/** The shard files of a cache folder. */
async function shardFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tsv'));
}

describe('cacheKey', () => {
  test('changes with the text, the file, the id and the extractor version', () => {
    const key = cacheKey(input, 'v1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...input }, 'v1')).toBe(key);
    expect(cacheKey(readSourceInput(input.id, input.file, `${input.raw} `), 'v1')).not.toBe(key);
    // A source left unread has its key from the digest alone.
    expect(cacheKey({ id: input.id, file: input.file, textDigest: input.textDigest }, 'v1')).toBe(key);
    expect(cacheKey({ ...input, file: 'content/sources/other.txt' }, 'v1')).not.toBe(key);
    expect(cacheKey({ ...input, id: '900_b' }, 'v1')).not.toBe(key);
    expect(cacheKey(input, 'v2')).not.toBe(key);
  });
});

describe('ExtractionCache', () => {
  test('gives back, after a save, what was put, in a new cache on the same folder; nothing for other keys', async () => {
    const dir = await tempDir();
    const [a, b, other] = entries(3);
    const cache = new ExtractionCache(dir);
    expect(cache.get(a!.key)).toBeUndefined();
    expect(cache.has(a!.key)).toBe(false);
    cache.put(a!.key, a!.json);
    expect(cache.has(a!.key)).toBe(true);
    cache.put(b!.key, b!.json);
    expect(cache.get(a!.key)).toBe(a!.json);
    expect(await cache.save()).toBe(new Set([a!.key.slice(0, 2), b!.key.slice(0, 2)]).size);
    const again = new ExtractionCache(dir);
    expect(again.has(a!.key)).toBe(true);
    expect(again.get(a!.key)).toBe(a!.json);
    expect(again.get(b!.key)).toBe(b!.json);
    expect(again.has(other!.key)).toBe(false);
    expect(again.get(other!.key)).toBeUndefined();
    expect((await readdir(dir)).filter((name) => !name.endsWith('.tsv'))).toEqual([]);
  });

  test('keeps an entry only asked about with has, not got, no longer than the run: save drops it', async () => {
    const dir = await tempDir();
    const [a, b] = entries(2);
    const first = new ExtractionCache(dir);
    first.put(a!.key, a!.json);
    first.put(b!.key, b!.json);
    await first.save();
    const second = new ExtractionCache(dir);
    expect(second.has(a!.key)).toBe(true);
    expect(second.get(b!.key)).toBe(b!.json);
    await second.save();
    const third = new ExtractionCache(dir);
    expect(third.has(a!.key)).toBe(false);
    expect(third.get(b!.key)).toBe(b!.json);
  });

  test('holds nothing until a shard is saved: with no folder, an empty one, or other files only', async () => {
    const dir = await tempDir();
    expect(new ExtractionCache(path.join(dir, 'missing')).holdsNothing()).toBe(true);
    expect(new ExtractionCache(dir).holdsNothing()).toBe(true);
    await writeFile(path.join(dir, 'notes.txt'), 'not a shard\n');
    const cache = new ExtractionCache(dir);
    expect(cache.holdsNothing()).toBe(true);
    const [a] = entries(1);
    cache.put(a!.key, a!.json);
    await cache.save();
    expect(new ExtractionCache(dir).holdsNothing()).toBe(false);
  });

  test('keeps the number of files bounded: 2,000 entries make at most 256 shards', async () => {
    const dir = await tempDir();
    const cache = new ExtractionCache(dir);
    const all = entries(2000);
    for (const { key, json } of all) cache.put(key, json);
    const written = await cache.save();
    const files = await shardFiles(dir);
    expect(files.length).toBe(written);
    expect(files.length).toBeLessThanOrEqual(256);
    expect(files.length).toBe(new Set(all.map(({ key }) => key.slice(0, 2))).size);
    const again = new ExtractionCache(dir);
    for (const { key, json } of all) expect(again.get(key)).toBe(json);
  });

  test('drops the entries a run did not use, and rewrites only the shards that changed', async () => {
    const dir = await tempDir();
    const all = entries(300);
    const first = new ExtractionCache(dir);
    for (const { key, json } of all) first.put(key, json);
    await first.save();
    const shardOf = (key: string) => `${key.slice(0, 2)}.tsv`;
    // The next run has every source but the first, and one new source.
    const [gone, ...kept] = all;
    const added = entries(301).at(-1)!;
    const second = new ExtractionCache(dir);
    for (const { key, json } of kept) expect(second.get(key)).toBe(json);
    expect(second.get(added.key)).toBeUndefined();
    second.put(added.key, added.json);
    // The new source's shard is written, and the shard of the source gone too if it holds others (else it is removed).
    const goneShardKept = kept.some(({ key }) => shardOf(key) === shardOf(gone!.key));
    expect(await second.save()).toBe(new Set([shardOf(added.key), ...(goneShardKept ? [shardOf(gone!.key)] : [])]).size);

    const third = new ExtractionCache(dir);
    expect(third.get(gone!.key)).toBeUndefined();
    expect(third.get(added.key)).toBe(added.json);
    for (const { key, json } of kept) expect(third.get(key)).toBe(json);
    // Nothing changed since: nothing to write.
    expect(await third.save()).toBe(0);
    // The file of the shard that lost its entry no longer holds its key.
    expect(await readFile(path.join(dir, shardOf(gone!.key)), 'utf8').catch(() => '')).not.toContain(gone!.key);
  });

  test('removes the shards no key of the run falls into, temporary files of interrupted runs, and the files of the one-file-per-source format', async () => {
    const dir = await tempDir();
    const [a, b] = entries(40).filter((entry, i, list) => list.findIndex((e) => e.key.slice(0, 2) === entry.key.slice(0, 2)) === i);
    const first = new ExtractionCache(dir);
    first.put(a!.key, a!.json);
    first.put(b!.key, b!.json);
    await first.save();
    await writeFile(path.join(dir, `${b!.key}.json`), b!.json);
    await writeFile(path.join(dir, `${a!.key.slice(0, 2)}.tsv.12345.tmp`), 'rencontres extraction cache 1\n');
    const second = new ExtractionCache(dir);
    expect(second.get(a!.key)).toBe(a!.json);
    await second.save();
    expect((await readdir(dir)).sort()).toEqual([`${a!.key.slice(0, 2)}.tsv`]);
  });

  test.each([
    // Only the line cut short is lost.
    ['cut short in its last line', (text: string) => text.slice(0, text.length - 5), 1],
    ['cut short in its header', (text: string) => text.slice(0, 10), 'all'],
    ['empty', () => '', 'all'],
    ['of another format (its first line says so)', (text: string) => text.replace(/^[^\n]*/, 'rencontres extraction cache 0'), 'all'],
    ['binary garbage', () => '\u0000\u00ff\t\n\u0001', 'all'],
  ] as const)('reads a shard %s as missing entries, not an error, and replaces it when saved', async (_name, damage, lost) => {
    const dir = await tempDir();
    // Entries of one shard.
    const all = entries(2000);
    const prefix = all[0]!.key.slice(0, 2);
    const same = all.filter(({ key }) => key.startsWith(prefix));
    expect(same.length).toBeGreaterThan(1);
    const first = new ExtractionCache(dir);
    for (const { key, json } of same) first.put(key, json);
    await first.save();
    const file = path.join(dir, `${prefix}.tsv`);
    await writeFile(file, damage(await readFile(file, 'utf8')));

    const second = new ExtractionCache(dir);
    const found = same.filter(({ key, json }) => {
      const cached = second.get(key);
      if (cached !== undefined) expect(cached).toBe(json);
      return cached !== undefined;
    });
    expect(found.length).toBe(lost === 'all' ? 0 : same.length - lost);
    for (const { key, json } of same) if (!found.some((entry) => entry.key === key)) second.put(key, json);
    expect(await second.save()).toBe(1);
    const third = new ExtractionCache(dir);
    for (const { key, json } of same) expect(third.get(key)).toBe(json);
  });

  test('writes each entry as a `key<TAB>json` line of UTF-8 after the header, whether it was put as a string or as bytes', async () => {
    const dir = await tempDir();
    const [a, b] = entries(2);
    const accented = JSON.stringify({ ok: true, title: 'Entretien d’Hanoï avec l’Œuvre' });
    const cache = new ExtractionCache(dir);
    cache.put(a!.key, accented);
    cache.put(b!.key, new TextEncoder().encode(accented));
    expect(cache.get(b!.key)).toBe(accented);
    await cache.save();
    const lines = new Map<string, string>();
    for (const file of await shardFiles(dir)) {
      const [header, ...rest] = (await readFile(path.join(dir, file), 'utf8')).split('\n');
      expect(header).toBe('rencontres extraction cache 1');
      expect(rest.pop()).toBe('');
      for (const line of rest) lines.set(line.slice(0, 64), line.slice(65));
    }
    expect(lines).toEqual(new Map([[a!.key, accented], [b!.key, accented]]));
    const again = new ExtractionCache(dir);
    expect(again.get(a!.key)).toBe(accented);
    expect(again.get(b!.key)).toBe(accented);
  });

  test('refuses a key that is not a cache key, and a JSON text on more than one line', async () => {
    const cache = new ExtractionCache(await tempDir());
    expect(() => cache.get('../x')).toThrow(/not an extraction cache key/);
    expect(() => cache.put(entries(1)[0]!.key, '{\n}')).toThrow(/one line/);
    expect(() => cache.put(entries(1)[0]!.key, new TextEncoder().encode('{\n}'))).toThrow(/one line/);
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { extractOutcome } from '../../../src/ingest/ingest-archive';
import { cacheKey, extractChunk, extractedOutcomes, ExtractPool, extractorVersion, extractSources } from '../../../src/io/extract-pool';
import { loadKnowledge } from '../../../src/io/load-knowledge';
import { openRunCache } from '../../../src/io/extraction-cache';
import { fileClaims, type ReadBatches } from '../../../src/io/read-files';
import { readSources } from '../../../src/io/read-sources';
import { projectRoot, seedFixturesDir } from '../../helpers';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('extractChunk', () => {
  test("gives each source's outcome as its JSON text, one per line of UTF-8 in a buffer of its own", async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const { inputs } = await readSources(seedFixturesDir, projectRoot);
    const extracted = extractChunk({ inputs }, knowledge);
    expect(extracted.lines.byteOffset).toBe(0);
    expect(extracted.lines.buffer.byteLength).toBe(extracted.lines.length);
    const decoder = new TextDecoder();
    const texts = [...extractedOutcomes(extracted)].map(([id, json]) => [id, decoder.decode(json)]);
    expect(texts).toEqual(inputs.map((input) => [input.id, JSON.stringify(extractOutcome(input, knowledge))]));
    // The seed articles are French: their outcomes hold letters outside ASCII, which the bytes keep.
    expect(texts.some(([, json]) => /[^\x00-\x7f]/.test(json!))).toBe(true);
  });
});

describe('extractSources', () => {
  test('workers cache what they extract, and a second run takes every source from the cache', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const { inputs } = await readSources(seedFixturesDir, projectRoot);
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'rencontres-pool-'));
    dirs.push(cacheDir);
    // One source per chunk: every worker gets several chunks.
    const first = await extractSources(inputs, knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge), threads: 2, minSourcesPerThread: 1 });
    // One shard per distinct first two hex digits of the sources' cache keys, and no other file.
    const version = await extractorVersion(projectRoot, knowledge);
    const shards = [...new Set(inputs.map((input) => `${cacheKey(input, version).slice(0, 2)}.tsv`))].sort();
    expect(first.stats).toEqual({ cached: 0, extracted: inputs.length, threads: 2 });
    expect(await first.cacheSaved).toBe(shards.length);
    expect((await readdir(cacheDir)).sort()).toEqual(shards);

    const second = await extractSources(inputs, knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge), threads: 2, minSourcesPerThread: 1 });
    expect(second.stats).toEqual({ cached: inputs.length, extracted: 0, threads: 1 });
    expect(await second.cacheSaved).toBe(0);
    for (const input of inputs) {
      expect(second.outcomes.get(input.id)).toEqual(extractOutcome(input, knowledge));
      expect(first.outcomes.get(input.id)).toEqual(second.outcomes.get(input.id));
    }
  }, 60_000);

  test('uses a pool started beforehand, which the caller closes, and this thread as one more', async () => {
    const pool = new ExtractPool(1);
    try {
      const knowledge = await loadKnowledge(projectRoot);
      const { inputs } = await readSources(seedFixturesDir, projectRoot);
      const { outcomes, stats, cacheSaved } = await extractSources(inputs, knowledge, { minSourcesPerThread: 1, pool });
      expect(stats).toEqual({ cached: 0, extracted: inputs.length, threads: 2 });
      expect(await cacheSaved).toBe(0);
      for (const input of inputs) expect(outcomes.get(input.id)).toEqual(extractOutcome(input, knowledge));
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('a pool told the knowledge beforehand extracts with it, and refuses other knowledge', async () => {
    const pool = new ExtractPool(1);
    try {
      const knowledge = await loadKnowledge(projectRoot);
      pool.prepare({ knowledge });
      expect(() => pool.prepare({ knowledge })).toThrow(/already/);
      const { inputs } = await readSources(seedFixturesDir, projectRoot);
      const { outcomes, stats } = await extractSources(inputs, knowledge, { minSourcesPerThread: 1, pool });
      expect(stats.threads).toBe(2);
      for (const input of inputs) expect(outcomes.get(input.id)).toEqual(extractOutcome(input, knowledge));
      const other = { ...knowledge };
      await expect(pool.extract({ chunks: [{ inputs: inputs.slice(0, 1) }], next: 0 }, { knowledge: other })).rejects.toThrow(/other curated knowledge/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('awaits beforeExtracting once the workers have chunks, before this thread extracts', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const { inputs } = await readSources(seedFixturesDir, projectRoot);
    const events: string[] = [];
    const { outcomes } = await extractSources(inputs, knowledge, {
      threads: 2,
      minSourcesPerThread: 1,
      onProgress: (so) => events.push(`progress ${so.size}`),
      beforeExtracting: async () => {
        events.push('before');
        // The workers extract meanwhile: their outcomes come in while this waits.
        await new Promise((resolve) => setTimeout(resolve, 200));
        events.push('ready');
      },
    });
    // This thread extracted nothing before the hook: only the cache's outcomes (none) had been reported.
    expect(events.slice(0, events.indexOf('before'))).toEqual(['progress 0']);
    expect(events.filter((event) => event === 'before')).toHaveLength(1);
    // Nothing but the workers' outcomes before the hook is done: this thread's first chunk comes after it.
    const ready = events.indexOf('ready');
    expect(ready).toBeGreaterThan(events.indexOf('before'));
    expect(events.slice(events.indexOf('before') + 1, ready).every((event) => event.startsWith('progress'))).toBe(true);
    expect(outcomes.size).toBe(inputs.length);
  }, 60_000);

  test('a pool reads files beside this thread before extracting: readSources gives the same result, failures included', async () => {
    const pool = new ExtractPool(1);
    try {
      const knowledge = await loadKnowledge(projectRoot);
      expect(() => pool.readBeside(fileClaims([]))).toThrow(/told their data/);
      pool.prepare({ knowledge });
      for (const dir of [seedFixturesDir, path.join(projectRoot, 'tests/fixtures/source-encodings')]) {
        const alone = await readSources(dir, projectRoot);
        // Files one at a time on both threads (the batch is the claims', which both share): the worker may take some of
        // them while this thread reads the others.
        const oneAtATime = await readSources(dir, projectRoot, {
          readBeside: (claims) => {
            claims.batch = 1;
            return pool.readBeside(claims);
          },
        });
        expect(oneAtATime).toEqual(alone);
        // This thread waits until the worker has taken every file: all of them come from the worker.
        let read: ReadBatches[] = [];
        const fromWorker = await readSources(dir, projectRoot, {
          readBeside: (claims) => {
            const reading = pool.readBeside(claims).then((batches) => (read = batches));
            const deadline = Date.now() + 20_000;
            while (Atomics.load(new Int32Array(claims.next), 0) < claims.files.length) if (Date.now() > deadline) throw new Error('the worker took no file');
            return reading;
          },
        });
        expect(fromWorker).toEqual(alone);
        expect(read).toHaveLength(1);
        expect(read[0]!.starts).toEqual([0]);
      }
      // It still extracts afterwards.
      const { inputs } = await readSources(seedFixturesDir, projectRoot);
      const { outcomes } = await extractSources(inputs, knowledge, { minSourcesPerThread: 1, pool });
      for (const input of inputs) expect(outcomes.get(input.id)).toEqual(extractOutcome(input, knowledge));
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('closes a pool that was never used', async () => {
    const pool = new ExtractPool(2);
    await pool.close();
    await expect(pool.extract({ chunks: [], next: 0 }, { knowledge: await loadKnowledge(projectRoot) })).rejects.toThrow(/closed/);
  }, 60_000);

  test('lets the caller delete the outcomes it is done with: every source is still extracted once, and the map returned holds the others', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const { inputs } = await readSources(seedFixturesDir, projectRoot);
    const taken = new Map<string, unknown>();
    const { outcomes, stats } = await extractSources(inputs, knowledge, {
      threads: 2,
      minSourcesPerThread: 1,
      onProgress: (so) => {
        // The first source is kept; the others are taken as they come.
        for (const [id, outcome] of so) {
          if (id === inputs[0]!.id) continue;
          expect(taken.has(id)).toBe(false);
          taken.set(id, outcome);
          so.delete(id);
        }
      },
    });
    expect(stats.extracted).toBe(inputs.length);
    expect([...outcomes.keys()]).toEqual([inputs[0]!.id]);
    expect(taken.size).toBe(inputs.length - 1);
    for (const input of inputs.slice(1)) expect(taken.get(input.id)).toEqual(extractOutcome(input, knowledge));
  }, 60_000);

  test('reports the outcomes as they come, ending with every source', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const { inputs } = await readSources(seedFixturesDir, projectRoot);
    const sizes: number[] = [];
    const { outcomes } = await extractSources(inputs, knowledge, { threads: 2, minSourcesPerThread: 1, onProgress: (so) => sizes.push(so.size) });
    expect(sizes[0]).toBe(0);
    expect(sizes.at(-1)).toBe(inputs.length);
    expect(sizes.length).toBeGreaterThan(2);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(outcomes.size).toBe(inputs.length);
  }, 60_000);
});

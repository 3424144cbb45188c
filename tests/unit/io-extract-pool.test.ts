import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { extractOutcome, ingestArchive, readSourceInput, type SourceInput } from '../../src/ingest/ingest-archive';
import { extractSources } from '../../src/io/extract-pool';
import { openRunCache } from '../../src/io/extraction-cache';
import { readSources } from '../../src/io/read-sources';
import { loadKnowledge } from '../../src/io/load-knowledge';
import { projectRoot, seedFixturesDir } from '../helpers';

const keep = <T>(_source: string, meetings: T[]) => meetings;
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rencontres-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function seeds(): Promise<SourceInput[]> {
  const { inputs } = await readSources(seedFixturesDir, projectRoot);
  expect(inputs.length).toBeGreaterThanOrEqual(5);
  return inputs;
}

describe('extractSources', () => {
  test('gives, on worker threads, what extractArticle gives in this thread', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const inputs = await seeds();
    const { outcomes, stats } = await extractSources(inputs, knowledge, { threads: 2, minSourcesPerThread: 1 });
    expect(stats).toEqual({ cached: 0, extracted: inputs.length, threads: 2 });
    for (const input of inputs) expect(outcomes.get(input.id)).toEqual(extractOutcome(input, knowledge));
  }, 60_000);

  test('re-extracts only the sources whose text changed, and the archive is the same as without the cache', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const inputs = await seeds();
    const cacheDir = await tempDir();
    const first = await extractSources(inputs, knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge), threads: 1 });
    expect(first.stats).toMatchObject({ cached: 0, extracted: inputs.length });
    // At most one file per source, however many sources (see tests/unit/io/extraction-cache.test.ts).
    const written = await first.cacheSaved;
    expect((await readdir(cacheDir)).length).toBe(written);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThanOrEqual(inputs.length);

    const edited = inputs.map((input, i) => (i === 0 ? readSourceInput(input.id, input.file, `${input.raw}\nUn paragraphe ajouté.\n`) : input));
    const second = await extractSources(edited, knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge), threads: 1 });
    expect(second.stats).toMatchObject({ cached: inputs.length - 1, extracted: 1 });
    await second.cacheSaved;
    // The edited source's old extraction is dropped: a third run on the original texts extracts the first one again.
    const third = await extractSources(inputs, knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge), threads: 1 });
    expect(third.stats).toMatchObject({ cached: inputs.length - 1, extracted: 1 });
    await third.cacheSaved;
    expect(third.outcomes.get(inputs[0]!.id)).toEqual(extractOutcome(inputs[0]!, knowledge));

    const options = { applyOverride: keep, permalinks: {} };
    const direct = ingestArchive(edited, knowledge, options);
    const cached = ingestArchive(edited, knowledge, { ...options, extracted: second.outcomes });
    expect(JSON.stringify(cached)).toBe(JSON.stringify(direct));
  }, 60_000);

  test('keeps a source format error, with its line, through the cache', async () => {
    const knowledge = await loadKnowledge(projectRoot);
    const broken = readSourceInput('900_broken', 'content/sources/900_broken.txt', 'no header here\n\nUn paragraphe.\n');
    const cacheDir = await tempDir();
    await (await extractSources([broken], knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge) })).cacheSaved;
    const { outcomes, stats } = await extractSources([broken], knowledge, { cache: await openRunCache(cacheDir, projectRoot, knowledge) });
    expect(stats.cached).toBe(1);
    expect(outcomes.get(broken.id)).toEqual(extractOutcome(broken, knowledge));
    const report = ingestArchive([broken], knowledge, { applyOverride: keep, permalinks: {}, extracted: outcomes }).report[0]!;
    expect(report.errors).toEqual(ingestArchive([broken], knowledge, { applyOverride: keep, permalinks: {} }).report[0]!.errors);
    expect(report.errors[0]).toMatch(/^line 1: /);
  }, 60_000);
});

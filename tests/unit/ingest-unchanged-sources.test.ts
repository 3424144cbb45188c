import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ingestScriptArgs } from '../../src/io/run-cli';
import { SETTLED_NS } from '../../src/io/source-stamps';
import { projectRoot, seedFixturesDir, tempDirs } from '../helpers';

const tempDir = tempDirs();

/**
 * A copy of the project's code and curated data with the seed articles as its sources, last modified an hour ago (as an
 * archive's sources are), its packages a link to the project's: `npm run ingest` there uses its own cache.
 */
function projectCopy(): string {
  const copy = tempDir('rencontres-ingest-stamps-');
  for (const name of ['package.json', 'tsconfig.json', 'src', 'scripts']) cpSync(path.join(projectRoot, name), path.join(copy, name), { recursive: true });
  for (const name of ['data', 'overrides']) cpSync(path.join(projectRoot, 'content', name), path.join(copy, 'content', name), { recursive: true });
  // Pins of the project's own archive would not all apply: the copy starts without any.
  writeFileSync(path.join(copy, 'content/data/permalinks.yaml'), '');
  writeFileSync(path.join(copy, 'content/data/entity-pins.yaml'), '');
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'));
  const sources = path.join(copy, 'content/sources');
  mkdirSync(sources, { recursive: true });
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(seedFixturesDir).filter((file) => file.endsWith('.txt'))) {
    cpSync(path.join(seedFixturesDir, name), path.join(sources, name));
    utimesSync(path.join(sources, name), anHourAgo, anHourAgo);
  }
  return copy;
}

/** Runs the copy's ingest; gives how many sources it took from the cache and how many of those it did not read. */
async function ingest(copy: string): Promise<{ cached: number; unread: number; stdout: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, ingestScriptArgs(), { cwd: copy });
  const line = /(\d+) unchanged source\(s\) from \.cache\/ingest\/ \((\d+) not read again\)/.exec(stdout);
  expect(line, stdout).not.toBeNull();
  return { cached: Number(line![1]), unread: Number(line![2]), stdout };
}

describe('scripts/ingest.ts on sources unchanged since its last run', () => {
  test('reads only the files changed since, and writes the same archive as a run that reads them all', { timeout: 120_000 }, async () => {
    const copy = projectCopy();
    // Copying changed each file's inode change time: a stamp is kept only once that is settled (see SETTLED_NS).
    await new Promise((resolve) => setTimeout(resolve, Number(SETTLED_NS / 1_000_000n) + 100));
    const sources = readdirSync(path.join(copy, 'content/sources'));
    const generated = (name: string) => readFileSync(path.join(copy, 'content/generated', name), 'utf8');

    expect(await ingest(copy)).toMatchObject({ cached: 0, unread: 0 });
    const first = { meetings: generated('meetings.json'), sources: generated('sources.json') };
    // Nothing changed: every source comes from the cache, unread, and the archive is the same.
    expect(await ingest(copy)).toMatchObject({ cached: sources.length, unread: sources.length });
    expect(generated('meetings.json')).toBe(first.meetings);
    expect(generated('sources.json')).toBe(first.sources);

    // One article edited (same size: the stamp's times tell): it alone is read, and its new text is what the archive holds.
    const edited = path.join(copy, 'content/sources', sources[0]!);
    const text = readFileSync(edited, 'utf8');
    writeFileSync(edited, text.replace(/(\n\n[^\n]*?)e/, '$1a'));
    expect(readFileSync(edited, 'utf8')).not.toBe(text);
    const afterEdit = await ingest(copy);
    expect(afterEdit).toMatchObject({ cached: sources.length - 1, unread: sources.length - 1 });
    expect(generated('sources.json')).not.toBe(first.sources);

    // Without the cache every file is read and extracted: the same archive.
    const withCache = { meetings: generated('meetings.json'), sources: generated('sources.json') };
    const { stdout } = await promisify(execFile)(process.execPath, ingestScriptArgs('--no-cache'), { cwd: copy });
    expect(stdout).toMatch(/extraction: \d+ source\(s\) extracted on \d thread\(s\); no cache/);
    expect(generated('meetings.json')).toBe(withCache.meetings);
    expect(generated('sources.json')).toBe(withCache.sources);
  });
});

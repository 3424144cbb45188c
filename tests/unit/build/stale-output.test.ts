import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStaleOutput, removeStaleOutput } from '../../../src/build/stale-output';

describe('findStaleOutput and removeStaleOutput', () => {
  let dist: string;
  const past = new Date('2020-01-01T00:00:00Z');
  const buildStart = Date.parse('2024-01-01T00:00:00Z');

  /** Writes a file; an old one gets a modification time before the build started. */
  async function file(name: string, old: boolean): Promise<void> {
    await mkdir(path.dirname(path.join(dist, name)), { recursive: true });
    await writeFile(path.join(dist, name), name);
    if (old) await utimes(path.join(dist, name), past, past);
  }

  beforeEach(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'rencontres-stale-'));
    await file('meetings/kept/index.html', true); // unchanged page left in place
    await file('meetings/removed/index.html', true); // page of a meeting that is gone
    await file('meetings/new/index.html', false); // page written by this build
    await file('_astro/old.css', true); // asset of an older build
    await file('index.html', false);
  });
  afterEach(() => rm(dist, { recursive: true, force: true }));

  it('finds the files the build neither wrote nor kept', async () => {
    expect(await findStaleOutput(dist, new Set(['meetings/kept/index.html']), buildStart)).toEqual(['_astro/old.css', 'meetings/removed/index.html']);
  });

  it('removes them and the folders they leave empty, and nothing else', async () => {
    expect(await removeStaleOutput(dist, new Set(['meetings/kept/index.html']), buildStart)).toBe(2);
    expect((await readdir(dist)).sort()).toEqual(['index.html', 'meetings']);
    expect((await readdir(path.join(dist, 'meetings'))).sort()).toEqual(['kept', 'new']);
  });
});

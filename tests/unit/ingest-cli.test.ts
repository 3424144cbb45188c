import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers';
import { ingestScriptArgs } from '../../src/io/run-cli';

const fixtures = path.join(projectRoot, 'tests/fixtures/bad-sources');

/** Runs `npm run ingest` on a folder with `--json` (so neither content/generated nor the pins are written). */
async function runIngest(sources: string, json: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ingestScriptArgs('--sources', sources, '--json', json, ...flags);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('scripts/ingest.ts on bad sources', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rencontres-ingest-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('prints one line per file with its outcome and every problem, and still writes the good meetings', { timeout: 60_000 }, async () => {
    const json = path.join(dir, 'records.json');
    const { code, stdout } = await runIngest(fixtures, json);
    expect(code).toBe(0);
    const names = (await readdir(fixtures)).filter((name) => !name.startsWith('.'));
    for (const name of names) expect(stdout).toMatch(new RegExp(`^(ok  |warn|FAIL) tests/fixtures/bad-sources/${name.replace(/\./g, '\\.')}: \\d+ meeting\\(s\\)$`, 'm'));
    expect(stdout).toMatch(/^FAIL tests\/fixtures\/bad-sources\/impossible-day\.txt: 0 meeting\(s\)\n {6}error: line 1: the header date 2026-02-30 does not exist/m);
    expect(stdout).toMatch(/^warn tests\/fixtures\/bad-sources\/notes\.md: 0 meeting\(s\)\n {6}warning: not a \.txt file/m);
    expect(stdout).toMatch(new RegExp(`^ingest: ${names.length} source\\(s\\), \\d+ meeting\\(s\\), \\d+ warning\\(s\\), 6 error\\(s\\)$`, 'm'));
    const records = JSON.parse(await readFile(json, 'utf8')) as { source: string }[];
    expect(new Set(records.map((record) => record.source))).toContain('html-script');
  });

  test('--strict turns the same problems into a failing exit', { timeout: 60_000 }, async () => {
    const { code, stderr } = await runIngest(fixtures, path.join(dir, 'strict.json'), '--strict');
    expect(code).toBe(1);
    expect(stderr).toMatch(/--strict and there are warnings or errors/);
  });

  test('--strict passes a folder without problems', { timeout: 60_000 }, async () => {
    const clean = await mkdtemp(path.join(dir, 'clean-'));
    await copyFile(path.join(fixtures, 'quotes.txt'), path.join(clean, 'quotes.txt'));
    const { code, stdout } = await runIngest(clean, path.join(dir, 'clean.json'), '--strict');
    expect(stdout).toMatch(/^ok {3}.*quotes\.txt: 1 meeting\(s\)$/m);
    expect(code).toBe(0);
  });
});

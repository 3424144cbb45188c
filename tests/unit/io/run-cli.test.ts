import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ingestScriptArgs } from '../../../src/io/run-cli';
import { projectRoot } from '../../helpers';

describe('ingestScriptArgs', () => {
  test("start scripts/ingest.ts with V8 settings this Node accepts (an unknown flag stops Node before the script)", { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ingestScriptArgs('--help'), { cwd: projectRoot });
    expect(stdout).toMatch(/^Usage: npm run ingest/);
  });

  test("are what package.json's ingest script runs, so that npm run ingest, the build and the benchmark run it alike", () => {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['ingest']).toBe(['node', ...ingestScriptArgs()].join(' '));
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { INGEST_NODE_FLAGS, ingestScriptArgs, tsScriptArgs } from '../../../src/io/run-cli';
import { projectRoot } from '../../helpers';

describe('ingestScriptArgs', () => {
  test("runs scripts/ingest.ts with the ingest's V8 settings before tsx's loader", () => {
    expect(ingestScriptArgs('--strict')).toEqual([...INGEST_NODE_FLAGS, ...tsScriptArgs('scripts/ingest.ts', '--strict')]);
    expect(INGEST_NODE_FLAGS.every((flag) => flag.startsWith('--'))).toBe(true);
  });

  test("is what package.json's ingest script runs, so that npm run ingest, the build and the benchmark run it alike", () => {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['ingest']).toBe(['node', ...ingestScriptArgs()].join(' '));
  });
});

/**
 * npm run build [-- --skip-ingest]
 * Ingests the sources, builds the site with Astro, then indexes dist/ with Pagefind.
 * `--skip-ingest` reuses the existing content/generated/ (for working on pages only).
 * Prints one line per step with its duration; exits non-zero on the first failure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');

/** Runs a Node script with the same Node binary as this one (the project's Node 24), inheriting the output. */
function runNode(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${args.join(' ')} exited with ${signal ?? `code ${code}`}`));
    });
  });
}

/** Indexes the built site; every Pagefind error fails the step, and Pagefind is always closed. */
async function indexSite(): Promise<string> {
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
    if (!index || errors.length > 0) throw new Error(`pagefind createIndex: ${errors.join('; ') || 'no index'}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('pagefind indexed no page: no meeting page carries data-pagefind-body');
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.entries(entry.languages).map(([language, { page_count }]) => `${page_count} (${language})`);
    return `${added.page_count} HTML files read, pages indexed: ${indexed.join(', ')}`;
  } finally {
    await pagefind.close();
  }
}

const { values: options } = parseArgs({ options: { 'skip-ingest': { type: 'boolean', default: false } } });

const steps: { name: string; run: () => Promise<string | void> }[] = [
  ...(options['skip-ingest'] ? [] : [{ name: 'ingest', run: () => runNode([path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts']) }]),
  { name: 'astro build', run: () => runNode([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build']) },
  { name: 'pagefind', run: indexSite },
];

async function main(): Promise<number> {
  const started = performance.now();
  for (const step of steps) {
    const stepStart = performance.now();
    try {
      const detail = await step.run();
      console.log(`[build] ✓ ${step.name} (${((performance.now() - stepStart) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
    } catch (error) {
      console.error(`[build] ✗ ${step.name} failed after ${((performance.now() - stepStart) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
    console.error('[build] ✗ dist/pagefind/pagefind.js is missing');
    return 1;
  }
  console.log(`[build] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = await main();

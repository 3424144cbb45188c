import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { stringify as stringifyYaml } from 'yaml';
import { parseYamlData } from './parse-yaml-data';
import { stringifyPlainMap } from './plain-yaml';
import { IdSchema } from '../schemas/common';
import { formatIssues } from './format-issues';

/** Pins: "<source-id>#<position>" → meeting slug. @example { "000_5d764ea162d0ebda#0": "2026-02-19-luong-tam-quang-..." } */
export const PermalinksSchema = z.record(z.string(), IdSchema).superRefine((pins, ctx) => {
  for (const key of Object.keys(pins)) {
    if (!/^[^#\s]+#\d+$/.test(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'keys are "<source-id>#<position>", e.g. "000_5d764ea162d0ebda#0"' });
    }
  }
});
export type Permalinks = z.output<typeof PermalinksSchema>;

const HEADER = [
  '# Permanent meeting URLs: "<source-id>#<position>" → slug of /meetings/<slug>/.',
  '# Written by `npm run ingest`, which only adds pins. Readers cite these URLs: never change a slug.',
  '',
].join('\n');

/** Validates the text of permalinks.yaml; an empty file is no pins. */
export function parsePermalinks(text: string, file: string): Permalinks {
  let data: unknown;
  try {
    data = parseYamlData(text);
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = PermalinksSchema.safeParse(data ?? {});
  if (!result.success) throw new Error(`${file} is not valid:\n${formatIssues(result.error.issues)}`);
  return result.data;
}

/** Serializes pins deterministically: header comment, keys sorted, one line each. */
export function formatPermalinks(pins: Permalinks): string {
  // Each key split once, not at every comparison: a large archive has over 100,000 pins.
  const sorted = Object.entries(pins)
    .map(([key, slug]) => ({ key, slug, source: key.slice(0, key.indexOf('#')), position: Number(key.slice(key.indexOf('#') + 1)) }))
    .sort((a, b) => (a.source !== b.source ? (a.source < b.source ? -1 : 1) : a.position - b.position))
    .map(({ key, slug }) => [key, slug] as const);
  if (sorted.length === 0) return `${HEADER}{}\n`;
  return HEADER + (stringifyPlainMap(sorted) ?? stringifyYaml(Object.fromEntries(sorted), { lineWidth: 0 }));
}

/** Reads content/data/permalinks.yaml; a missing file means no pins yet. */
export async function readPermalinks(file: string, displayName = file): Promise<Permalinks> {
  try {
    return parsePermalinks(await readFile(file, 'utf8'), displayName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Writes the pins file; returns true when its content changed. */
export async function writePermalinks(file: string, pins: Permalinks): Promise<boolean> {
  const text = formatPermalinks(pins);
  const before = await readFile(file, 'utf8').catch(() => null);
  if (before === text) return false;
  await writeFile(file, text);
  return true;
}

import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { stringify as stringifyYaml } from 'yaml';
import { parseYamlData } from './parse-yaml-data';
import { stringifyPlainMap } from './plain-yaml';
import type { EntityPins } from '../ingest/ingest-archive';
import { IdSchema } from '../schemas/common';
import { RedirectsSchema, type Redirects } from '../schemas/redirects';
import { formatIssues } from './format-issues';

/** Pins of official and organization ids: written name → first published id. @example { officials: { "Kerry Person": "kerry-person" } } */
export const EntityPinsSchema = z
  .object({
    officials: z.record(z.string().min(1), IdSchema).default({}),
    organizations: z.record(z.string().min(1), IdSchema).default({}),
  })
  .strict();

const HEADER = [
  '# Permanent ids of officials and organizations (/officials/<id>/, /organizations/<id>/): written name → first id published.',
  '# Written by `npm run ingest`, which only adds pins. To rename or merge, edit content/data/redirects.yaml, not this file.',
  '',
].join('\n');

function parseYamlFile<T>(text: string, file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYamlData(text);
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) throw new Error(`${file} is not valid:\n${formatIssues(result.error.issues)}`);
  return result.data;
}

/** Validates the text of entity-pins.yaml; an empty file is no pins. */
export function parseEntityPins(text: string, file: string): EntityPins {
  return parseYamlFile(text, file, EntityPinsSchema);
}

/** Validates the text of redirects.yaml; an empty file is no redirects. */
export function parseRedirects(text: string, file: string): Redirects {
  return parseYamlFile(text, file, RedirectsSchema);
}

const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

/** Serializes entity pins deterministically: header comment, names sorted, one line each. */
export function formatEntityPins(pins: EntityPins): string {
  const sorted = {
    officials: Object.fromEntries(Object.entries(pins.officials).sort(byName)),
    organizations: Object.fromEntries(Object.entries(pins.organizations).sort(byName)),
  };
  // Plain names and ids are written line by line; anything else (or an empty map) by `yaml`.
  const officials = stringifyPlainMap(sorted.officials, 'officials');
  const organizations = stringifyPlainMap(sorted.organizations, 'organizations');
  if (officials !== null && organizations !== null) return `${HEADER}officials:\n${officials}organizations:\n${organizations}`;
  return HEADER + stringifyYaml(sorted, { lineWidth: 0 });
}

async function readOptional(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Reads content/data/entity-pins.yaml; a missing file means no pins yet. */
export async function readEntityPins(file: string, displayName = file): Promise<EntityPins> {
  return parseEntityPins(await readOptional(file), displayName);
}

/** Reads content/data/redirects.yaml; a missing file means no redirects. */
export async function readRedirects(file: string, displayName = file): Promise<Redirects> {
  return parseRedirects(await readOptional(file), displayName);
}

/** Writes the entity pins file; returns true when its content changed. */
export async function writeEntityPins(file: string, pins: EntityPins): Promise<boolean> {
  const text = formatEntityPins(pins);
  if ((await readOptional(file)) === text) return false;
  await writeFile(file, text);
  return true;
}

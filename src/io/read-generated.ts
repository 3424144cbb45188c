import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { createArchive, type Archive } from '../lib/archive';
import { CountrySchema } from '../schemas/country';
import { MeetingSchema } from '../schemas/meeting';
import { OfficialSchema } from '../schemas/official';
import { OrganizationSchema } from '../schemas/organization';
import { SourceRecordSchema } from '../schemas/source';
import { ThemeSchema } from '../schemas/theme';

/** Reads one collection of content/generated/, checked against its schema; the error names the file. */
async function readCollection<T extends z.ZodType>(dir: string, name: string, schema: T): Promise<z.output<T>[]> {
  const file = path.join(dir, `${name}.json`);
  const parsed = z.array(schema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not match its schema (run npm run ingest): ${parsed.error.issues[0]?.message ?? parsed.error.message}`);
  return parsed.data;
}

/**
 * The archive as ingest wrote it to `dir` (content/generated/), outside Astro: for the files the build script writes
 * itself (the feeds), from the same records and with the same `createArchive` as the pages.
 */
export async function readGeneratedArchive(dir: string): Promise<Archive> {
  const [meetings, officials, organizations, countries, themes, sources] = await Promise.all([
    readCollection(dir, 'meetings', MeetingSchema),
    readCollection(dir, 'officials', OfficialSchema),
    readCollection(dir, 'organizations', OrganizationSchema),
    readCollection(dir, 'countries', CountrySchema),
    readCollection(dir, 'themes', ThemeSchema),
    readCollection(dir, 'sources', SourceRecordSchema),
  ]);
  return createArchive({ meetings, officials, organizations, countries, themes, sources });
}

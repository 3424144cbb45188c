/**
 * npm run ingest [-- --sources DIR] [--json FILE] [--strict]
 * Reads source articles and curated data, extracts meetings, applies archivist overrides, and writes
 * content/generated/*.json plus new permalink pins (or, with --json, only the open-data records).
 */
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApplyOverride } from '../src/ingest/apply-overrides';
import { ArchiveBuilder, byId, type ExtractionOutcome } from '../src/ingest/ingest-archive';
import { ExtractPool, extractSources, startPoolFor } from '../src/io/extract-pool';
import { ExtractionCache, hasOutcomeFor, openRunCache } from '../src/io/extraction-cache';
import { formatReportEntry, mergeReadReport } from '../src/io/ingest-report';
import { loadKnowledge } from '../src/io/load-knowledge';
import { checkOverrideThemes, loadOverrides } from '../src/io/load-overrides';
import { readEntityPins, readRedirects, writeEntityPins } from '../src/io/entity-pins';
import { readPermalinks, writePermalinks } from '../src/io/permalinks';
import { readSources, toProjectPath } from '../src/io/read-sources';
import { readSourceStamps, stampClock, writeSourceStamps } from '../src/io/source-stamps';
import { writeGenerated, writeJsonArrayFile } from '../src/io/write-generated';
import { runCli } from '../src/io/run-cli';

const USAGE = `Usage: npm run ingest [-- options]
  --sources DIR  read the *.txt articles of DIR (default: content/sources)
  --json FILE    write the open-data meeting records to FILE only (no content/generated, no new pins)
  --strict       exit with code 1 when any source has a warning or an error
  --no-cache     extract every source again instead of reusing .cache/ingest/ for unchanged ones (the cache holds
                 the extractions of content/sources only: another --sources folder is always extracted in full)
  --help         show this help`;

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({
    strict: true,
    options: {
      sources: { type: 'string', default: path.join(root, 'content/sources') },
      json: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sourcesDir = path.resolve(values.sources);
  const pinsFile = path.join(root, 'content/data/permalinks.yaml');
  // The cache keeps only what its last run used: another folder's run would drop the archive's entries.
  const archiveSources = sourcesDir === path.join(root, 'content/sources');
  const cacheDir = values['no-cache'] || !archiveSources ? undefined : path.join(root, '.cache/ingest');
  // With no cache to reuse, every source is extracted: worker threads start now, so that loading the extractor's code
  // in them overlaps with reading the curated data and the sources below.
  const pool = cacheDir === undefined || new ExtractionCache(cacheDir).holdsNothing() ? startPoolFor(countTextFiles(sourcesDir)) : undefined;
  try {
    return await ingest(values, sourcesDir, pinsFile, cacheDir, pool);
  } finally {
    await pool?.close();
  }
}

/** How many `*.txt` files a folder holds (0 when it cannot be read: readSources reports that). */
function countTextFiles(dir: string): number {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.txt')).length;
  } catch {
    return 0;
  }
}

/** Reads, extracts, resolves and writes; returns the exit code. */
async function ingest(
  values: { json?: string | undefined; strict: boolean },
  sourcesDir: string,
  pinsFile: string,
  cacheDir: string | undefined,
  pool: ExtractPool | undefined,
): Promise<number> {
  // What extraction needs first (the workers take the curated knowledge in while the sources are read); what only
  // resolution needs is read once the workers have their first sources.
  const knowledge = await loadKnowledge(root);
  pool?.prepare({ knowledge });
  const cache = cacheDir === undefined ? undefined : await openRunCache(cacheDir, root, knowledge);
  // Sources unchanged since the last run, whose extraction is cached, are not read again (see src/io/source-stamps.ts).
  const stampsFile = cacheDir && path.join(cacheDir, 'source-stamps.jsonl');
  const readSince = stampClock();
  // The workers, idle until extraction, read files beside this thread.
  const { inputs, warnings, failures, ignored, stamps } = await readSources(sourcesDir, root, {
    readBeside: pool && ((claims) => pool.readBeside(claims)),
    unchanged: cache && stampsFile !== undefined ? { stamps: readSourceStamps(stampsFile), isCached: (source) => hasOutcomeFor(cache, source) } : undefined,
  });

  // Extraction, the costly part, runs on every core and is skipped for sources unchanged since the last run; entity
  // resolution and pins below still run over the whole archive.
  // Sources are extracted in id order, and each is resolved as soon as it and those before it are extracted: the
  // resolution runs while the workers extract the rest.
  const sorted = [...inputs].sort(byId);
  let builder: ArchiveBuilder | undefined;
  let overrides: Awaited<ReturnType<typeof loadOverrides>> | undefined;
  let permalinks: Awaited<ReturnType<typeof readPermalinks>> = {};
  const entityPinsFile = path.join(root, 'content/data/entity-pins.yaml');
  const readResolutionData = async () => {
    overrides = await loadOverrides(path.join(root, 'content/overrides'), root);
    checkOverrideThemes(overrides, new Set(knowledge.themes.map((theme) => theme.id)));
    permalinks = await readPermalinks(pinsFile, 'content/data/permalinks.yaml');
    const entityPins = await readEntityPins(entityPinsFile, 'content/data/entity-pins.yaml');
    const renames = await readRedirects(path.join(root, 'content/data/redirects.yaml'), 'content/data/redirects.yaml');
    builder = new ArchiveBuilder(knowledge, { applyOverride: createApplyOverride(overrides), permalinks: { ...permalinks }, entityPins, renames });
  };
  let resolved = 0;
  const resolveExtracted = (outcomes: Map<string, ExtractionOutcome>) => {
    if (builder === undefined) return;
    for (let outcome = outcomes.get(sorted[resolved]?.id ?? ''); outcome !== undefined; outcome = outcomes.get(sorted[resolved]?.id ?? '')) {
      builder.add(sorted[resolved]!, outcome);
      // Resolved, the outcome is not needed again: deleted, it is freed, often before it outlives a young collection
      // (250–290 MB less at the peak at 100,000 articles).
      outcomes.delete(sorted[resolved]!.id);
      resolved += 1;
    }
  };
  const { outcomes, stats, cacheSaved } = await extractSources(sorted, knowledge, { cache, pool, onProgress: resolveExtracted, beforeExtracting: readResolutionData });
  // Written beside the resolution, as the cache is.
  const stampsSaved = stampsFile === undefined ? undefined : writeSourceStamps(stampsFile, stamps, readSince);
  stampsSaved?.catch(() => undefined);
  if (builder === undefined || overrides === undefined) throw new Error('ingest: the data for resolution was not read');
  resolveExtracted(outcomes);
  const data = builder.finish();
  const ids = new Set([...inputs.map((input) => input.id), ...failures.map((failure) => failure.source)]);
  // An override for an absent source is harmless when ingesting another folder, so it is only reported for the archive.
  const orphans = sourcesDir === path.join(root, 'content/sources') ? [...overrides.keys()].filter((id) => !ids.has(id)) : [];
  const report = mergeReadReport(data.report, warnings, [...failures, ...ignored]);
  // One write for the whole report: a console.log per source costs a system call each for thousands of sources.
  if (report.length > 0) process.stdout.write(`${report.map(formatReportEntry).join('\n')}\n`);
  for (const id of orphans) console.log(`warn content/overrides/${id}.yaml: no source "${id}" in ${toProjectPath(root, sourcesDir)}/`);

  if (values.json !== undefined) {
    const file = path.resolve(values.json);
    // Loaded only here: the open-data records are not needed to write the archive.
    const { toOpenDataRecords } = await import('../src/lib/open-data');
    const records = toOpenDataRecords(data, process.env.SITE_URL ?? 'https://rencontres.example.org', process.env.BASE_PATH ?? '/');
    await mkdir(path.dirname(file), { recursive: true });
    writeJsonArrayFile(file, records);
    console.log(`wrote ${records.length} meeting record(s) to ${file}`);
  } else {
    const written = await writeGenerated(path.join(root, 'content/generated'), { ...data, report });
    const newPins = Object.keys(data.permalinks).filter((key) => !(key in permalinks)).length;
    const changed = await writePermalinks(pinsFile, data.permalinks);
    console.log(`wrote ${written.length} files to content/generated/; ${newPins} new permalink pin(s)${changed ? ' added to content/data/permalinks.yaml' : ''}`);
    if (await writeEntityPins(entityPinsFile, data.entityPins)) console.log('new official or organization id pin(s) added to content/data/entity-pins.yaml');
  }

  await stampsSaved;
  const unread = inputs.filter((input) => input.raw === undefined).length;
  const cacheNote = cacheDir === undefined ? 'no cache' : `${stats.cached} unchanged source(s) from .cache/ingest/ (${unread} not read again), ${await cacheSaved} cache file(s) written`;
  console.log(`extraction: ${stats.extracted} source(s) extracted on ${stats.threads} thread(s); ${cacheNote}`);
  const warningCount = report.reduce((n, entry) => n + entry.warnings.length, 0) + orphans.length;
  const errorCount = report.reduce((n, entry) => n + entry.errors.length, 0);
  console.log(
    `ingest: ${report.length} source(s), ${data.meetings.length} meeting(s), ${warningCount} warning(s), ${errorCount} error(s)`,
  );
  if (values.strict && warningCount + errorCount > 0) {
    console.error('ingest: --strict and there are warnings or errors (listed above)');
    return 1;
  }
  return 0;
}

runCli('ingest', main);

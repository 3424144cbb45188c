import { readFile } from 'node:fs/promises';
import type { SourceReport } from '../ingest/ingest-archive';
import { BuildReportSchema, type SourceReportEntry } from '../schemas/report';
import { formatIssues } from './format-issues';

/** One console line per source, outcome first (`ok`, `warn`, `FAIL`), its errors and warnings indented below. */
export function formatReportEntry(entry: SourceReport): string {
  const status = entry.errors.length > 0 ? 'FAIL' : entry.warnings.length > 0 ? 'warn' : 'ok  ';
  const notes = [...entry.errors.map((e) => `      error: ${e}`), ...entry.warnings.map((w) => `      warning: ${w}`)];
  return [`${status} ${entry.file}: ${entry.meetings} meeting(s)`, ...notes].join('\n');
}

/**
 * Completes the ingest report with what only the file reader knows: decoding warnings (placed first for their
 * source) and one entry per unreadable file. Sorted by source id.
 */
export function mergeReadReport(report: readonly SourceReport[], warnings: Record<string, string[]>, failures: readonly SourceReport[]): SourceReport[] {
  const merged = report.map((entry) => ({ ...entry, warnings: [...(warnings[entry.source] ?? []), ...entry.warnings] }));
  return [...merged, ...failures].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** The build report as ingest wrote it: its exact text (copied as is to dist/data/report.json) and its entries. */
export interface BuildReportFile {
  text: string;
  report: SourceReportEntry[];
}

/** Reads and validates content/generated/report.json; the error names the file and says to run ingest. */
export async function readBuildReport(file: string): Promise<BuildReportFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): run \`npm run ingest\` first`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): run \`npm run ingest\` again`);
  }
  const result = BuildReportSchema.safeParse(data);
  if (!result.success) throw new Error(`${file} is not a valid build report:\n${formatIssues(result.error.issues)}\nRun \`npm run ingest\` again.`);
  return { text, report: result.data };
}

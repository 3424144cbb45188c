import type { SourceReport } from '../ingest/ingest-archive';

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

import type { SourceReportEntry } from '../schemas/report';
import { getMeetingsOfSource, type Archive } from './archive';
import { entryPath, fileTo } from './permalinks';

/** How one source fared: `ok` (published, nothing to check), `warn` (published or skipped, check it), `fail` (not published). */
export type SourceOutcome = 'ok' | 'warn' | 'fail';

/** One row of the build report page. */
export interface ReportRow {
  entry: SourceReportEntry;
  outcome: SourceOutcome;
  /** Anchor id of the row, unique on the page. @example "source-000_5d764ea162d0ebda" */
  anchor: string;
  /** Link to the untouched source text, when the source was parsed. */
  sourceHref: string | null;
  /** The meetings published from this source, in text order. */
  meetings: { title: string; href: string }[];
}

/** The build report page's data: totals, then one row per source, failures first, then warnings, then by file. */
export interface ReportView {
  totals: { sources: number; meetings: number; ok: number; warn: number; fail: number };
  rows: ReportRow[];
}

const OUTCOME_ORDER: Record<SourceOutcome, number> = { fail: 0, warn: 1, ok: 2 };

/** The outcome of one report entry: any error fails it, any warning flags it. */
export function getOutcome(entry: SourceReportEntry): SourceOutcome {
  return entry.errors.length > 0 ? 'fail' : entry.warnings.length > 0 ? 'warn' : 'ok';
}

/** Builds the report page's rows, linking each source to its text and its meetings. */
export function getReportView(report: readonly SourceReportEntry[], archive: Archive, base: string): ReportView {
  const used = new Set<string>();
  const rows = report.map((entry): ReportRow => {
    // Anchors must be unique and plain even for odd file names: fold to safe characters, number repeats.
    const stem = `source-${entry.source.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
    let anchor = stem;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${stem}-${n}`;
    used.add(anchor);
    // Filed by source once per archive: scanning every meeting for each of 100,000 sources took minutes.
    const meetings = getMeetingsOfSource(archive, entry.source).map((meeting) => ({ title: meeting.title, href: entryPath(base, 'meetings', meeting.id) }));
    const sourceHref = archive.source.has(entry.source) ? fileTo(base, 'sources', `${entry.source}.txt`) : null;
    return { entry, outcome: getOutcome(entry), anchor, sourceHref, meetings };
  });
  rows.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || (a.entry.file < b.entry.file ? -1 : a.entry.file > b.entry.file ? 1 : 0));
  const count = (outcome: SourceOutcome) => rows.filter((row) => row.outcome === outcome).length;
  return {
    totals: { sources: rows.length, meetings: rows.reduce((n, row) => n + row.entry.meetings, 0), ok: count('ok'), warn: count('warn'), fail: count('fail') },
    rows,
  };
}

import { z } from 'astro/zod';

/** What ingest did with one file of the sources folder; every file gets one, so none disappears silently. */
export const SourceReportSchema = z.object({
  /** The source id (file name stem), or the file name for an entry that is not a source. @example "000_5d764ea162d0ebda" */
  source: z.string().min(1),
  /** Path relative to the project root. @example "content/sources/000_5d764ea162d0ebda.txt" */
  file: z.string().min(1),
  /** Number of meetings published from this source. */
  meetings: z.number().int().nonnegative(),
  /** Problems that did not stop the source (decoding fallback, no meeting found…), each saying what to check. */
  warnings: z.array(z.string()),
  /** Problems that kept the source out of the archive, each naming the line where it applies and what to do. */
  errors: z.array(z.string()),
});
export type SourceReportEntry = z.output<typeof SourceReportSchema>;

/** The build report: content/generated/report.json, copied to dist/data/report.json. */
export const BuildReportSchema = z.array(SourceReportSchema);

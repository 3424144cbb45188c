import type { ExtractedMeeting } from '../schemas/extraction';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import type { Country } from '../schemas/country';
import type { Theme } from '../schemas/theme';
import type { Source } from '../schemas/source';
import type { Knowledge } from './knowledge';

/** One source text as read from disk. */
export interface SourceInput {
  /** File name stem, the source's identity. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The file's text, decoded. */
  raw: string;
}

/** What happened to one source during ingest; every source gets one, so none disappears silently. */
export interface SourceReport {
  source: string;
  file: string;
  meetings: number;
  warnings: string[];
  errors: string[];
}

/** The generated collections, ready to be written to content/generated/. */
export interface ArchiveData {
  sources: Source[];
  meetings: Meeting[];
  officials: Official[];
  organizations: Organization[];
  countries: Country[];
  themes: Theme[];
  report: SourceReport[];
  /** Permalink pins after this ingest: existing pins plus one for each new meeting. */
  permalinks: Record<string, string>;
}

/** Per-source corrections an archivist makes; see src/schemas/override.ts. */
export type ApplyOverride = (sourceId: string, meetings: ExtractedMeeting[]) => ExtractedMeeting[];

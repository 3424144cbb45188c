import type { ExtractedMeeting } from '../schemas/extraction';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import type { Country } from '../schemas/country';
import type { Theme } from '../schemas/theme';
import type { Source } from '../schemas/source';
import { extractArticle } from './extract-article';
import { buildGazetteer } from './gazetteer';
import type { Knowledge } from './knowledge';
import { SourceFormatError } from './parse-source';
import { EntityResolver, meetingSlugBase, uniqueSlug } from './resolve-entities';
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

/** Options of an ingest run. */
export interface IngestOptions {
  applyOverride: ApplyOverride;
  /** Existing permalink pins ("<source>#<position>" → slug); never changed, only added to. */
  permalinks: Record<string, string>;
}

/**
 * Ingests every source: parse, extract meetings, apply the archivist's overrides, resolve people and organizations
 * across the archive, and pin a permanent slug to each meeting. Pure: the caller reads and writes files.
 * Sources are processed in id order so the output does not depend on the order they were read in.
 */
export function ingestArchive(inputs: SourceInput[], knowledge: Knowledge, options: IngestOptions): ArchiveData {
  const gazetteer = buildGazetteer(knowledge);
  const resolver = new EntityResolver(gazetteer);
  const permalinks = { ...options.permalinks };
  const takenSlugs = new Set(Object.values(permalinks));
  const sources: Source[] = [];
  const meetings: Meeting[] = [];
  const report: SourceReport[] = [];
  const themeIds = new Set(knowledge.themes.map((theme) => theme.id));
  for (const input of [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const entry: SourceReport = { source: input.id, file: input.file, meetings: 0, warnings: [], errors: [] };
    report.push(entry);
    let extracted: ExtractedMeeting[];
    try {
      const result = extractArticle(input.id, input.raw, knowledge, input.file);
      sources.push(result.source);
      entry.warnings.push(...result.warnings);
      extracted = options.applyOverride(input.id, result.meetings);
    } catch (error) {
      const line = error instanceof SourceFormatError ? `line ${error.line}: ` : '';
      entry.errors.push(`${line}${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const source = sources.at(-1)!;
    extracted.forEach((meeting, position) => {
      const key = `${input.id}#${position}`;
      const id = permalinks[key] ?? uniqueSlug(meetingSlugBase(meeting), takenSlugs);
      permalinks[key] = id;
      const titleGenerated = !(source.headlineKind === 'headline' && meeting.title === source.headline);
      meetings.push(toMeeting(resolver, meeting, { id, source: source.id, position, published: source.published }, titleGenerated, themeIds, entry));
    });
    entry.meetings = extracted.length;
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const usedCountries = new Set(meetings.flatMap((m) => m.countries));
  return {
    sources,
    meetings: meetings.sort(byId),
    officials: [...resolver.officials.values()].sort(byId),
    organizations: [...resolver.organizations.values()].sort(byId),
    countries: [...resolver.countries.values()].filter((c) => usedCountries.has(c.id)).sort(byId),
    themes: [...knowledge.themes],
    report,
    permalinks,
  };
}

function toMeeting(
  resolver: EntityResolver,
  meeting: ExtractedMeeting,
  identity: { id: string; source: string; position: number; published: string },
  titleGenerated: boolean,
  themeIds: Set<string>,
  report: SourceReport,
): Meeting {
  const participants = meeting.participants.map((p) => {
    const country = resolver.country(p.country);
    return {
      official: resolver.official(p.name, p.side, country),
      name: p.name,
      role: p.role,
      organization: p.organization === null ? null : resolver.organization(p.organization),
      country,
      side: p.side,
    };
  });
  const countries = meeting.countries.map((name) => {
    const id = resolver.country(name);
    if (id === null) report.warnings.push(`meeting ${identity.position}: unknown country "${name}" (add it to content/data/countries.yaml)`);
    return id;
  });
  const themes = meeting.themes.filter((theme) => {
    if (!themeIds.has(theme)) report.warnings.push(`meeting ${identity.position}: unknown theme "${theme}" (themes are listed in content/data/themes.tsv)`);
    return themeIds.has(theme);
  });
  return {
    ...identity,
    date: meeting.date,
    title: meeting.title ?? identity.id,
    titleGenerated,
    place: meeting.place,
    participants,
    organizations: [...new Set(meeting.organizations.map((name) => resolver.organization(name)))],
    countries: [...new Set(countries.filter((id): id is string => id !== null))],
    themes: [...new Set(themes)],
    paragraphs: meeting.paragraphs,
  };
}

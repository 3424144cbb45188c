import type { ExtractedMeeting } from '../schemas/extraction';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import type { Country } from '../schemas/country';
import type { Theme } from '../schemas/theme';
import type { SourceRecord } from '../schemas/source';
import { extractArticle, type ArticleExtraction } from './extract-article';
import { buildGazetteer } from './gazetteer';
import type { Knowledge } from './knowledge';
import { SourceFormatError } from './parse-source';
import { sourceTextDigest, toSourceRecord } from './source-record';
import { followRenames, pinEntityIds } from './pin-ids';
import { EntityResolver, meetingSlugBase, uniqueSlug } from './resolve-entities';
/** One source text as read from disk. */
export interface SourceInput {
  /** File name stem, the source's identity. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** SHA-256 of the decoded text (`sourceTextDigest`): the source record's digest, and what its cache key is made of. */
  textDigest: string;
  /**
   * The file's text, decoded; undefined when the file was not read, being unchanged since a run that cached its
   * extraction (see `src/io/source-stamps.ts`).
   */
  raw: string | undefined;
}

/** A source read from its file: its text and the text's digest. */
export function readSourceInput(id: string, file: string, raw: string): SourceInput {
  return { id, file, textDigest: sourceTextDigest(raw), raw };
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
  sources: SourceRecord[];
  meetings: Meeting[];
  officials: Official[];
  organizations: Organization[];
  countries: Country[];
  themes: Theme[];
  report: SourceReport[];
  /** Permalink pins after this ingest: existing pins plus one for each new meeting. */
  permalinks: Record<string, string>;
  /** Official and organization id pins after this ingest: existing pins plus the names seen for the first time. */
  entityPins: EntityPins;
}

/** Written name → first published id, for officials and organizations (content/data/entity-pins.yaml). */
export interface EntityPins {
  officials: Record<string, string>;
  organizations: Record<string, string>;
}

/** An archivist's renames (content/data/redirects.yaml): old id → new id per kind. */
export interface Renames {
  meetings: Record<string, string>;
  officials: Record<string, string>;
  organizations: Record<string, string>;
}

/** Per-source corrections an archivist makes; see src/schemas/override.ts. */
export type ApplyOverride = (sourceId: string, meetings: ExtractedMeeting[]) => ExtractedMeeting[];

/** Options of an ingest run. */
export interface IngestOptions {
  applyOverride: ApplyOverride;
  /** Existing permalink pins ("<source>#<position>" → slug); never changed, only added to. */
  permalinks: Record<string, string>;
  /** Existing official and organization id pins; never changed, only added to. */
  entityPins?: EntityPins;
  /** Renames and merges; a renamed meeting, official or organization takes its new id. */
  renames?: Renames;
  /**
   * Extractions already done (by worker threads, or read from the ingest cache), by source id; a source missing here
   * is extracted in place. Each must be what `extractArticle` returns, or throws, for that source.
   */
  extracted?: ReadonlyMap<string, ExtractionOutcome>;
}

/** What `extractArticle` gave for one source, in a form that crosses threads and files: its result or its error. */
export type ExtractionOutcome = { ok: true; extraction: ArticleExtraction } | { ok: false; message: string; line?: number };

/** Runs `extractArticle`, turning a thrown error into an outcome (the line of a source format error kept). */
export function extractOutcome(input: SourceInput, knowledge: Knowledge): ExtractionOutcome {
  // A programming error, not the source's: only sources whose extraction is cached are left unread.
  if (input.raw === undefined) throw new Error(`${input.file}: not read, so it cannot be extracted`);
  try {
    return { ok: true, extraction: extractArticle(input.id, input.raw, knowledge, input.file) };
  } catch (error) {
    return error instanceof SourceFormatError
      ? { ok: false, message: error.message, line: error.line }
      : { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Orders sources by id, the order in which an archive is ingested. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Ingests every source: parse, extract meetings, apply the archivist's overrides, resolve people and organizations
 * across the archive, and pin a permanent slug to each meeting. Pure: the caller reads and writes files.
 * Sources are processed in id order so the output does not depend on the order they were read in.
 */
export function ingestArchive(inputs: SourceInput[], knowledge: Knowledge, options: IngestOptions): ArchiveData {
  const builder = new ArchiveBuilder(knowledge, options);
  for (const input of [...inputs].sort(byId)) builder.add(input, options.extracted?.get(input.id) ?? extractOutcome(input, knowledge));
  return builder.finish();
}

/**
 * `ingestArchive` one source at a time, so that a caller can resolve the sources already extracted while the others
 * are being extracted. Sources must be added in id order (`byId`); the archive is the one `ingestArchive` gives.
 */
export class ArchiveBuilder {
  private readonly resolver: EntityResolver;
  private readonly permalinks: Record<string, string>;
  private readonly renames: Renames;
  private readonly takenSlugs: Set<string>;
  private readonly sources: SourceRecord[] = [];
  private readonly meetings: Meeting[] = [];
  private readonly report: SourceReport[] = [];
  private readonly themeIds: Set<string>;
  private lastId: string | null = null;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly options: Omit<IngestOptions, 'extracted'>,
  ) {
    this.resolver = new EntityResolver(buildGazetteer(knowledge));
    this.permalinks = { ...options.permalinks };
    this.renames = options.renames ?? { meetings: {}, officials: {}, organizations: {} };
    // Retired and renamed slugs stay taken: a new meeting never reuses a URL that once meant another one.
    this.takenSlugs = new Set([...Object.values(this.permalinks), ...Object.keys(this.renames.meetings), ...Object.values(this.renames.meetings)]);
    this.themeIds = new Set(knowledge.themes.map((theme) => theme.id));
  }

  /** Adds the next source, in id order, with what `extractArticle` gave for it. */
  add(input: SourceInput, outcome: ExtractionOutcome): void {
    if (this.lastId !== null && input.id < this.lastId) throw new Error(`sources must be added in id order: "${input.id}" after "${this.lastId}"`);
    this.lastId = input.id;
    const { resolver, permalinks, renames, takenSlugs, sources, meetings, themeIds } = this;
    const entry: SourceReport = { source: input.id, file: input.file, meetings: 0, warnings: [], errors: [] };
    this.report.push(entry);
    let extracted: ExtractedMeeting[];
    if (!outcome.ok) {
      entry.errors.push(`${outcome.line === undefined ? '' : `line ${outcome.line}: `}${outcome.message}`);
      return;
    }
    try {
      const result = outcome.extraction;
      sources.push(toSourceRecord(result.source, input.textDigest));
      entry.warnings.push(...result.warnings);
      extracted = this.options.applyOverride(input.id, result.meetings);
    } catch (error) {
      entry.errors.push(error instanceof Error ? error.message : String(error));
      return;
    }
    const source = sources.at(-1)!;
    extracted.forEach((meeting, position) => {
      const key = `${input.id}#${position}`;
      const pinned = permalinks[key] ?? uniqueSlug(meetingSlugBase(meeting), takenSlugs);
      permalinks[key] = pinned;
      const id = followRenames(renames.meetings, pinned);
      const titleGenerated = !(source.headlineKind === 'headline' && meeting.title === source.headline);
      meetings.push(toMeeting(resolver, meeting, { id, source: source.id, position, published: source.published }, titleGenerated, themeIds, entry));
    });
    entry.meetings = extracted.length;
  }

  /** The archive of every source added: entities pinned, collections sorted by id. */
  finish(): ArchiveData {
    const { resolver, meetings, knowledge, renames } = this;
    const usedCountries = new Set(meetings.flatMap((m) => m.countries));
    const pinned = pinArchiveIds(meetings, resolver, knowledge, this.options.entityPins ?? { officials: {}, organizations: {} }, renames);
    return {
      sources: this.sources,
      meetings: pinned.meetings.sort(byId),
      officials: pinned.officials.sort(byId),
      organizations: pinned.organizations.sort(byId),
      countries: [...resolver.countries.values()].filter((c) => usedCountries.has(c.id)).sort(byId),
      themes: [...knowledge.themes],
      report: this.report,
      permalinks: this.permalinks,
      entityPins: pinned.entityPins,
    };
  }
}

/** Replaces the resolver's official and organization ids by pinned ones (see pinEntityIds), in entries and meetings. */
function pinArchiveIds(meetings: Meeting[], resolver: EntityResolver, knowledge: Knowledge, pins: EntityPins, renames: Renames) {
  const curatedOfficials = new Set(knowledge.officials.map((o) => o.id));
  const curatedOrganizations = new Set(knowledge.organizations.map((o) => o.id));
  const officials = [...resolver.officials.values()].sort(byId);
  const organizations = [...resolver.organizations.values()].sort(byId);
  const officialIds = pinEntityIds(officials.map((o) => ({ id: o.id, names: [o.name, ...o.aliases], curated: curatedOfficials.has(o.id) })), pins.officials, renames.officials, 'officials');
  const organizationIds = pinEntityIds(organizations.map((o) => ({ id: o.id, names: [o.name, ...o.aliases], curated: curatedOrganizations.has(o.id) })), pins.organizations, renames.organizations, 'organizations');
  const official = (id: string) => officialIds.ids.get(id) ?? id;
  const organization = (id: string) => organizationIds.ids.get(id) ?? id;
  return {
    officials: officials.map((o) => ({ ...o, id: official(o.id) })),
    organizations: organizations.map((o) => ({ ...o, id: organization(o.id) })),
    meetings: meetings.map((m) => ({
      ...m,
      participants: m.participants.map((p) => ({ ...p, official: official(p.official), organization: p.organization === null ? null : organization(p.organization) })),
      organizations: [...new Set(m.organizations.map(organization))],
    })),
    entityPins: { officials: officialIds.pins, organizations: organizationIds.pins },
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

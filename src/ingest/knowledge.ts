import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { CuratedCountrySchema, type CuratedCountry } from '../schemas/country';
import { CuratedOfficialSchema, type CuratedOfficial } from '../schemas/official';
import { CuratedOrganizationSchema, type CuratedOrganization } from '../schemas/organization';
import { CuratedPlaceSchema, type CuratedPlace } from '../schemas/place';
import { ThemeKeywordsSchema, ThemeSchema, type Theme, type ThemeKeywords } from '../schemas/theme';

/** Everything an archivist curates that the extractor reads: countries, places, organizations, people, themes. */
export interface Knowledge {
  countries: CuratedCountry[];
  places: CuratedPlace[];
  organizations: CuratedOrganization[];
  officials: CuratedOfficial[];
  themes: Theme[];
  themeKeywords: ThemeKeywords;
}

/** The raw text of each curated data file under content/data/. */
export interface KnowledgeFiles {
  countries: string;
  places: string;
  organizations: string;
  officials: string;
  /** themes.tsv: slug, label_fr, label_en, scope */
  themes: string;
  themeKeywords: string;
}

/** Parses a TSV with a header row into records keyed by the header's column names. */
function parseTsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((cell, i) => [columns[i] ?? `col${i}`, cell])));
}

/** The YAML files of `KnowledgeFiles`, once parsed: a caller that already parsed them hands them over. */
export type ParsedKnowledgeFiles = Partial<Record<'countries' | 'places' | 'organizations' | 'officials' | 'themeKeywords', unknown>>;

/** The parsed YAML of a file: the value handed over when there is one, else the text parsed now. */
function yamlOf(files: KnowledgeFiles, parsed: ParsedKnowledgeFiles, key: keyof ParsedKnowledgeFiles): unknown {
  return Object.hasOwn(parsed, key) ? parsed[key] : parseYaml(files[key]);
}

function parseList<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T>[] {
  const result = z.array(schema).safeParse(data ?? []);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  - at ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`content/data/${file} is not valid:\n${issues}\nFix the entries above; see README "Correcting data".`);
  }
  return result.data;
}

/**
 * Validates the curated data files and returns the knowledge the extractor uses; errors name the file and entry.
 * @param parsed YAML files already parsed from `files` (e.g. to check their syntax), so they are not parsed again
 */
export function parseKnowledge(files: KnowledgeFiles, parsed: ParsedKnowledgeFiles = {}): Knowledge {
  const themes = parseTsv(files.themes).map((row) =>
    ThemeSchema.parse({ id: row.slug, label: row.label_fr, labelEn: row.label_en, scope: row.scope ?? '' }),
  );
  const themeKeywords = ThemeKeywordsSchema.parse(yamlOf(files, parsed, 'themeKeywords') ?? {});
  const knowledge: Knowledge = {
    countries: parseList(CuratedCountrySchema, yamlOf(files, parsed, 'countries'), 'countries.yaml'),
    places: parseList(CuratedPlaceSchema, yamlOf(files, parsed, 'places'), 'places.yaml'),
    organizations: parseList(CuratedOrganizationSchema, yamlOf(files, parsed, 'organizations'), 'organizations.yaml'),
    officials: parseList(CuratedOfficialSchema, yamlOf(files, parsed, 'officials'), 'officials.yaml'),
    themes,
    themeKeywords,
  };
  checkReferences(knowledge);
  return knowledge;
}

/** Cross-file checks: every country, parent and theme id a curated entry names must exist. */
function checkReferences(knowledge: Knowledge): void {
  const countryIds = new Set(knowledge.countries.map((c) => c.id));
  const orgIds = new Set(knowledge.organizations.map((o) => o.id));
  const themeIds = new Set(knowledge.themes.map((t) => t.id));
  const problems: string[] = [];
  const checkCountry = (file: string, id: string, country: string | null) => {
    if (country !== null && !countryIds.has(country)) problems.push(`${file}: "${id}" names unknown country "${country}" (add it to countries.yaml)`);
  };
  for (const org of knowledge.organizations) {
    checkCountry('organizations.yaml', org.id, org.country);
    if (org.parent !== null && !orgIds.has(org.parent)) problems.push(`organizations.yaml: "${org.id}" names unknown parent "${org.parent}"`);
  }
  for (const person of knowledge.officials) checkCountry('officials.yaml', person.id, person.country);
  for (const place of knowledge.places) checkCountry('places.yaml', place.name, place.country);
  for (const slug of Object.keys(knowledge.themeKeywords)) {
    if (!themeIds.has(slug)) problems.push(`theme-keywords.yaml: unknown theme "${slug}" (themes are listed in themes.tsv)`);
  }
  if (problems.length > 0) throw new Error(`Curated data has broken references:\n- ${problems.join('\n- ')}`);
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseKnowledge, type Knowledge, type KnowledgeFiles, type ParsedKnowledgeFiles } from '../ingest/knowledge';
import { formatIssues } from './format-issues';

/** Where each curated data file lives, relative to the project root. */
export const KNOWLEDGE_FILES: Record<keyof KnowledgeFiles, string> = {
  countries: 'content/data/countries.yaml',
  places: 'content/data/places.yaml',
  organizations: 'content/data/organizations.yaml',
  officials: 'content/data/officials.yaml',
  themes: 'content/data/themes.tsv',
  themeKeywords: 'content/data/theme-keywords.yaml',
};

/** Raised when curated data cannot be read or is invalid; the message names the file. */
export class CuratedDataError extends Error {
  override name = 'CuratedDataError';
}

/** Reads the curated data files under `root` and validates them with `parseKnowledge`; errors name the file. */
export async function loadKnowledge(root: string): Promise<Knowledge> {
  const files = {} as KnowledgeFiles;
  const parsed: ParsedKnowledgeFiles = {};
  for (const [key, file] of Object.entries(KNOWLEDGE_FILES) as [keyof KnowledgeFiles, string][]) {
    try {
      files[key] = await readFile(path.join(root, file), 'utf8');
    } catch (error) {
      throw new CuratedDataError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): restore the file from git.`);
    }
    if (file.endsWith('.yaml')) {
      // Check the syntax here so a YAML error names its file; parseKnowledge takes the parsed value.
      try {
        parsed[key as keyof ParsedKnowledgeFiles] = parseYaml(files[key]);
      } catch (error) {
        throw new CuratedDataError(`${file} is not valid YAML: ${(error as Error).message}`);
      }
    }
  }
  try {
    return parseKnowledge(files, parsed);
  } catch (error) {
    // parseKnowledge names the file for YAML lists and references, but throws bare schema errors for the theme files.
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (issues !== undefined) {
      throw new CuratedDataError(`content/data/themes.tsv or content/data/theme-keywords.yaml is not valid:\n${formatIssues(issues)}`);
    }
    throw new CuratedDataError((error as Error).message);
  }
}

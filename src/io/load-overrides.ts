import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OverrideSchema, type Override } from '../schemas/override';
import { formatIssues } from './format-issues';

/** Raised when an override file is invalid; the message names the file and the entry. */
export class OverrideError extends Error {
  override name = 'OverrideError';
}

/** Validates the text of one override file; `file` is only used in error messages. */
export function parseOverride(text: string, file: string): Override {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new OverrideError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = OverrideSchema.safeParse(data ?? {});
  if (!result.success) {
    throw new OverrideError(`${file} is not a valid override:\n${formatIssues(result.error.issues)}\nSee content/overrides/README.md.`);
  }
  return result.data;
}

/** Throws when an override names a theme slug that content/data/themes.tsv does not list, naming the file and entry. */
export function checkOverrideThemes(overrides: ReadonlyMap<string, Override>, themeIds: ReadonlySet<string>): void {
  const problems: string[] = [];
  for (const [id, override] of overrides) {
    const entries = [
      ...override.meetings.map((m, i) => [`meetings[${i}]`, m.themes ?? []] as const),
      ...override.add.map((m, i) => [`add[${i}]`, m.themes] as const),
    ];
    for (const [where, themes] of entries) {
      for (const theme of themes) {
        if (!themeIds.has(theme)) problems.push(`content/overrides/${id}.yaml: ${where}.themes: unknown theme "${theme}"`);
      }
    }
  }
  if (problems.length > 0) {
    throw new OverrideError(`${problems.join('\n')}\nUse the slugs of content/data/themes.tsv (first column).`);
  }
}

/** Reads every `<source-id>.yaml` in the overrides folder (missing folder = no overrides), keyed by source id. */
export async function loadOverrides(dir: string, root: string): Promise<Map<string, Override>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const overrides = new Map<string, Override>();
  for (const name of names) {
    const file = path.join(dir, name);
    const id = name.replace(/\.ya?ml$/, '');
    overrides.set(id, parseOverride(await readFile(file, 'utf8'), path.relative(root, file).split(path.sep).join('/')));
  }
  return overrides;
}

import { Document, stringify } from 'yaml';

/**
 * Fast paths for the pin files (content/data/permalinks.yaml, entity-pins.yaml): maps of names to ids, one per line,
 * tens of thousands of them in a large archive, where the `yaml` library takes seconds. They read and write only
 * what is plainly a string and give up (null) on anything else, so the caller falls back on `yaml` and its messages.
 */

/** The implicit types (null, bool, int, float) of the YAML 1.2 core schema, as `yaml` tests plain scalars for them. */
const IMPLICIT_TYPES = new Document().schema.tags.flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test ? [tag.test] : []));

/**
 * Letters, marks, digits and `_ . ' # - ( ) , / ° « » ’ – ; + = &`, starting with a letter, digit, `_`, `(` or `«`,
 * single spaces between words, no space before `#`, no colon: no YAML indicator, comment, quote or line break can
 * hide in it (in block context, where the pin files write their maps).
 */
const PLAIN = /^[\p{L}\p{N}_(«](?:[\p{L}\p{M}\p{N}_.'#()\-,/°«»’–;+=&]| (?=[\p{L}\p{M}\p{N}_.'()\-,/°«»’–;+=&]))*$/u;

/** Past 1,024 characters `yaml` writes a key in the explicit form (`? key`). */
const LONGEST_PLAIN = 1000;

/**
 * Tells whether `yaml` writes a string as a plain scalar, and reads that scalar back as the same string.
 * @example isPlainString('2024-03-01-to-lam') // true; isPlainString('123') // false (it reads as a number)
 */
export function isPlainString(text: string): boolean {
  return text.length <= LONGEST_PLAIN && PLAIN.test(text) && !IMPLICIT_TYPES.some((test) => test.test(text));
}

/**
 * The `key: value` lines of a non-empty map of strings (or of its pairs, in order), as `yaml`'s
 * `stringify(map, { lineWidth: 0 })` writes them, or, with `section`, as it writes them in `{ [section]: map }`
 * (indented, without the `section:` line). A pair that is not plain is written by `yaml` on its own; null when the map
 * is empty or such a pair takes more than one line.
 */
export function stringifyPlainMap(map: Readonly<Record<string, string>> | readonly (readonly [string, string])[], section?: string): string | null {
  const indent = section === undefined ? '' : '  ';
  const lines: string[] = [];
  // A list of pairs is taken as it is: a map of 100,000 keys is slow to make and to walk.
  for (const [key, value] of Array.isArray(map) ? map : Object.entries(map)) {
    if (isPlainString(key) && isPlainString(value)) {
      lines.push(`${indent}${key}: ${value}\n`);
      continue;
    }
    // In its own map, in the same place: `yaml` quotes it as it would among the others.
    const alone = section === undefined ? stringify({ [key]: value }, { lineWidth: 0 }) : stringify({ [section]: { [key]: value } }, { lineWidth: 0 }).replace(/^.*\n/, '');
    if (alone.indexOf('\n') !== alone.length - 1) return null;
    lines.push(alone);
  }
  return lines.length === 0 ? null : lines.join('');
}

const QUOTED_KEY = /^"([^"\\\p{Cc}\u2028\u2029\ufeff]*)":/u;

/**
 * Reads a YAML text made only of comment lines, blank lines and `key: value` lines of plain strings (a key may also be
 * double-quoted, without escapes), at the top level
 * or in maps one level down (`key:` then lines indented by two spaces, or `key: {}`), as `yaml`'s `parse` does;
 * null for any other text, a repeated key, or a text with no entry.
 */
export function parsePlainYaml(text: string): Record<string, string | Record<string, string>> | null {
  const result: Record<string, string | Record<string, string>> = {};
  let section: Record<string, string> | null = null;
  let sectionSize = 0;
  let entries = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const nested = line.startsWith('  ');
    const pair = nested ? line.slice(2) : line;
    // A key is plain, or double-quoted without escapes (such a quoted key is its text as written).
    const quoted = QUOTED_KEY.exec(pair);
    const colon = quoted ? quoted[0].length - 1 : pair.indexOf(':');
    if (colon <= 0) return null;
    const key = quoted ? quoted[1]! : pair.slice(0, colon);
    const rest = pair.slice(colon + 1);
    if ((!quoted && !isPlainString(key)) || key === '__proto__') return null;
    if (nested) {
      if (section === null || !rest.startsWith(' ') || !isPlainString(rest.slice(1)) || Object.hasOwn(section, key)) return null;
      section[key] = rest.slice(1);
      sectionSize += 1;
      continue;
    }
    // A section opened by `key:` must hold an entry: otherwise its value is null, not a map.
    if (section !== null && sectionSize === 0) return null;
    section = null;
    if (Object.hasOwn(result, key)) return null;
    entries += 1;
    if (rest === '') {
      section = {};
      sectionSize = 0;
      result[key] = section;
    } else if (rest === ' {}') result[key] = {};
    else if (rest.startsWith(' ') && isPlainString(rest.slice(1))) result[key] = rest.slice(1);
    else return null;
  }
  if (section !== null && sectionSize === 0) return null;
  return entries === 0 ? null : result;
}

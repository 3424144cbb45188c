import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** Absolute path of the project root (the folder holding package.json). */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * A maker of empty folders in the system's temporary folder, all removed once the test file's tests are done. Call it
 * at the top level of a test file: `const tempDir = tempDirs(); … tempDir('prefix-')`.
 */
export function tempDirs(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Folder of the hand-made gold annotations of the seed articles. */
export const seedFixturesDir = join(projectRoot, 'tests/fixtures/seeds');

/** One participant as the gold annotation writes it. */
export interface GoldParticipant {
  name: string;
  role: string | null;
  organization?: string | null;
  country?: string | null;
}

/** One meeting of a gold annotation (format: /work/shared/corpus/README.md, "Gold format"). */
export interface GoldMeeting {
  optional?: boolean;
  date: string;
  place: string | null;
  vietnamese_side: GoldParticipant[];
  foreign_side: GoldParticipant[];
  organizations: string[];
  countries: string[];
  themes: string[];
}

/** A gold annotation file, with the id of the source it annotates (its file stem). */
export interface SeedGold {
  source: string;
  published: string;
  meetings: GoldMeeting[];
}

/** Reads every `*.gold.json` of a fixture folder, sorted by source id. */
export function readGolds(dir: string = seedFixturesDir): SeedGold[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<SeedGold, 'source'>;
      return { source: basename(file, '.gold.json'), published: gold.published, meetings: gold.meetings };
    });
}

/**
 * Lowercases and removes diacritics, the way readers type names (Vietnamese đ included).
 * @example foldText('Lương Tam Quang') // 'luong tam quang'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase();
}

/** Splits text into folded words (letters and digits); apostrophes and hyphens separate words. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * True when two person names are the same under the corpus matching conventions: case and
 * diacritics ignored, and a shorter form of two or more words matches a fuller one (its words in order).
 * @example namesMatch('Sergei Kudryashov', 'Sergei Ivanovich Kudryashov') // true
 */
export function namesMatch(a: string, b: string): boolean {
  const [short, long] = [foldedWords(a), foldedWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.join(' ') === long.join(' ')) return true;
  if (short.length < 2) return false;
  let next = 0;
  for (const word of long) if (word === short[next]) next += 1;
  return next === short.length;
}

/** All participants of a gold meeting, both sides. */
export function goldParticipants(meeting: GoldMeeting): GoldParticipant[] {
  return [...meeting.vietnamese_side, ...meeting.foreign_side];
}

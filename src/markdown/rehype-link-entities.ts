import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { foldText, foldWithOrigin } from './fold-text';

/** Something the article text can mention and that has a page: an official or an organization. */
export interface LinkEntity {
  /** Link target. */
  href: string;
  /** Kind, added as a class (`entity-official`). */
  kind: 'official' | 'organization';
  /** Full forms (names, aliases), matched regardless of case and diacritics. */
  names: string[];
  /**
   * One-word later mentions (a surname, a Vietnamese given name), matched only after a full form has
   * appeared, only when capitalized, and never when another entity's name has the same word.
   */
  shortNames?: string[];
  /** Abbreviations, matched with their exact case. @example ["AWS"] */
  abbreviations?: string[];
}

interface Candidate {
  entity: number;
  /** Folded text to find, or the exact text for abbreviations. */
  pattern: string;
  type: 'name' | 'short' | 'abbreviation';
  /** Rank in the order candidates are tried (longest pattern first). */
  rank: number;
}

/**
 * Candidates filed by the first word of their pattern: at a word of the text only those starting with that word can
 * match, so an official known under thousands of spellings does not make every word try them all.
 */
interface CandidateIndex {
  /** Names and short names, by folded first word. */
  folded: Map<string, Candidate[]>;
  /** Abbreviations, by their exact first word. */
  exact: Map<string, Candidate[]>;
  size: number;
}

/** The word starting at `start` (letters and digits). */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && isWordChar(text[end])) end += 1;
  return text.slice(start, end);
}

function indexCandidates(candidates: Candidate[]): CandidateIndex {
  const folded = new Map<string, Candidate[]>();
  const exact = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const byWord = candidate.type === 'abbreviation' ? exact : folded;
    const word = wordAt(candidate.pattern, 0);
    const list = byWord.get(word);
    if (list) list.push(candidate);
    else byWord.set(word, [candidate]);
  }
  return { folded, exact, size: candidates.length };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SKIPPED_TAGS = new Set(['a', 'script', 'style', 'code', 'pre']);

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Short names that only one entity can be: a word shared by two entities' names is ambiguous. */
function getCandidates(entities: LinkEntity[]): Candidate[] {
  const wordOwners = new Map<string, Set<number>>();
  entities.forEach((entity, index) => {
    for (const name of [...entity.names, ...(entity.shortNames ?? [])]) {
      for (const word of foldText(name).split(/[^\p{L}\p{N}]+/u)) {
        if (word) wordOwners.set(word, (wordOwners.get(word) ?? new Set()).add(index));
      }
    }
  });
  const candidates: Candidate[] = [];
  entities.forEach((entity, index) => {
    for (const name of entity.names) {
      const pattern = foldText(normalizeSpaces(name));
      if (pattern.length >= 2) candidates.push({ entity: index, pattern, type: 'name', rank: 0 });
    }
    for (const short of entity.shortNames ?? []) {
      const pattern = foldText(normalizeSpaces(short));
      if (pattern.length >= 3 && !pattern.includes(' ') && wordOwners.get(pattern)?.size === 1) {
        candidates.push({ entity: index, pattern, type: 'short', rank: 0 });
      }
    }
    for (const abbreviation of entity.abbreviations ?? []) {
      if (abbreviation.length >= 2) candidates.push({ entity: index, pattern: abbreviation, type: 'abbreviation', rank: 0 });
    }
  });
  // Longest first, so "Amazon Web Services" wins over "Amazon" at the same position.
  return candidates.sort((a, b) => b.pattern.length - a.pattern.length).map((candidate, rank) => ({ ...candidate, rank }));
}

interface Match {
  start: number;
  end: number;
  entity: number;
}

/** Runs of letters and digits: the words of a text, where a mention can start. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Whitespace other than a plain space (line breaks, no-break spaces), which names are matched across as a space. */
const OTHER_WHITESPACE = /[^\S ]/u;

/** Candidates that can start at a word, in the order they are tried: names by folded word, abbreviations by exact word. */
function candidatesAt(index: CandidateIndex, foldedWord: string, text: string, start: number): Candidate[] | undefined {
  const byName = index.folded.get(foldedWord);
  if (index.exact.size === 0) return byName;
  const byAbbreviation = index.exact.get(wordAt(text, start));
  if (!byName || !byAbbreviation) return byName ?? byAbbreviation;
  return [...byName, ...byAbbreviation].sort((a, b) => a.rank - b.rank);
}

function findMatches(text: string, index: CandidateIndex, seen: Set<number>): Match[] {
  const { folded, origin } = foldWithOrigin(OTHER_WHITESPACE.test(text) ? text.replace(/\s/gu, ' ') : text);
  const originOf = (i: number) => (origin === null ? i : origin[i]);
  const matches: Match[] = [];
  // Only word starts are tried (each list of candidates is already in rank order), so most words cost one lookup.
  const words = new RegExp(WORD_RUN);
  for (let run = words.exec(folded); run !== null; run = words.exec(folded)) {
    const i = run.index;
    // After a match that ended inside a word, the rest of that word is not a word start.
    if (isWordChar(folded[i - 1])) continue;
    const start = originOf(i) ?? 0;
    const match = candidatesAt(index, run[0], text, start)?.find((candidate) => {
      if (candidate.type === 'abbreviation') {
        return text.startsWith(candidate.pattern, start) && !isWordChar(text[start + candidate.pattern.length]);
      }
      if (!folded.startsWith(candidate.pattern, i) || isWordChar(folded[i + candidate.pattern.length])) return false;
      if (candidate.type === 'short') {
        const first = text[start] ?? '';
        return seen.has(candidate.entity) && first !== first.toLowerCase();
      }
      return true;
    });
    if (!match) continue;
    const abbreviationEnd = start + match.pattern.length;
    const foldedEnd = match.type !== 'abbreviation' ? i + match.pattern.length : origin === null ? abbreviationEnd : origin.findIndex((o) => o >= abbreviationEnd);
    const end = originOf(foldedEnd) ?? text.length;
    matches.push({ start, end, entity: match.entity });
    if (match.type !== 'short') seen.add(match.entity);
    words.lastIndex = foldedEnd;
  }
  return matches;
}

function splitText(node: Text, matches: Match[], entities: LinkEntity[]): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const { start, end, entity } of matches) {
    const target = entities[entity];
    if (!target) continue;
    if (start > last) out.push({ type: 'text', value: node.value.slice(last, start) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: target.href, className: ['entity-link', `entity-${target.kind}`] },
      children: [{ type: 'text', value: node.value.slice(start, end) }],
    });
    last = end;
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

/**
 * Links mentions of a meeting's officials and organizations in a hast tree, in document order.
 * Matching ignores case and diacritics ("Luong" = "Lương"); existing links are left alone.
 */
export function linkEntities<T extends Root | Element>(tree: T, entities: LinkEntity[]): T {
  const candidates = indexCandidates(getCandidates(entities));
  const seen = new Set<number>();
  const visit = (parent: Root | Element) => {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const matches = findMatches(child.value, candidates, seen);
        children.push(...(matches.length > 0 ? splitText(child, matches, entities) : [child]));
      } else {
        if (child.type === 'element' && !SKIPPED_TAGS.has(child.tagName)) visit(child);
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  };
  if (candidates.size > 0) visit(tree);
  return tree;
}

/** Rehype plugin form of {@link linkEntities}. */
export function rehypeLinkEntities(options: { entities: LinkEntity[] }) {
  return (tree: Root) => {
    linkEntities(tree, options.entities);
  };
}

import type { ThemeKeywords } from '../schemas/theme';
import { foldText } from './text';

/** A compiled theme rule: keywords that signal it and phrases that must not count. */
interface ThemeRule {
  theme: string;
  /** Folded keywords; one occurring at a word start (not right after a-z or 0-9) signals the theme. */
  keywords: string[];
  /** Phrases to blank out before looking for keywords, or null. */
  exclusions: RegExp | null;
  /** The same phrases, to tell whether a text holds any (a global pattern keeps state between tests). */
  excluded: RegExp | null;
}

/** Keywords by their first two characters, so a text is read once whatever the number of keywords. */
interface KeywordIndex {
  /** Keywords of two or more characters, by `pairKey` of their first two. */
  byPair: Map<number, { keyword: string; rule: number }[]>;
  /** Rules with a one-character keyword, by that character. */
  byChar: Map<number, number[]>;
  /** Rules with an empty keyword: they match any text. */
  always: number[];
}

/** The compiled rules, and an index of every rule's keywords, read over the text as it is. */
export interface ThemeRules {
  rules: ThemeRule[];
  shared: KeywordIndex;
  /** An index for each rule with exclusions, read over the text with its exclusions blanked out when it holds any. */
  own: Map<number, KeywordIndex>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pairKey = (first: number, second: number) => first * 0x10000 + second;

function indexKeywords(rules: ThemeRule[], which: number[]): KeywordIndex {
  const index: KeywordIndex = { byPair: new Map(), byChar: new Map(), always: [] };
  for (const rule of which) {
    for (const keyword of rules[rule]!.keywords) {
      if (keyword.length === 0) index.always.push(rule);
      else if (keyword.length === 1) index.byChar.set(keyword.charCodeAt(0), [...(index.byChar.get(keyword.charCodeAt(0)) ?? []), rule]);
      else {
        const key = pairKey(keyword.charCodeAt(0), keyword.charCodeAt(1));
        index.byPair.set(key, [...(index.byPair.get(key) ?? []), { keyword, rule }]);
      }
    }
  }
  return index;
}

/** Whether a UTF-16 code unit is a-z or 0-9: a keyword right after one is inside a word. */
function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Adds to `found` the rules of `index` with a keyword at a word start of `text`. */
function findKeywords(index: KeywordIndex, text: string, found: Set<number>): void {
  for (const rule of index.always) found.add(rule);
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && isWordCharacter(text.charCodeAt(at - 1))) continue;
    const first = text.charCodeAt(at);
    for (const rule of index.byChar.get(first) ?? []) found.add(rule);
    if (at + 1 >= text.length) continue;
    for (const { keyword, rule } of index.byPair.get(pairKey(first, text.charCodeAt(at + 1))) ?? []) {
      if (!found.has(rule) && text.startsWith(keyword, at)) found.add(rule);
    }
  }
}

/**
 * Compiles the curated keyword lists (content/data/theme-keywords.yaml). A keyword matches at the start of a word
 * and may be a stem ("cybercriminal" matches "cybercriminalité"); an entry starting with "!" is an exclusion:
 * text matching it is ignored for that theme ("!ministère de la justice" for justice).
 */
export function compileThemeRules(keywords: ThemeKeywords): ThemeRules {
  const rules = Object.entries(keywords)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([theme, entries]) => {
      const exclusions = entries.filter((e) => e.startsWith('!')).map((e) => escape(foldText(e.slice(1).trim())));
      const words = entries.filter((e) => !e.startsWith('!')).map((e) => foldText(e));
      return {
        theme,
        // A list that joins to nothing (one keyword folded to nothing) signals nothing, as an empty pattern would.
        keywords: words.join('|') === '' ? [] : words,
        exclusions: exclusions.length > 0 ? new RegExp(exclusions.join('|'), 'g') : null,
        excluded: exclusions.length > 0 ? new RegExp(exclusions.join('|')) : null,
      };
    });
  const own = new Map(rules.flatMap((rule, i) => (rule.exclusions === null ? [] : [[i, indexKeywords(rules, [i])] as const])));
  return { rules, shared: indexKeywords(rules, rules.map((_, i) => i)), own };
}

/** Themes whose keywords occur in a text, in taxonomy order. */
export function detectThemes(compiled: ThemeRules, text: string, order: string[]): string[] {
  const folded = foldText(text);
  const matched = new Set<number>();
  findKeywords(compiled.shared, folded, matched);
  // A rule whose exclusions occur reads the text again without them; its match on the whole text does not count.
  for (const [rule, index] of compiled.own) {
    const { exclusions, excluded } = compiled.rules[rule]!;
    if (!excluded!.test(folded)) continue;
    matched.delete(rule);
    findKeywords(index, folded.replace(exclusions!, ' '), matched);
  }
  const found = compiled.rules.filter((_, i) => matched.has(i)).map((rule) => rule.theme);
  return found.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

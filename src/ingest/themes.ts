import type { ThemeKeywords } from '../schemas/theme';
import { foldText } from './text';

/** A compiled theme rule: keywords that signal it and phrases that must not count. */
interface ThemeRule {
  theme: string;
  /** Any keyword at a word start. */
  keywords: RegExp;
  /** Phrases to blank out before looking for keywords, or null. */
  exclusions: RegExp | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles the curated keyword lists (content/data/theme-keywords.yaml). A keyword matches at the start of a word
 * and may be a stem ("cybercriminal" matches "cybercriminalité"); an entry starting with "!" is an exclusion:
 * text matching it is ignored for that theme ("!ministère de la justice" for justice).
 */
export function compileThemeRules(keywords: ThemeKeywords): ThemeRule[] {
  return Object.entries(keywords)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([theme, entries]) => {
      const keywords = entries.filter((e) => !e.startsWith('!')).map((e) => escape(foldText(e)));
      const exclusions = entries.filter((e) => e.startsWith('!')).map((e) => escape(foldText(e.slice(1).trim())));
      return {
        theme,
        keywords: new RegExp(`(?<![a-z0-9])(?:${keywords.join('|') || '(?!)'})`),
        exclusions: exclusions.length > 0 ? new RegExp(exclusions.join('|'), 'g') : null,
      };
    });
}

/** Themes whose keywords occur in a text, in taxonomy order. */
export function detectThemes(rules: ThemeRule[], text: string, order: string[]): string[] {
  const folded = foldText(text);
  const found = rules
    .filter((rule) => rule.keywords.test(rule.exclusions ? folded.replace(rule.exclusions, ' ') : folded))
    .map((rule) => rule.theme);
  return found.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

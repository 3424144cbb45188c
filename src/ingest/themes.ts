import type { ThemeKeywords } from '../schemas/theme';
import { foldText } from './text';

/** A compiled theme rule: keywords that signal it and phrases that must not count. */
interface ThemeRule {
  theme: string;
  keywords: string[];
  exclusions: string[];
}

/**
 * Compiles the curated keyword lists (content/data/theme-keywords.yaml). A keyword matches at the start of a word
 * and may be a stem ("cybercriminal" matches "cybercriminalité"); an entry starting with "!" is an exclusion:
 * text matching it is ignored for that theme ("!ministère de la justice" for justice).
 */
export function compileThemeRules(keywords: ThemeKeywords): ThemeRule[] {
  return Object.entries(keywords)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([theme, entries]) => ({
      theme,
      keywords: entries.filter((e) => !e.startsWith('!')).map((e) => foldText(e)),
      exclusions: entries.filter((e) => e.startsWith('!')).map((e) => foldText(e.slice(1).trim())),
    }));
}

function containsWordStart(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const index = text.indexOf(phrase, from);
    if (index === -1) return false;
    if (index === 0 || !/[a-z0-9]/.test(text[index - 1]!)) return true;
    from = index + 1;
  }
}

/** Themes whose keywords occur in a text, in taxonomy order. */
export function detectThemes(rules: ThemeRule[], text: string, order: string[]): string[] {
  const folded = foldText(text);
  const found = rules
    .filter((rule) => {
      let scoped = folded;
      for (const exclusion of rule.exclusions) scoped = scoped.split(exclusion).join(' ');
      return rule.keywords.some((keyword) => containsWordStart(scoped, keyword));
    })
    .map((rule) => rule.theme);
  return found.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

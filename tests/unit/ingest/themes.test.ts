import { describe, expect, test } from 'vitest';
import { generateArticle } from '../../../src/bench/synthetic-corpus';
import { projectKnowledge } from './helpers';
import { compileThemeRules, detectThemes } from '../../../src/ingest/themes';
import { foldText } from '../../../src/ingest/text';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rule as one regular expression per theme: what the keyword index must agree with. */
function detectWithPatterns(keywords: Record<string, string[]>, text: string, order: string[]): string[] {
  const folded = foldText(text);
  return Object.entries(keywords)
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([, entries]) => {
      const words = entries.filter((e) => !e.startsWith('!')).map((e) => escape(foldText(e)));
      const exclusions = entries.filter((e) => e.startsWith('!')).map((e) => escape(foldText(e.slice(1).trim())));
      const read = exclusions.length > 0 ? folded.replace(new RegExp(exclusions.join('|'), 'g'), ' ') : folded;
      return new RegExp(`(?<![a-z0-9])(?:${words.join('|') || '(?!)'})`).test(read);
    })
    .map(([theme]) => theme)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

describe('detectThemes', () => {
  const small = { justice: ['extradition', 'entraide judiciaire', '!ministère de la justice', 'justice'], cybersecurite: ['cyber', 'fraude en ligne'], x: ['a'] };
  const order = ['cybersecurite', 'justice'];

  test.each([
    ['Ils ont discuté d’extradition.', ['justice']],
    ['La cybercriminalité et la fraude en ligne.', ['cybersecurite']],
    ['Le ministère de la Justice était présent.', []],
    ['Le ministère de la Justice et la justice pénale.', ['justice']],
    ['hypercyber', []],
    ['a', ['x']],
    ['', []],
  ])('finds the themes of %j', (text, expected) => {
    expect(detectThemes(compileThemeRules(small), text, order)).toEqual(expected);
  });

  test('agrees with one pattern per theme on the curated keywords and many synthetic meetings', async () => {
    const { themeKeywords, themes } = await projectKnowledge();
    const rules = compileThemeRules(themeKeywords);
    const order = themes.map((theme) => theme.id);
    let withThemes = 0;
    for (let i = 0; i < 300; i++) {
      const text = generateArticle(3, i).text;
      const expected = detectWithPatterns(themeKeywords, text, order);
      expect(detectThemes(rules, text, order), text).toEqual(expected);
      if (expected.length > 0) withThemes += 1;
    }
    expect(withThemes).toBeGreaterThan(100);
  });
});

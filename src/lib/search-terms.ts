/** Apostrophes used for French elision (l’, d’, qu’…), typographic and typewriter. */
const ELISION = /[’ʼ'‘]/u;

/** Letters that Unicode does not decompose, so that stripping accents leaves them unchanged. */
const UNDECOMPOSABLE: Record<string, string> = { đ: 'd', Đ: 'D', ð: 'd', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/** What a token is made of: letters, digits, apostrophes and hyphens (the hyphen last, as a character class wants). */
const TOKEN_CHARS = "\\p{L}\\p{N}’ʼ'‘-";
const UNDECOMPOSABLE_CHARS = Object.keys(UNDECOMPOSABLE).join('');
const UNDECOMPOSABLE_CHAR = new RegExp(`[${UNDECOMPOSABLE_CHARS}]`, 'u');
/** A whole token holding an apostrophe or an undecomposable letter: the only tokens that add terms. */
const TOKEN_WITH_EXTRA_TERMS = new RegExp(`(?<![${TOKEN_CHARS}])[${TOKEN_CHARS}]*[’ʼ'‘${UNDECOMPOSABLE_CHARS}][${TOKEN_CHARS}]*`, 'gu');

/**
 * Words a search index would miss in French text, to index invisibly beside it: the word after an
 * elision apostrophe (Pagefind keeps `l’ambassadeur` as one word, so "ambassadeur" would not find it)
 * and words with letters that accent folding leaves alone (`Đà` → `Dà`; Pagefind folds the accent). Sorted, without duplicates.
 * @example getExtraSearchTerms(['l’ambassadeur d’Amazon à Đà Nẵng']) // ["Amazon", "ambassadeur", "Dà"]
 */
export function getExtraSearchTerms(texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [token] of text.matchAll(TOKEN_WITH_EXTRA_TERMS)) {
      if (ELISION.test(token)) {
        for (const part of token.split(ELISION).slice(1)) if (/\p{L}{2,}/u.test(part)) terms.add(part);
      }
      if (UNDECOMPOSABLE_CHAR.test(token)) {
        const folded = [...token].map((char) => UNDECOMPOSABLE[char] ?? char).join('');
        for (const part of folded.split(ELISION)) if (part) terms.add(part);
      }
    }
  }
  return [...terms].sort();
}

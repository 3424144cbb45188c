/** Text helpers shared by the extraction steps: folding, apostrophes, sentences. */

/**
 * Folds case and diacritics so spellings compare equal.
 * @example foldText("Lương Tâm Quang") === "luong tam quang"; foldText("Đà Nẵng") === "da nang"
 */
export function foldText(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    // Steps fold the same sentences and names again and again; bounded so a huge archive cannot grow it without end.
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

function foldUncached(text: string): string {
  return normalizeApostrophes(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** Replaces typographic apostrophes and quotes with ASCII ones (French texts mix ’ and '). */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘ʼ`´]/g, "'").replace(/[«»“”„]/g, '"');
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Words of a text after folding, without punctuation. @example foldedWords("Vice-ministre d'État") → ["vice", "ministre", "d", "etat"] */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const ABBREVIATIONS = /\b(?:M|Mme|Mmes|MM|Dr|Pr|St|Ste|av|J\.-C|etc|No|n°|D\.C|A)\.$/;

/**
 * Splits a paragraph into sentences, also where a stored copy glued two sentences
 * together without a space ("au Vietnam.Lors de la réception").
 */
export function splitSentences(paragraph: string): string[] {
  // Unglue "mot.Mot" (a lowercase letter or closing mark, a period, then an uppercase letter).
  const unglued = paragraph.replace(/([a-zà-ÿ0-9)»"…])\.(?=[A-ZÀ-Ý])/g, '$1. ');
  const sentences: string[] = [];
  let current = '';
  const parts = unglued.split(/(?<=[.!?…])\s+(?=[A-ZÀ-Ý«"(0-9])/);
  for (const part of parts) {
    current = current === '' ? part : `${current} ${part}`;
    // Keep "M. Zolotov", "Washington D.C. Il" style abbreviations attached to what follows.
    // An initial ("Mariam J. Sherman") does not end a sentence either.
    if ((ABBREVIATIONS.test(current) || /(?:^|\s)\p{Lu}\.$/u.test(current)) && !/D\.C\.$/.test(current)) continue;
    sentences.push(current.trim());
    current = '';
  }
  if (current.trim() !== '') sentences.push(current.trim());
  return sentences;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

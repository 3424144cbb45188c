import { lookupKey, type Gazetteer } from './gazetteer';
import { HONORIFICS, NOT_NAME_WORDS, ORGANIZATION_NOUNS } from './lexicon';
import type { Sentence } from './sentences';
import { escapeRegExp } from './text';

/** What a run of capitalized words turned out to name. */
export type MentionKind = 'person' | 'surname' | 'organization' | 'place' | 'country';

/** A run of capitalized words in a sentence, classified. */
export interface Mention {
  sentence: number;
  /** Character offsets of the name in the sentence text. */
  start: number;
  end: number;
  /** The name as written, without ranks or courtesy titles. */
  name: string;
  kind: MentionKind;
}

const TOKEN = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*\.?/gu;
const PORTFOLIO_BEFORE = /\bminist(?:re|ère)(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s+(?:de la|de l'|du|des|de|d')\s*$/u;
/** Lowercase particles that may sit inside a name ("Fernando Apparicio da Silva", "Ursula von der Leyen"). */
const PARTICLES = new Set(['da', 'de', 'di', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'binti', 'ibn', 'al', 'el', 'ben', 'ter', 'zu']);
const HONORIFIC_WORDS = new Set(HONORIFICS.flatMap((h) => h.split(/\s+/)).map((w) => w.toLowerCase()));
const ORG_NOUN_BEFORE = new RegExp(
  `(?:${ORGANIZATION_NOUNS.map(escapeRegExp).join('|')})(?:\\s+[a-zà-ÿ'-]+)*\\s*$`,
  // Case-sensitive: the words between the noun and the name are lowercase ("la ville de Da Nang Nguyen Van Quang"
  // must not make the person an organization).
  'u',
);

interface Token {
  text: string;
  start: number;
  end: number;
}

function isNotNameWord(token: string): boolean {
  let result = notNameWordCache.get(token);
  if (result === undefined) {
    result = checkNotNameWord(token);
    // Capitalized words repeat across sentences and articles; bounded so a huge archive cannot grow it without end.
    if (notNameWordCache.size > 100_000) notNameWordCache.clear();
    notNameWordCache.set(token, result);
  }
  return result;
}

const notNameWordCache = new Map<string, boolean>();

function checkNotNameWord(token: string): boolean {
  if (/^\p{Lu}\.$/u.test(token)) return false; // an initial, as in "Mohammed Ismaeil A. Dahlwy"
  // An elided word before a lowercase one ("L'ambassadeur", "D'après", "Qu'il") is no name; "D'Arcy", "O'Brien" are.
  if (/^(?:[LDJNSTCM]|Qu)'\p{Ll}/u.test(token)) return true;
  return NOT_NAME_WORDS.has(token.toLowerCase().replace(/\.$/, ''));
}

/** A short Vietnamese-looking syllable: lets "Le Quoc Hung" keep its "Le" while "Le Vietnam" does not. */
function isSyllable(token: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]{1,5}$/u.test(token) && !isNotNameWord(token);
}

/** Groups adjacent capitalized tokens (single spaces or name particles between them) into runs. */
function capitalizedRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const token = { text: match[0], start: match.index, end: match.index + match[0].length };
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, token.start);
    const glued = gap === '' && run.length > 0 && run.at(-1)!.text.endsWith('.'); // "D.C."
    const joined = run.length > 0 && (gap === ' ' || glued || (/^ [a-z]+ $/.test(gap) && PARTICLES.has(gap.trim())));
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(token);
    previousEnd = token.end;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Classifies a span of tokens as a known country, place or organization, if the whole span is one. */
function lookupSpan(gazetteer: Gazetteer, phrase: string): MentionKind | null {
  const key = lookupKey(phrase);
  if (gazetteer.officials.has(key)) return null;
  if (gazetteer.countries.has(key) || gazetteer.demonyms.has(key)) return 'country';
  if (gazetteer.places.has(key)) return 'place';
  if (gazetteer.organizations.has(key)) return 'organization';
  return null;
}

/** Drops leading words that belong to a preceding country, place or organization name ("Da Nang Nguyen Van Quang"). */
function stripKnownPrefix(gazetteer: Gazetteer, text: string, tokens: Token[], prefixes: Mention[], sentence: number): Token[] {
  let rest = tokens;
  if (lookupSpan(gazetteer, text.slice(tokens[0]!.start, tokens.at(-1)!.end)) !== null) return rest;
  for (let changed = true; changed && rest.length > 1; ) {
    changed = false;
    for (let k = Math.min(gazetteer.maxWords, rest.length - 1); k >= 1; k--) {
      const phrase = text.slice(rest[0]!.start, rest[k - 1]!.end);
      const kind = lookupSpan(gazetteer, phrase);
      if (kind !== null) {
        prefixes.push({ sentence, start: rest[0]!.start, end: rest[k - 1]!.end, name: phrase, kind });
        rest = rest.slice(k);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** Trims a run to the name it holds: function words, honorifics and known place/org prefixes removed. */
function trimRun(gazetteer: Gazetteer, text: string, run: Token[], prefixes: Mention[], sentence: number): Token[] {
  let tokens = run;
  // "Le" is also the Vietnamese family name Lê, written without its accent: keep it before two syllables.
  const keepLe = (t: Token[]) => t[0]!.text === 'Le' && t.length >= 3 && t.slice(1).every((x) => isSyllable(x.text));
  while (tokens.length > 0 && (isNotNameWord(tokens[0]!.text) || HONORIFIC_WORDS.has(tokens[0]!.text.toLowerCase())) && !keepLe(tokens)) tokens = tokens.slice(1);
  while (tokens.length > 0 && (isNotNameWord(tokens.at(-1)!.text) || HONORIFIC_WORDS.has(tokens.at(-1)!.text.toLowerCase()))) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return tokens;
  tokens = stripKnownPrefix(gazetteer, text, tokens, prefixes, sentence);
  // A run that still holds an institution word ("Bureau pour le Trafic") is not a person.
  return tokens;
}

/** Finds and classifies the names in one sentence. */
export function findMentions(gazetteer: Gazetteer, sentence: Sentence): Mention[] {
  const text = sentence.text;
  const mentions: Mention[] = [];
  for (const run of capitalizedRuns(text)) {
    const prefixes: Mention[] = [];
    // A known name may end with a word that never ends a person's name ("Ho Chi Minh Ville"): look it up whole first.
    const whole = run.findIndex((token) => !isNotNameWord(token.text));
    const wholeSpan = whole === -1 ? null : text.slice(run[whole]!.start, run.at(-1)!.end);
    const wholeKind = wholeSpan === null ? null : lookupSpan(gazetteer, wholeSpan);
    if (wholeSpan !== null && wholeKind !== null) {
      mentions.push({ sentence: sentence.index, start: run[whole]!.start, end: run.at(-1)!.end, name: wholeSpan, kind: wholeKind });
      continue;
    }
    let tokens = trimRun(gazetteer, text, run, prefixes, sentence.index);
    mentions.push(...prefixes);
    if (tokens.length === 0) continue;
    // "la ministre de la Santé Dao Hong Lan": the first capitalized word after "ministre de la" is the portfolio.
    const portfolio = PORTFOLIO_BEFORE.test(text.slice(Math.max(0, tokens[0]!.start - 60), tokens[0]!.start));
    if (portfolio && tokens.length >= 3) tokens = tokens.slice(1);
    const runBefore = text.slice(Math.max(0, run[0]!.start - 3), run[0]!.start);
    const start = tokens[0]!.start;
    const end = tokens.at(-1)!.end;
    const name = text.slice(start, end).replace(/\.$/, '');
    const known = lookupSpan(gazetteer, name);
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 12);
    let kind: MentionKind;
    if (known !== null) kind = known;
    else if (gazetteer.officials.has(lookupKey(name))) kind = 'person';
    else if (tokens.some((t) => isNotNameWord(t.text)) && !(tokens[0]!.text === 'Le' && tokens.length >= 3)) kind = 'organization';
    else if (ORG_NOUN_BEFORE.test(before) || /\(\s*$/.test(runBefore)) kind = 'organization';
    // "ministre des Transports", "ministère de l'Énergie": a portfolio, not a person.
    else if (portfolio && PORTFOLIO_BEFORE.test(before)) kind = 'organization';
    else if (/\s\([A-Z]{2,}[^)]*\)/.test(after) || /^\s*\(/.test(after) && /^[A-Z]{2,}/.test(name)) kind = 'organization';
    else if (/(?:^|\s)(?:à|au|en|de la ville de|province de)\s$/i.test(before) && tokens.length <= 3) kind = 'place';
    else if (tokens.length >= 2 && !/^[A-Z]{2,}$/.test(tokens[0]!.text)) kind = 'person';
    else if (/^\p{Lu}\p{Ll}{2,}$/u.test(name)) kind = 'surname';
    else kind = 'organization';
    mentions.push({ sentence: sentence.index, start, end, name, kind });
  }
  return mentions;
}

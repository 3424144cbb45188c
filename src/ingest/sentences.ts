import type { Source } from '../schemas/source';
import { normalizeApostrophes, splitSentences } from './text';

/** Where a sentence comes from: the first line (lead or caption), an article paragraph, or a photo caption in the body. */
export type SentenceKind = 'headline' | 'lead' | 'text' | 'caption';

/** A sentence of the article, with apostrophes normalized, and the paragraph it belongs to (-1 for the first line). */
export interface Sentence {
  index: number;
  paragraph: number;
  kind: SentenceKind;
  text: string;
}

const BODY_CAPTION = /(?:\bphoto\s*:\s*[^.]{0,40}\.?\)?\s*$|\((?:à\s+)?(?:gauche|droite|au centre)\))/i;
const DATELINE = /^\s*[A-ZÀ-Ý][\p{L}\s.'-]{1,40}?(?:,\s*\d{1,2}(?:er)?\s+\p{L}+)?\s*\((?:VNA|VOV|CVN)\)\s*[-–—]?\s*/u;

/** Removes a dispatch dateline ("Pékin, 28 avril (VNA) - ") from the start of a paragraph and returns both parts. */
export function splitDateline(text: string): { dateline: string | null; rest: string } {
  const match = DATELINE.exec(text);
  if (!match) return { dateline: null, rest: text };
  return { dateline: match[0].replace(/\s*[-–—]?\s*$/, '').trim(), rest: text.slice(match[0].length) };
}

/** Turns a parsed source into the sentences the extractor reads: first line (unless a bare headline) then body, furniture left out. */
export function toSentences(source: Source): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (paragraph: number, kind: SentenceKind, text: string) => {
    for (const sentence of splitSentences(normalizeApostrophes(text))) {
      sentences.push({ index: sentences.length, paragraph, kind, text: sentence });
    }
  };
  // A real headline is read for names and titles only; a first sentence or caption is read like the body.
  push(-1, source.headlineKind === 'headline' ? 'headline' : source.headlineKind === 'caption' ? 'caption' : 'lead', splitDateline(source.headline).rest);
  source.paragraphs.forEach((paragraph, i) => {
    if (paragraph.furniture) return;
    push(i, BODY_CAPTION.test(paragraph.text) ? 'caption' : 'text', splitDateline(paragraph.text).rest);
  });
  return sentences;
}

/** The first dateline of the article (first line or body), e.g. "Hanoï (VNA)" → "Hanoï". */
export function findDatelinePlace(source: Source): string | null {
  for (const text of [source.headline, ...source.paragraphs.filter((p) => !p.furniture).map((p) => p.text)]) {
    const { dateline } = splitDateline(normalizeApostrophes(text));
    if (dateline) return dateline.replace(/\s*(?:,.*)?\((?:VNA|VOV|CVN)\).*$/, '').replace(/,.*$/, '').trim();
  }
  return null;
}

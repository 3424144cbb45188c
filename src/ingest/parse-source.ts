import type { Source, SourceParagraph } from '../schemas/source';
import { squashSpaces } from './text';

/** The parsed first line of a source text. */
export interface SourceHeader {
  published: string;
  headline: string;
}

/** A problem found while parsing a source, with the 1-based line where it applies. */
export class SourceFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const HEADER = /^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+(.*))?$/;

/** Checks a year, month and optional day form a real calendar date (2026-02-30 does not). */
export function isRealDate(year: number, month: number, day?: number): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The start of a line for a message, quoted, with control characters shown as `\uXXXX`. */
function quoteStart(line: string): string {
  const start = line.length > 40 ? `${line.slice(0, 40)}…` : line;
  return JSON.stringify(start);
}

/**
 * Parses the header line ` date YYYY-MM-DD Headline` (the day may be missing).
 * @throws SourceFormatError when the line is not a header or the date is impossible.
 */
export function parseHeader(line: string): SourceHeader {
  const match = HEADER.exec(line.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new SourceFormatError(
      `the first line is not a header " date YYYY-MM-DD Headline" (it reads ${quoteStart(line)}): add the publication date line at the top of the file`,
      1,
    );
  }
  const [, year, month, day, rest] = match;
  if (!isRealDate(Number(year), Number(month), day === undefined ? undefined : Number(day))) {
    throw new SourceFormatError(`the header date ${year}-${month}${day ? `-${day}` : ''} does not exist: correct the publication date (YYYY-MM-DD, or YYYY-MM)`, 1);
  }
  return { published: day ? `${year}-${month}-${day}` : `${year}-${month}`, headline: squashSpaces(rest ?? '') };
}

const RELATED_LINK = /^>>/;
const PHOTO_CREDIT = /^\(?(?:photos?|ảnh)\s*:\s*\S.{0,40}$/iu;
const SIGNATURE_ONLY = /^[-–—\s]*(?:VNA|VOV|CVN|VNS|VI|NDEL|TTXVN)(?:\s*\/\s*[A-Z]{1,5})*\.?$/;
/** A trailing agency signature glued to the last sentence: " -VNA/VI", "-VNA", " - VOV/VNA". */
const TRAILING_SIGNATURE = /\s*[-–—]\s*(?:VNA|VOV|CVN|VNS)(?:\s*\/\s*[A-Z]{1,5})*\.?\s*$/;

/** Tells whether a paragraph is page furniture rather than article text. */
export function isFurniture(paragraph: string): boolean {
  const text = paragraph.trim();
  return RELATED_LINK.test(text) || PHOTO_CREDIT.test(text) || SIGNATURE_ONLY.test(text);
}

/** Removes a trailing agency signature ("... des deux pays. -VNA/VI") from a paragraph. */
export function stripSignature(paragraph: string): string {
  return paragraph.replace(TRAILING_SIGNATURE, '').trim();
}

/** Splits the body into paragraphs (blank-line separated), flags furniture and strips signatures. */
export function splitParagraphs(body: string): SourceParagraph[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => squashSpaces(block))
    .filter((block) => block !== '')
    .map((block) => (isFurniture(block) ? { text: block, furniture: true } : { text: stripSignature(block), furniture: false }))
    .filter((paragraph) => paragraph.text !== '');
}

/** A photo caption ends with a credit or shows who stands where. */
const CAPTION = /(?:photo\s*:|\((?:à\s+)?(?:gauche|droite|au centre)\)|^panorama\b|photo de famille|^des participants\b|^lors de la (?:réception|rencontre|séance)\.?\s*(?:photo|$))/i;
const DATELINE = /^[A-ZÀ-Ý][\p{L}\s.'’-]{1,40}(?:,\s*\d{1,2}(?:er)?\s+\p{L}+)?\s*\((?:VNA|VOV|CVN|AFP)\)\s*[-–—]/u;
const FINITE_VERB = /\b(?:a|ont|est|sont|s'est|se sont)\s+(?:\p{L}+\s+){0,3}?(?:reçu|rencontré|eu|coprésidé|effectué|rendu|travaillé|discuté|entretenu|présidé|assisté|accueilli|visité|signé|affirmé|souligné|déclaré|organisé)\b/u;

/** Classifies the first line's text: a real headline, a photo caption, or the article's first sentence. */
export function classifyHeadline(headline: string): Source['headlineKind'] {
  const text = headline.replace(/’/g, "'");
  if (text === '' || CAPTION.test(text)) return 'caption';
  if (DATELINE.test(text) || FINITE_VERB.test(text) || text.length > 160) return 'sentence';
  // Headlines carry no final period; a short line ending with one is a caption.
  return /\.\s*$/.test(text) ? 'caption' : 'headline';
}

/**
 * Parses one source text: header, paragraphs with furniture flagged.
 * Line ends may be LF, CRLF or CR; a byte-order mark is ignored.
 */
export function parseSource(id: string, file: string, raw: string): Source {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // An empty or blank file is most often a failed download or copy: say so rather than "not a header".
  if (text.trim() === '') {
    const what = text === '' ? 'the file is empty' : 'the file holds only blank lines';
    throw new SourceFormatError(`${what}: put the article text in it (first line " date YYYY-MM-DD Headline") or remove the file`, 1);
  }
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  const header = parseHeader(firstLine);
  const body = newline === -1 ? '' : text.slice(newline + 1);
  return {
    id,
    file,
    published: header.published,
    headline: header.headline,
    headlineKind: classifyHeadline(header.headline),
    paragraphs: splitParagraphs(body),
  };
}

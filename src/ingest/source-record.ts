import { createHash } from 'node:crypto';
import type { Source, SourceRecord } from '../schemas/source';

/** SHA-256 of a source's decoded text, in hexadecimal: what a meeting page checks before rendering the file's text. */
export function sourceTextDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The archive's record of a parsed source: its paragraphs left out, the digest of the text they came from kept. */
export function toSourceRecord(source: Source, textDigest: string): SourceRecord {
  const { paragraphs: _paragraphs, ...record } = source;
  return { ...record, textDigest };
}

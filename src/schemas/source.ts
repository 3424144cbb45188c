import { z } from 'astro/zod';
import { PartialDateSchema } from './common';

/** What the first line's text after the date turned out to be. */
export const HeadlineKindSchema = z
  .enum(['headline', 'caption', 'sentence'])
  .describe('headline = a real title; caption = a photo caption or credit; sentence = the first sentence or lead');

/** One paragraph of a source text; furniture (related links, photo credits, signatures) is kept but flagged. */
export const SourceParagraphSchema = z.object({
  text: z.string(),
  furniture: z.boolean().describe('true for page furniture: ">> ..." related links, "Photo : VNA" credits, "-VNA/VI" signatures'),
});
export type SourceParagraph = z.output<typeof SourceParagraphSchema>;

/** A parsed source article. Its id is the file name stem, e.g. `000_5d764ea162d0ebda`. */
export const SourceSchema = z.object({
  id: z.string().min(1),
  /** Path of the untouched source text, relative to the project root. @example "content/sources/000_5d764ea162d0ebda.txt" */
  file: z.string(),
  published: PartialDateSchema,
  /** The first line's text after the date, as written. */
  headline: z.string(),
  headlineKind: HeadlineKindSchema,
  /** Article paragraphs in order, furniture included and flagged; paragraph indices refer to this array. */
  paragraphs: z.array(SourceParagraphSchema),
});
export type Source = z.output<typeof SourceSchema>;

/**
 * What the archive keeps of a source: everything but its paragraphs, and a digest of its text. A meeting page reads
 * the paragraphs from the file when it renders (src/io/read-source-text.ts), so that the texts of 100,000 articles are
 * not loaded into Astro's content store, which holds its whole content as text twice for the length of a build.
 */
export const SourceRecordSchema = SourceSchema.omit({ paragraphs: true }).extend({
  /** SHA-256 of the file's decoded text when it was ingested (hex); a page refuses a text that has changed since. */
  textDigest: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest in hexadecimal'),
});
export type SourceRecord = z.output<typeof SourceRecordSchema>;

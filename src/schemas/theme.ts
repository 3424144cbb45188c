import { z } from 'astro/zod';
import { IdSchema } from './common';

/** A theme of the taxonomy (content/data/themes.tsv). */
export const ThemeSchema = z.object({
  id: IdSchema.describe('Slug, e.g. "cybersecurite"'),
  /** French label. @example "Cybersécurité" */
  label: z.string().min(1),
  /** English label. @example "Cybersecurity" */
  labelEn: z.string().min(1),
  /** What the theme covers, in English. */
  scope: z.string(),
});
export type Theme = z.output<typeof ThemeSchema>;

/** Curated keyword lists per theme (content/data/theme-keywords.yaml): lowercase French stems or phrases. */
export const ThemeKeywordsSchema = z.record(IdSchema, z.array(z.string().min(2)));
export type ThemeKeywords = z.output<typeof ThemeKeywordsSchema>;

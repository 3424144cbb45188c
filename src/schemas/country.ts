import { z } from 'astro/zod';
import { IdSchema } from './common';

/** A country as curated in content/data/countries.yaml. */
export const CuratedCountrySchema = z
  .object({
    id: IdSchema.describe('Stable slug, e.g. "etats-unis"'),
    /** French name used on pages. @example "États-Unis" */
    name: z.string().min(1),
    /** English name. @example "United States" */
    nameEn: z.string().min(1),
    /** Other written forms of the name. @example ["USA", "Etats-Unis", "Amérique"] */
    aliases: z.array(z.string()).default([]),
    /** Adjectives and nouns of nationality, all genders and numbers. @example ["américain", "américaine", "américains"] */
    demonyms: z.array(z.string()).default([]),
  })
  .strict();
export type CuratedCountry = z.output<typeof CuratedCountrySchema>;

/** A country entry in the generated `countries` collection. */
export const CountrySchema = CuratedCountrySchema.pick({ id: true, name: true, nameEn: true });
export type Country = z.output<typeof CountrySchema>;

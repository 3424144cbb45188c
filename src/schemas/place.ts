import { z } from 'astro/zod';
import { IdSchema } from './common';

/** A known place (city, province, region) as curated in content/data/places.yaml. */
export const CuratedPlaceSchema = z
  .object({
    /** Name as the archive writes it. @example "Hanoï" */
    name: z.string().min(1),
    /** Other written forms. @example ["Hanoi", "Ha Noi"] */
    aliases: z.array(z.string()).default([]),
    /** Country id (content/data/countries.yaml). */
    country: IdSchema,
  })
  .strict();
export type CuratedPlace = z.output<typeof CuratedPlaceSchema>;

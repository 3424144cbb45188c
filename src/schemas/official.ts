import { z } from 'astro/zod';
import { IdSchema, SideSchema } from './common';

/** A known person as curated in content/data/officials.yaml. */
export const CuratedOfficialSchema = z
  .object({
    id: IdSchema.describe('Stable slug, e.g. "luong-tam-quang"'),
    /** Name shown on pages, with diacritics where known. @example "Lương Tam Quang" */
    name: z.string().min(1),
    /** Other spellings seen in texts (diacritics are matched loosely anyway). @example ["Luong Tam Quang"] */
    aliases: z.array(z.string()).default([]),
    /** Country id (content/data/countries.yaml), or null for an international organization's official. */
    country: IdSchema.nullable(),
  })
  .strict();
export type CuratedOfficial = z.output<typeof CuratedOfficialSchema>;

/** A person entry in the generated `officials` collection. */
export const OfficialSchema = z.object({
  id: IdSchema,
  /** Display name. */
  name: z.string().min(1),
  /** Other written forms seen in the sources. */
  aliases: z.array(z.string()),
  /** Country id or null. */
  country: IdSchema.nullable(),
  /** Side the person appears on (home = Vietnamese). */
  side: SideSchema,
});
export type Official = z.output<typeof OfficialSchema>;

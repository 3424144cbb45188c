import { z } from 'astro/zod';
import { IdSchema } from './common';

/** An organization as curated in content/data/organizations.yaml. */
export const CuratedOrganizationSchema = z
  .object({
    id: IdSchema.describe('Stable slug, e.g. "ministere-securite-publique-vietnam"'),
    /** Name shown on pages, fullest French form. @example "ministère de la Sécurité publique" */
    name: z.string().min(1),
    /** Abbreviations as written in texts. @example ["AWS"] */
    abbreviations: z.array(z.string()).default([]),
    /** Other written forms that name the same organization. @example ["ministère de la Police"] */
    aliases: z.array(z.string()).default([]),
    /** Country id (content/data/countries.yaml), or null for an international organization. */
    country: IdSchema.nullable(),
    /** Parent organization id for a subsidiary (AWS → Amazon), or null. */
    parent: IdSchema.nullable().default(null),
    /** Titles that imply this organization when the text names none. @example ["secrétaire d'État adjoint des États-Unis"] */
    roles: z.array(z.string()).default([]),
  })
  .strict();
export type CuratedOrganization = z.output<typeof CuratedOrganizationSchema>;

/** An organization entry in the generated `organizations` collection. */
export const OrganizationSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  /** Main abbreviation, if any. @example "INL" */
  abbreviation: z.string().nullable(),
  /** Other names seen in texts or curated. */
  aliases: z.array(z.string()),
  /** Country id, or null (international organization or unknown). */
  country: IdSchema.nullable(),
});
export type Organization = z.output<typeof OrganizationSchema>;

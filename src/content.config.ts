import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CountrySchema } from './schemas/country';
import { MeetingSchema, ParticipantSchema } from './schemas/meeting';
import { OfficialSchema } from './schemas/official';
import { OrganizationSchema } from './schemas/organization';
import { SourceRecordSchema } from './schemas/source';
import { ThemeSchema } from './schemas/theme';

/** Every generated collection is one JSON array written by `npm run ingest` to content/generated/. */
const generated = (name: string) => file(`content/generated/${name}.json`);

/** A meeting whose ids are checked against the other collections at build time. */
const MeetingEntrySchema = MeetingSchema.extend({
  participants: z.array(
    ParticipantSchema.extend({
      official: reference('officials'),
      organization: reference('organizations').nullable(),
      country: reference('countries').nullable(),
    }),
  ),
  organizations: z.array(reference('organizations')),
  countries: z.array(reference('countries')),
  themes: z.array(reference('themes')),
});

/** An editorial page (about, method) in content/pages/<id>.mdx. */
const PageSchema = z.object({
  /** Page title, used as the `<h1>` and in `<title>`. @example "À propos" */
  title: z.string().min(1),
  /** One-sentence summary for `<meta name="description">`. */
  description: z.string().min(1),
});

/** An archivist's note on one meeting: content/notes/<meeting-id>.mdx. */
const NoteSchema = z.object({
  /** Who wrote the note. @example "L'équipe des archives" */
  author: z.string().min(1).optional(),
  /** When the note was last revised, `YYYY-MM-DD`. */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
});

export const collections = {
  meetings: defineCollection({ loader: generated('meetings'), schema: MeetingEntrySchema }),
  officials: defineCollection({ loader: generated('officials'), schema: OfficialSchema }),
  organizations: defineCollection({ loader: generated('organizations'), schema: OrganizationSchema }),
  countries: defineCollection({ loader: generated('countries'), schema: CountrySchema }),
  themes: defineCollection({ loader: generated('themes'), schema: ThemeSchema }),
  sources: defineCollection({ loader: generated('sources'), schema: SourceRecordSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: PageSchema }),
  notes: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/notes' }), schema: NoteSchema }),
};

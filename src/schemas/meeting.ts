import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema, SideSchema } from './common';

/** A participant of a meeting in the generated `meetings` collection (ids refer to other collections). */
export const ParticipantSchema = z.object({
  /** Official id (`officials` collection). */
  official: IdSchema,
  /** Name as written in this article. */
  name: z.string().min(1),
  /** Role as written in this article, or null. @example "ministre de la Police" */
  role: z.string().nullable(),
  /** Organization id (`organizations` collection) or null. */
  organization: IdSchema.nullable(),
  /** Country id (`countries` collection) or null. */
  country: IdSchema.nullable(),
  side: SideSchema,
});
export type Participant = z.output<typeof ParticipantSchema>;

/** One meeting: the unit of the archive, one page each. */
export const MeetingSchema = z.object({
  /** Permanent URL slug, pinned in content/data/permalinks.yaml. @example "2026-03-04-luong-tam-quang-kerry-person" */
  id: IdSchema,
  /** Source id (file stem) of the article that reports it. @example "001_e91ffa279b4d12f7" */
  source: z.string().min(1),
  /** Position of the meeting within its source (0-based, text order). */
  position: z.number().int().nonnegative(),
  /** Publication date of the article. */
  published: PartialDateSchema,
  /** Meeting date, day or month precision. */
  date: PartialDateSchema,
  /** Title: the article headline when it is one, else generated. */
  title: z.string().min(1),
  /** True when the title was generated rather than taken from the article. */
  titleGenerated: z.boolean(),
  place: z.string().nullable(),
  participants: z.array(ParticipantSchema),
  /** Organization ids. */
  organizations: z.array(IdSchema),
  /** Country ids. */
  countries: z.array(IdSchema),
  /** Theme ids. */
  themes: z.array(IdSchema),
  /** Indices of the source paragraphs that report this meeting. */
  paragraphs: z.array(z.number().int().nonnegative()),
});
export type Meeting = z.output<typeof MeetingSchema>;

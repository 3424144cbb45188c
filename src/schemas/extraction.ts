import { z } from 'astro/zod';
import { PartialDateSchema, SideSchema } from './common';

/** A participant as the extractor reads it from the text, before entity resolution (names, not ids). */
export const ExtractedParticipantSchema = z.object({
  /** Name as written, without rank or courtesy title. @example "Luong Tam Quang" */
  name: z.string().min(1),
  /** Role as written, or null. @example "ministre de la Sécurité publique" */
  role: z.string().nullable(),
  /** Organization the person speaks for, fullest form written, or null (ambassadors, heads of state). */
  organization: z.string().nullable(),
  /** Country in French, or null for an international organization's official. @example "États-Unis" */
  country: z.string().nullable(),
  side: SideSchema,
});
export type ExtractedParticipant = z.output<typeof ExtractedParticipantSchema>;

/** One meeting as extracted from one article; the shape of the corpus gold annotations plus provenance. */
export const ExtractedMeetingSchema = z.object({
  /** Meeting date (not publication date), day or month precision. */
  date: PartialDateSchema,
  /** Venue city as written (`Hanoï`), a province or country when that is all the text says, or null. */
  place: z.string().nullable(),
  participants: z.array(ExtractedParticipantSchema),
  /** Organizations taking part, fullest form written. @example ["ministère de la Police", "Amazon"] */
  organizations: z.array(z.string()),
  /** Countries of the parties, in French. @example ["Vietnam", "États-Unis"] */
  countries: z.array(z.string()),
  /** Theme slugs from content/data/themes.tsv. @example ["cybersecurite"] */
  themes: z.array(z.string()),
  /** Indices (into the source's paragraphs) of the paragraphs that report this meeting. */
  paragraphs: z.array(z.number().int().nonnegative()),
  /** The article headline when it is a real headline and the article has one meeting, else null (a title is generated). */
  title: z.string().nullable(),
});
export type ExtractedMeeting = z.output<typeof ExtractedMeetingSchema>;

import { z } from 'astro/zod';
import { PartialDateSchema, SideSchema } from './common';
import { ExtractedMeetingSchema } from './extraction';

/** A participant written by an archivist; `role`, `organization` and `country` may be left out (null). */
export const OverrideParticipantSchema = z
  .object({
    /** Name as written, without rank or courtesy title. @example "Lương Tam Quang" */
    name: z.string().min(1),
    /** Role as written, or null. @example "ministre de la Sécurité publique" */
    role: z.string().nullable().default(null),
    /** Organization the person speaks for, or null. @example "ministère de la Sécurité publique" */
    organization: z.string().nullable().default(null),
    /** Country in French, or null. @example "Laos" */
    country: z.string().nullable().default(null),
    /** home = Vietnamese side, foreign = the other party. */
    side: SideSchema,
  })
  .strict();

/** Correction of one extracted meeting, addressed by its position; every field given replaces the extracted value wholesale. */
export const MeetingOverrideSchema = z
  .object({
    /** 0-based position of the meeting in the extractor's output for this source (text order). @example 0 */
    position: z.number().int().nonnegative(),
    /** `true` drops the meeting (the extractor was wrong to report it); no other field may then be given. */
    remove: z.literal(true).optional(),
    /** Meeting date. @example "2026-02-19" */
    date: PartialDateSchema.optional(),
    /** Venue as written, or null when nothing says where. @example "Hanoï" */
    place: z.string().nullable().optional(),
    /** Page title, or null to let the site generate one. */
    title: z.string().nullable().optional(),
    /** The full list of participants (replaces the extracted list). */
    participants: z.array(OverrideParticipantSchema).optional(),
    /** Organizations taking part, fullest form written. @example ["ministère de la Police"] */
    organizations: z.array(z.string().min(1)).optional(),
    /** Countries of the parties, in French. @example ["Vietnam", "Laos"] */
    countries: z.array(z.string().min(1)).optional(),
    /** Theme slugs from content/data/themes.tsv. @example ["cybersecurite"] */
    themes: z.array(z.string().min(1)).optional(),
    /** Indices of the source paragraphs that report the meeting. @example [1, 2] */
    paragraphs: z.array(z.number().int().nonnegative()).optional(),
  })
  .strict()
  .refine((m) => m.remove !== true || Object.keys(m).every((key) => key === 'position' || key === 'remove'), {
    message: 'a meeting with "remove: true" is dropped, so it takes no other field: delete the other fields or the "remove" line',
  })
  .refine((m) => Object.keys(m).some((key) => key !== 'position'), {
    message: 'this entry changes nothing: add the fields to correct (date, place, participants, ...) or "remove: true"',
    // Only when the entry is otherwise valid: a misspelt field is reported as such, not as "changes nothing".
    when: (payload) => payload.issues.length === 0,
  });
export type MeetingOverride = z.output<typeof MeetingOverrideSchema>;

/** A meeting the extractor missed, written in full by an archivist; lists default to empty and `place`/`title` to null. */
export const AddedMeetingSchema = z
  .object({
    date: PartialDateSchema,
    place: z.string().nullable().default(null),
    participants: z.array(OverrideParticipantSchema).min(1, 'an added meeting needs at least one participant'),
    organizations: z.array(z.string().min(1)).default([]),
    countries: z.array(z.string().min(1)).default([]),
    themes: z.array(z.string().min(1)).default([]),
    paragraphs: z.array(z.number().int().nonnegative()).default([]),
    title: z.string().nullable().default(null),
  })
  .strict()
  .pipe(ExtractedMeetingSchema);

/** An archivist's corrections to one source, in content/overrides/<source-id>.yaml. */
export const OverrideSchema = z
  .object({
    /** Why the correction is needed, for the next archivist. @example "The extractor took the dateline for the meeting date." */
    note: z
      .string({ error: 'add a "note" saying why this correction is needed' })
      .trim()
      .min(1, 'add a "note" saying why this correction is needed'),
    /** Corrections of extracted meetings, by position. */
    meetings: z.array(MeetingOverrideSchema).default([]),
    /** Meetings the extractor missed; appended after the extracted ones. */
    add: z.array(AddedMeetingSchema).default([]),
  })
  .strict()
  .superRefine((override, ctx) => {
    const seen = new Set<number>();
    override.meetings.forEach((m, i) => {
      if (seen.has(m.position)) {
        ctx.addIssue({
          code: 'custom',
          path: ['meetings', i, 'position'],
          message: `position ${m.position} appears twice: merge the two entries into one`,
        });
      }
      seen.add(m.position);
    });
  });
export type Override = z.output<typeof OverrideSchema>;

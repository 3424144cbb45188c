import { z } from 'astro/zod';
import { PartialDateSchema, type Side } from '../schemas/common';
import type { ExtractedMeeting } from '../schemas/extraction';

const GoldParticipantSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  organization: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
});

/** One gold meeting (see /work/shared/corpus/README.md, "Gold format"). */
export const GoldMeetingSchema = z.object({
  /** True for a meeting an extractor may fairly report or not; it counts neither way. */
  optional: z.boolean().default(false),
  date: PartialDateSchema,
  place: z.string().nullable(),
  vietnamese_side: z.array(GoldParticipantSchema),
  foreign_side: z.array(GoldParticipantSchema),
  organizations: z.array(z.string()),
  countries: z.array(z.string()),
  themes: z.array(z.string()),
});

/** A gold annotation file `NNN_<hex>.gold.json`. */
export const GoldSchema = z.object({
  source_url: z.string().optional(),
  published: PartialDateSchema,
  meetings: z.array(GoldMeetingSchema),
  notes: z.string().optional(),
});
export type Gold = z.output<typeof GoldSchema>;

/** A participant as the scorer compares it. */
export interface EvalParticipant {
  name: string;
  role: string | null;
  side: Side;
}

/** A meeting as the scorer compares it, from a gold file or from the extractor. */
export interface EvalMeeting {
  optional: boolean;
  date: string;
  place: string | null;
  participants: EvalParticipant[];
  organizations: string[];
  countries: string[];
  themes: string[];
}

/** Converts a gold annotation's meetings to the scorer's shape (Vietnamese side = home). */
export function goldToEvalMeetings(gold: Gold): EvalMeeting[] {
  return gold.meetings.map((m) => ({
    optional: m.optional,
    date: m.date,
    place: m.place,
    participants: [
      ...m.vietnamese_side.map((p) => ({ name: p.name, role: p.role, side: 'home' as const })),
      ...m.foreign_side.map((p) => ({ name: p.name, role: p.role, side: 'foreign' as const })),
    ],
    organizations: m.organizations,
    countries: m.countries,
    themes: m.themes,
  }));
}

/** Converts extracted meetings to the scorer's shape. */
export function extractedToEvalMeetings(meetings: readonly ExtractedMeeting[]): EvalMeeting[] {
  return meetings.map((m) => ({
    optional: false,
    date: m.date,
    place: m.place,
    participants: m.participants.map((p) => ({ name: p.name, role: p.role, side: p.side })),
    organizations: m.organizations,
    countries: m.countries,
    themes: m.themes,
  }));
}

import { z } from 'astro/zod';

/** A calendar date with its precision: `YYYY-MM-DD` (day) or `YYYY-MM` (month). @example "2026-02-19", "2025-05" */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM-DD or YYYY-MM')
  .describe('Date as YYYY-MM-DD, or YYYY-MM when only the month is known');
export type PartialDate = z.output<typeof PartialDateSchema>;

/** Which side of a meeting a participant is on: `home` for Vietnamese officials, `foreign` otherwise. */
export const SideSchema = z.enum(['home', 'foreign']).describe('home = Vietnamese side, foreign = the other party');
export type Side = z.output<typeof SideSchema>;

/** A URL-safe identifier chosen once and kept stable. @example "luong-tam-quang" */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "luong-tam-quang"');

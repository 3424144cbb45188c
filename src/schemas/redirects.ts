import { z } from 'astro/zod';
import { IdSchema } from './common';

/** Old id → new id for one kind of page. @example { "2025-05-to-lam-yuri-maximo": "2025-05-to-lam-iouri-maximov" } */
const RenamesSchema = z.record(IdSchema, IdSchema).default({});

/**
 * An archivist's renames and merges (content/data/redirects.yaml): every old id keeps a page that redirects
 * to the new one. A meeting rename changes its URL; an official or organization rename changes its id.
 */
export const RedirectsSchema = z
  .object({
    /** Meeting slug renames, or a removed duplicate → the meeting it duplicated. */
    meetings: RenamesSchema,
    /** Official id renames or merges. */
    officials: RenamesSchema,
    /** Organization id renames or merges. */
    organizations: RenamesSchema,
  })
  .strict()
  .superRefine((redirects, ctx) => {
    for (const kind of ['meetings', 'officials', 'organizations'] as const) {
      for (const [from, to] of Object.entries(redirects[kind])) {
        if (from === to) ctx.addIssue({ code: 'custom', path: [kind, from], message: `"${from}" redirects to itself: delete the line` });
      }
    }
  });
export type Redirects = z.output<typeof RedirectsSchema>;

/*
 * The digest a rendered page's bytes are known by from one build to the next: the build records it as the page is
 * rendered (src/build/parallel-prerender.ts, its render threads), and the search index compares it instead of reading
 * every meeting page again (src/build/search-index-state.ts).
 *
 * Render threads load this file with Node's own type stripping: it imports nothing but Node.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of a page's bytes, in hex. */
export function pageDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/*
 * What the build writes itself of a rendered page (src/build/direct-pages.ts): an HTML page that answered 200, whose
 * bytes Astro would have written as they are; anything else goes to Astro's loop. Shared by the main thread
 * (src/build/parallel-prerender.ts) and the render threads (prerender-worker.ts).
 *
 * Render threads load this file with Node's own type stripping: it imports nothing but page-digest.ts.
 */
import { pageDigest } from './page-digest.ts';

/** A rendered page: its bytes and their digest when it is plain. */
export type PlainPage = { plain: true; bytes: Uint8Array; digest: string } | { plain: false };

/** Whether a response is an HTML page. */
export function isHtml(response: Response): boolean {
  return response.headers.get('content-type')?.startsWith('text/html') === true;
}

/** Reads a rendered page's response: its bytes and digest when it is an HTML page that answered 200. */
export async function readPlainPage(response: Response): Promise<PlainPage> {
  if (response.status !== 200 || !isHtml(response) || response.body === null) return { plain: false };
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { plain: true, bytes, digest: pageDigest(bytes) };
}

/*
 * What the build writes itself of a rendered page (src/build/direct-pages.ts): an HTML page that answered 200, whose
 * bytes Astro would have written as they are; anything else goes to Astro's loop, with the response as rendered, so
 * that it is not rendered again. Shared by the main thread (src/build/parallel-prerender.ts) and the render threads
 * (prerender-worker.ts).
 *
 * Render threads load this file with Node's own type stripping: it imports nothing but page-digest.ts.
 */
import { pageDigest } from './page-digest.ts';

/** A response as it can be passed between threads, and made a `Response` again for Astro's loop. */
export interface StoredResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer> | null;
}

/** A rendered page: its bytes and their digest when it is plain, else its whole response. */
export type PlainPage = { plain: true; bytes: Uint8Array; digest: string } | { plain: false; response: StoredResponse };

/** Whether a response is an HTML page. */
export function isHtml(response: Response): boolean {
  return response.headers.get('content-type')?.startsWith('text/html') === true;
}

/** Reads a rendered page's response: its bytes and digest when it is an HTML page that answered 200. */
export async function readPlainPage(response: Response): Promise<PlainPage> {
  if (response.status !== 200 || !isHtml(response) || response.body === null) return { plain: false, response: await storeResponse(response) };
  const bytes = await readBody(response.body);
  return { plain: true, bytes, digest: pageDigest(bytes) };
}

/**
 * A body's bytes, read from its stream: a rendered page's body is one chunk, which is kept as it is, where
 * `Response.arrayBuffer` copies it into a buffer of its own (11 against 16–20 µs a page of 10 KB, Node 24).
 */
async function readBody(body: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  if (chunks.length === 1 && chunks[0]!.byteOffset === 0 && chunks[0]!.byteLength === chunks[0]!.buffer.byteLength) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A response's status, headers and body, read once. */
export async function storeResponse(response: Response): Promise<StoredResponse> {
  const { status, statusText } = response;
  return { status, statusText, headers: [...response.headers], body: response.body === null ? null : await readBody(response.body) };
}

/** The `Response` a stored one was read from. */
export function restoreResponse({ status, statusText, headers, body }: StoredResponse): Response {
  return new Response(body, { status, statusText, headers });
}

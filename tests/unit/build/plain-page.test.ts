import { describe, expect, test } from 'vitest';
import { pageDigest } from '../../../src/build/page-digest';
import { readPlainPage, restoreResponse } from '../../../src/build/plain-page';

const html = { 'content-type': 'text/html' };

describe('readPlainPage', () => {
  test('an HTML page that answered 200 is plain: its bytes and their digest', async () => {
    const page = await readPlainPage(new Response('<!doctype html><p>é</p>', { headers: html }));
    expect(page.plain).toBe(true);
    if (!page.plain) return;
    expect(new TextDecoder().decode(page.bytes)).toBe('<!doctype html><p>é</p>');
    expect(page.digest).toBe(pageDigest(page.bytes));
  });

  test('a body in several chunks, or in part of a larger buffer, comes whole, in a buffer of its own', async () => {
    const encoder = new TextEncoder();
    const parts = ['<!doctype html>', '<p>é', 'à</p>'].map((part) => encoder.encode(part));
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    const shared = encoder.encode('xx<!doctype html><p>éà</p>yy');
    for (const body of [streamed, shared.subarray(2, shared.length - 2)]) {
      const page = await readPlainPage(new Response(body, { headers: html }));
      if (!page.plain) throw new Error('expected a plain page');
      expect(new TextDecoder().decode(page.bytes)).toBe('<!doctype html><p>éà</p>');
      expect(page.bytes.byteLength).toBe(page.bytes.buffer.byteLength);
    }
  });

  test('anything else keeps its whole response, which becomes the same Response again for Astro’s loop', async () => {
    const responses = [
      new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
      new Response('<p>missing</p>', { status: 404, statusText: 'Not Found', headers: html }),
      new Response(null, { status: 301, headers: { location: '/elsewhere/' } }),
    ];
    for (const response of responses) {
      const copy = response.clone();
      const page = await readPlainPage(response);
      expect(page.plain).toBe(false);
      if (page.plain) continue;
      const restored = restoreResponse(page.response);
      expect([restored.status, restored.statusText, [...restored.headers]]).toEqual([copy.status, copy.statusText, [...copy.headers]]);
      expect(await restored.text()).toBe(await copy.text());
    }
  });
});

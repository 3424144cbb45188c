import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readHtmlHead } from '../../../src/io/read-html-head';

const dir = mkdtempSync(path.join(tmpdir(), 'read-html-head-'));
function page(name: string, html: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  return file;
}

describe('readHtmlHead', () => {
  test('stops at the end of the head', async () => {
    const body = `<body>${'<p>Rencontre à Hà Nội</p>'.repeat(2000)}</body>`;
    expect(await readHtmlHead(page('a.html', `<html><head><title>Đà Nẵng</title></head>${body}</html>`))).toBe('<html><head><title>Đà Nẵng</title></head>');
  });

  test('reads a short page without a head in full', async () => {
    expect(await readHtmlHead(page('b.html', '<p>court</p>'))).toBe('<p>court</p>');
  });

  test('reads the whole file when the head is longer than the first block', async () => {
    const html = `<html><head>${'<meta name="x" content="é">'.repeat(1000)}<meta name="robots" content="noindex"></head><body></body></html>`;
    expect(await readHtmlHead(page('c.html', html))).toBe(html);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readHtmlHead } from '../../../src/io/read-html-head';

const dir = mkdtempSync(path.join(tmpdir(), 'read-html-head-'));
function page(name: string, html: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  return file;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readHtmlHead', () => {
  test('stops at the end of the head', () => {
    const body = `<body>${'<p>Rencontre à Hà Nội</p>'.repeat(2000)}</body>`;
    expect(readHtmlHead(page('a.html', `<html><head><title>Đà Nẵng</title></head>${body}</html>`))).toBe('<html><head><title>Đà Nẵng</title></head>');
  });

  test('reads a short page without a head in full', () => {
    expect(readHtmlHead(page('b.html', '<p>court</p>'))).toBe('<p>court</p>');
  });

  test('reads the whole file when the head is longer than the first block', () => {
    const html = `<html><head>${'<meta name="x" content="é">'.repeat(1000)}<meta name="robots" content="noindex"></head><body></body></html>`;
    expect(readHtmlHead(page('c.html', html))).toBe(html);
  });

  test('a shorter page read after a longer one holds nothing of it (one buffer serves every read)', () => {
    const long = page('d.html', `<html><head><title>${'x'.repeat(5000)}</title></head><body></body></html>`);
    const short = page('e.html', '<html><head><title>y</title></head></html>');
    expect(readHtmlHead(long)).toHaveLength(5000 + '<html><head><title></title></head>'.length);
    expect(readHtmlHead(short)).toBe('<html><head><title>y</title></head>');
    expect(readHtmlHead(page('f.html', '<p>z</p>'))).toBe('<p>z</p>');
  });
});

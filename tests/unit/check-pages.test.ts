import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPages, type PagesToCheck } from '../../src/check/check-pages';

const policy = "default-src 'self'";
/** A complete page that html-validate's recommended rules accept, with the site's CSP unless `csp` is false. */
function page(body: string, { head = '', csp = true } = {}): string {
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : '';
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${meta}<title>Page</title>${head}</head><body>${body}</body></html>`;
}

describe('checkPages', () => {
  let dist: string;
  const buildRoot = '/home/someone/rencontres';
  const pages: Record<string, string> = {
    'index.html': page('<a href="/a/">a</a> <a href="/a/#x">x</a> <a href="/b/#missing">m</a> <a href="/nope/">n</a> <a href="#top">t</a> <a href="#zz">z</a><h1 id="top">T</h1>'),
    'a/index.html': page('<h1 id="x">A</h1>', { head: '<meta name="robots" content="noindex">' }),
    'b/index.html': page(`<p>built in ${buildRoot}/dist</p>`),
    'c/index.html': page('<p><div>block in a paragraph</div></p>', { csp: false }),
  };

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'rencontres-check-pages-'));
    for (const [file, html] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
      await writeFile(path.join(dist, file), html);
    }
    await writeFile(path.join(dist, 'validator.json'), JSON.stringify({ root: true, extends: ['html-validate:recommended'] }));
  });
  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  const share = (only: string[]): PagesToCheck => ({
    dist,
    files: [...Object.keys(pages), 'validator.json'],
    pages: only,
    location: { siteUrl: 'https://archive.example', base: '/' },
    validatorConfig: path.join(dist, 'validator.json'),
    policy,
    buildRoot,
  });

  test('reports what is wrong with each page, and leaves the anchors of other pages to check', async () => {
    const checked = await checkPages(share(Object.keys(pages)));
    expect(checked.pages).toBe(4);
    expect(checked.urls).toBe(6);
    expect(checked.brokenLinks).toEqual([
      'index.html: a[href] "/nope/" is broken: no such file in dist/',
      'index.html: a[href] "#zz": no id "zz" in index.html',
    ]);
    expect(checked.anchors.map((link) => `${link.from} → ${link.file}#${link.id}`)).toEqual(['index.html → a/index.html#x', 'index.html → b/index.html#missing']);
    expect(checked.noindex).toEqual(['a/index.html']);
    expect(checked.leaks).toEqual(['b/index.html']);
    expect(checked.insecure).toEqual(['c/index.html: 0 Content-Security-Policy meta elements (expected 1)']);
    expect(checked.invalid.length).toBeGreaterThan(0);
    expect(checked.invalid.every((message) => message.startsWith('c/index.html:'))).toBe(true);
  });

  test('checks only the pages of its share', async () => {
    const checked = await checkPages(share(['a/index.html']));
    expect(checked).toEqual({ pages: 1, urls: 0, invalid: [], insecure: [], brokenLinks: [], anchors: [], noindex: ['a/index.html'], leaks: [] });
  });
});

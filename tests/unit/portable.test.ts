import { describe, expect, test } from 'vitest';
import { toPortableHtml, toRelativeLink } from '../../src/lib/portable';

describe('toRelativeLink', () => {
  test.each([
    ['/officials/to-lam/', 'meetings/a/index.html', '/', '../../officials/to-lam/index.html'],
    ['/', 'meetings/a/index.html', '/', '../../index.html'],
    ['/', 'index.html', '/', 'index.html'],
    ['/meetings/', 'index.html', '/', 'meetings/index.html'],
    ['/_astro/Base.css', 'search/index.html', '/', '../_astro/Base.css'],
    ['/search/?q=drogue#r', 'index.html', '/', 'search/index.html?q=drogue#r'],
    ['/archive/officials/to-lam/', 'meetings/a/index.html', '/archive/', '../../officials/to-lam/index.html'],
    ['/sources/s1.txt', 'meetings/a/index.html', '/', '../../sources/s1.txt'],
  ])('%s from %s (base %s) → %s', (url, from, base, expected) => {
    expect(toRelativeLink(url, from, base)).toBe(expected);
  });

  test.each([
    ['https://example.org/x/'],
    ['//cdn.example.org/x.js'],
    ['#contenu'],
    ['../relative/'],
    ['/other/x/'],
  ])('leaves %s as it is (outside the base /archive/)', (url) => {
    expect(toRelativeLink(url, 'index.html', '/archive/')).toBe(url);
  });
});

describe('toPortableHtml', () => {
  const html = [
    '<link rel="stylesheet" href="/a/_astro/Base.css"><link rel="canonical" href="https://x.org/a/search/">',
    '<script type="module" src="/a/_astro/search.js"></script><script type="module">console.log(1)</script>',
    '<div class="note" data-portable-note hidden><p>Il faut un serveur.</p></div>',
    '<form data-portable-hide><a href="/a/meetings/">Rencontres</a></form><p data-portable-hide hidden>x</p>',
    '<meta http-equiv="refresh" content="0; url=/a/meetings/new/">',
  ].join('\n');
  const portable = toPortableHtml(html, 'search/index.html', '/a/');

  test('makes links, assets and redirects relative, leaving absolute URLs alone', () => {
    expect(portable).toContain('<link rel="stylesheet" href="../_astro/Base.css"><link rel="canonical" href="https://x.org/a/search/">');
    expect(portable).toContain('<a href="../meetings/index.html">Rencontres</a>');
    expect(portable).toContain('<meta http-equiv="refresh" content="0; url=../meetings/new/index.html">');
  });

  test('drops module scripts, shows the portable notes and hides what needs a server', () => {
    expect(portable).not.toContain('<script');
    expect(portable).toContain('<div class="note" data-portable-note><p>');
    expect(portable).toContain('<form data-portable-hide hidden>');
    expect(portable).toContain('<p data-portable-hide hidden>x</p>');
  });
});

import { describe, expect, test } from 'vitest';
import { checkLinks, fileToUrlPath, xmlUrls } from '../../src/check/check-links';
import { inspectPage } from '../../src/check/inspect-page';

/** A tiny built site: file → HTML (or other text). */
function site(files: Record<string, string>) {
  const pages = new Map(Object.entries(files).filter(([file]) => file.endsWith('.html')).map(([file, html]) => [file, inspectPage(html)]));
  return { files: new Set(Object.keys(files)), pages };
}
const location = { siteUrl: 'https://archive.example', base: '/' };

describe('fileToUrlPath', () => {
  test.each([
    ['index.html', '/', '/'],
    ['meetings/x/index.html', '/', '/meetings/x/'],
    ['404.html', '/sub/', '/sub/404.html'],
    ['meetings/x/index.html', '/sub', '/sub/meetings/x/'],
  ])('serves %s under base %s at %s', (file, base, path) => {
    expect(fileToUrlPath(file, base)).toBe(path);
  });
});

describe('checkLinks', () => {
  test('accepts relative, root-relative and same-origin absolute links, anchors and external URLs', () => {
    const built = site({
      'index.html': '<a href="meetings/a/">a</a><a href="/meetings/a/#texte">t</a><a href="https://archive.example/data/x.json">j</a><a href="https://other.example/missing">x</a><a href="mailto:a@b.c">m</a><a href="#top">top</a><h1 id="top">T</h1>',
      'meetings/a/index.html': '<h2 id="texte">T</h2><a href="../../">home</a><a href="../../sources/r%C3%A9sum%C3%A9.txt">src</a>',
      'data/x.json': '[]',
      'sources/résumé.txt': 'x',
    });
    expect(checkLinks(built, location)).toEqual([]);
  });

  test('reports missing files, missing anchors, folders without a slash, javascript: URLs and links outside the base', () => {
    const built = site({
      'index.html': [
        '<a href="/meetings/b/">missing</a>',
        '<a href="/meetings/a/#nowhere">anchor</a>',
        '<a href="/meetings/a">no slash</a>',
        '<a href="javascript:alert(1)">js</a>',
        '<link rel="canonical" href="https://archive.example/404/">',
        '<meta http-equiv="refresh" content="0; url=/gone/">',
        '<img src="/img.png" srcset="/a.png 1x, /img.png 2x" alt="">',
      ].join(''),
      'meetings/a/index.html': '<p id="texte">x</p>',
      'img.png': '',
    });
    expect(checkLinks(built, location)).toEqual(
      [
        'index.html: a[href] "/meetings/b/" is broken: no such file in dist/',
        'index.html: a[href] "/meetings/a/#nowhere": no id "nowhere" in meetings/a/index.html',
        'index.html: a[href] "/meetings/a" is broken: a folder without its trailing slash',
        'index.html: a[href] "javascript:alert(1)" is a javascript: URL',
        'index.html: link[href] "https://archive.example/404/" is broken: no such file in dist/',
        'index.html: meta[refresh] "/gone/" is broken: no such file in dist/',
        'index.html: img[srcset] "/a.png" is broken: no such file in dist/',
      ].sort(),
    );
  });

  test('resolves links under a base path and flags those that leave it', () => {
    const built = site({ 'index.html': '<a href="/sub/meetings/a/">ok</a><a href="/meetings/a/">outside</a>', 'meetings/a/index.html': '' });
    expect(checkLinks(built, { siteUrl: 'https://archive.example', base: '/sub/' })).toEqual(['index.html: a[href] "/meetings/a/" is broken: outside the base path /sub/']);
  });

  test('reports every broken URL of a sitemap too large to spread into one call', () => {
    const urls = Array.from({ length: 200_000 }, (_, index) => ({ where: 'loc', value: `https://archive.example/meetings/m${index}/` }));
    const built = { ...site({ 'index.html': '' }), otherUrls: new Map([['sitemap.xml', urls]]) };
    expect(checkLinks(built, location)).toHaveLength(200_000);
  });

  test('checks the URLs of sitemaps and feeds', () => {
    const xml = '<urlset><url><loc>https://archive.example/meetings/a/</loc></url><url><loc>https://archive.example/meetings/z/</loc></url></urlset><link href="https://archive.example/?a=1&amp;b=2"/>';
    expect(xmlUrls(xml).map((url) => url.value)).toEqual(['https://archive.example/meetings/a/', 'https://archive.example/meetings/z/', 'https://archive.example/?a=1&b=2']);
    const built = { ...site({ 'index.html': '', 'meetings/a/index.html': '' }), otherUrls: new Map([['sitemap.xml', xmlUrls(xml)]]) };
    expect(checkLinks(built, location)).toEqual(['sitemap.xml: loc "https://archive.example/meetings/z/" is broken: no such file in dist/']);
  });
});

import { describe, expect, test } from 'vitest';
import { absoluteUrl, entryPath, fileTo, pathTo, sectionPath } from '../../src/lib/permalinks';

describe('pathTo', () => {
  test.each([
    [['/'], '/'],
    [['/', 'meetings'], '/meetings/'],
    [['/rencontres/', 'meetings', 'a-b'], '/rencontres/meetings/a-b/'],
    [['/rencontres', 'officials/to-lam'], '/rencontres/officials/to-lam/'],
    [['', 'search'], '/search/'],
    [['/en/', 'themes/', '/x'], '/en/themes/x/'],
    [['//en//', 'a//b'], '/en/a/b/'],
    [['en', '/'], '/en/'],
  ])('joins %j into %s with a trailing slash', (args, expected) => {
    expect(pathTo(...(args as [string, ...string[]]))).toBe(expected);
  });

  test('encodes characters that are not URL-safe', () => {
    expect(pathTo('/', 'a b')).toBe('/a%20b/');
    expect(pathTo('/', 'hà-nội')).toBe(`/${encodeURIComponent('hà-nội')}/`);
  });

  test('encodes an already encoded segment once, however it came', () => {
    expect(pathTo('/', 'a%20b')).toBe(pathTo('/', 'a b'));
    expect(pathTo(pathTo('/', 'hà'), 'x')).toBe(pathTo('/', 'hà', 'x'));
  });

  test('keeps the characters encodeURIComponent keeps', () => {
    const kept = "AZaz09-_.!~*'()";
    expect(encodeURIComponent(kept)).toBe(kept);
    expect(pathTo('/', kept)).toBe(`/${kept}/`);
  });
});

describe('fileTo', () => {
  test('leaves no trailing slash after a file name', () => {
    expect(fileTo('/base/', 'sources', '000_abc.txt')).toBe('/base/sources/000_abc.txt');
  });
});

describe('entryPath', () => {
  test('puts an official under /officials/', () => {
    expect(entryPath('/', 'officials', 'to-lam')).toBe('/officials/to-lam/');
  });
});

describe('sectionPath', () => {
  test('gives the index of a section under the base', () => {
    expect(sectionPath('/x/', 'themes')).toBe('/x/themes/');
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['https://example.org', '/x/meetings/a/', 'https://example.org/x/meetings/a/'],
    ['https://example.org/', '/meetings/a/', 'https://example.org/meetings/a/'],
  ])('resolves %s + %s', (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });
});

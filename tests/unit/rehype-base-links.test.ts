import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { prefixLinks, rehypeBaseLinks } from '../../src/markdown/rehype-base-links';

const page = (): Root => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'p', properties: {}, children: [
      { type: 'element', tagName: 'a', properties: { href: '/method/' }, children: [{ type: 'text', value: 'm' }] },
      { type: 'element', tagName: 'a', properties: { href: 'https://example.org/' }, children: [{ type: 'text', value: 'e' }] },
      { type: 'element', tagName: 'a', properties: { href: '//cdn.example.org/' }, children: [{ type: 'text', value: 'c' }] },
      { type: 'element', tagName: 'a', properties: { href: '#note' }, children: [{ type: 'text', value: 'n' }] },
    ] },
  ],
});

describe('rehypeBaseLinks', () => {
  test('prefixes root-relative links only', () => {
    const tree = page();
    rehypeBaseLinks({ base: '/rencontres/' })(tree);
    expect(toHtml(tree)).toBe('<p><a href="/rencontres/method/">m</a><a href="https://example.org/">e</a><a href="//cdn.example.org/">c</a><a href="#note">n</a></p>');
  });

  test('changes nothing at the site root', () => {
    const tree = page();
    rehypeBaseLinks({ base: '/' })(tree);
    expect(toHtml(tree)).toContain('href="/method/"');
  });
});

describe('prefixLinks', () => {
  test('does not prefix a link that already has the base', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '/r/method/' }, children: [] }] };
    prefixLinks(tree, '/r');
    expect(toHtml(tree)).toBe('<a href="/r/method/"></a>');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { linkEntities, rehypeLinkEntities, type LinkEntity } from '../../src/markdown/rehype-link-entities';
import { mdastToHast, paragraphsToMdast } from '../../src/markdown/article-tree';

const fixtures = new URL('../fixtures/link-entities/', import.meta.url);
const cases = readdirSync(fixtures).sort();

function treeOf(text: string[]): Root {
  return mdastToHast(paragraphsToMdast(text.map((t) => ({ text: t }))));
}

describe('linkEntities', () => {
  test.each(cases)('%s', (name) => {
    const input = JSON.parse(readFileSync(new URL(`${name}/input.json`, fixtures), 'utf8')) as { text: string[]; entities: LinkEntity[] };
    const expected = readFileSync(new URL(`${name}/expected.html`, fixtures), 'utf8').trim();
    expect(toHtml(linkEntities(treeOf(input.text), input.entities))).toBe(expected);
  });

  test('leaves text inside an existing link alone', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: 'Amazon' }] }] };
    expect(toHtml(linkEntities(tree, [{ href: '/o/', kind: 'organization', names: ['Amazon'] }]))).toBe('<a href="/x/">Amazon</a>');
  });

  test('changes nothing without entities', () => {
    expect(toHtml(linkEntities(treeOf(['Tô Lâm']), []))).toBe('<p>Tô Lâm</p>');
  });
});

describe('rehypeLinkEntities', () => {
  test('runs the same step as a rehype plugin', () => {
    const tree = treeOf(['Amazon Web Services']);
    rehypeLinkEntities({ entities: [{ href: '/o/aws/', kind: 'organization', names: ['Amazon Web Services'] }] })(tree);
    expect(toHtml(tree)).toBe('<p><a href="/o/aws/" class="entity-link entity-organization">Amazon Web Services</a></p>');
  });
});

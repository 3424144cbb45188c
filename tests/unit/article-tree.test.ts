import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { mdastToHast, paragraphsToMdast } from '../../src/markdown/article-tree';

describe('paragraphsToMdast', () => {
  test('makes one paragraph of one text node per input paragraph', () => {
    const tree = paragraphsToMdast([{ text: '# pas un titre' }, { text: '[x](javascript:y)' }]);
    expect(tree.children).toHaveLength(2);
    expect(tree.children.map((p) => (p.type === 'paragraph' ? p.children.map((c) => c.type) : []))).toEqual([['text'], ['text']]);
  });
});

describe('mdastToHast', () => {
  test('keeps classes and attributes and escapes markup', () => {
    const html = toHtml(mdastToHast(paragraphsToMdast([{ text: '<img src=x onerror=alert(1)>', classes: ['a', 'b'], attributes: { 'data-pagefind-ignore': '' } }])));
    expect(html).toBe('<p class="a b" data-pagefind-ignore="">&#x3C;img src=x onerror=alert(1)></p>');
  });
});

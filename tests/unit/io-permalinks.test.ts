import { describe, expect, test } from 'vitest';
import { formatPermalinks, parsePermalinks } from '../../src/io/permalinks';

describe('formatPermalinks', () => {
  test('writes pins sorted by source then numeric position, whatever the insertion order', () => {
    const text = formatPermalinks({ 'b#0': 'slug-b', 'a#10': 'slug-a-10', 'a#2': 'slug-a-2' });
    const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines).toEqual(['a#2: slug-a-2', 'a#10: slug-a-10', 'b#0: slug-b']);
    expect(formatPermalinks({ 'a#2': 'slug-a-2', 'b#0': 'slug-b', 'a#10': 'slug-a-10' })).toBe(text);
  });

  test('round-trips through parsePermalinks', () => {
    const pins = { '000_5d764ea162d0ebda#0': '2026-02-19-luong-tam-quang', '000_5d764ea162d0ebda#1': '2026-02-19-x' };
    expect(parsePermalinks(formatPermalinks(pins), 'p.yaml')).toEqual(pins);
    expect(parsePermalinks(formatPermalinks({}), 'p.yaml')).toEqual({});
  });
});

describe('parsePermalinks', () => {
  test.each([
    ['a key without position', 'abc: some-slug', /keys are "<source-id>#<position>"/],
    ['a slug with capitals', 'abc#0: Some-Slug', /expected a lowercase slug/],
  ])('rejects %s, naming the file', (_, text, message) => {
    expect(() => parsePermalinks(text, 'content/data/permalinks.yaml')).toThrow(message);
    expect(() => parsePermalinks(text, 'content/data/permalinks.yaml')).toThrow(/^content\/data\/permalinks\.yaml is not valid/);
  });
});

describe('formatPermalinks order', () => {
  test('orders pins by source id, then positions numerically', () => {
    const text = formatPermalinks({ 'x#10': 's-10', 'x#9': 's-9', 'w#11': 's-11', 'x_y#0': 's-0', 'x#2': 's-2' });
    expect(text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual(['w#11: s-11', 'x#2: s-2', 'x#9: s-9', 'x#10: s-10', 'x_y#0: s-0']);
  });
});

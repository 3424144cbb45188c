import { describe, expect, test } from 'vitest';
import { formatJsonArray } from '../../src/lib/json-array';

describe('formatJsonArray', () => {
  test('writes one element per line, in order, with a final newline', () => {
    expect(formatJsonArray([{ id: 'b', n: [1, 2] }, 'x', null])).toBe('[\n{"id":"b","n":[1,2]},\n"x",\nnull\n]\n');
    expect(formatJsonArray([])).toBe('[]\n');
  });

  test('parses back to the same data, line breaks and quotes inside strings included', () => {
    const elements = [
      { id: 'a', text: 'deux lignes\nl’une « citée », l\'autre "entre guillemets"', tags: [] },
      { id: 'b', nested: { date: '2024-05', list: [{ x: 1 }, { y: 'ễ' }] } },
      42,
      [['a', 'b'], []],
    ];
    const text = formatJsonArray(elements);
    expect(JSON.parse(text)).toEqual(elements);
    // One line per element, between the brackets.
    expect(text.split('\n')).toHaveLength(elements.length + 3);
  });
});

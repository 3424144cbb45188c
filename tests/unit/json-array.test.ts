import { describe, expect, test } from 'vitest';
import { encodeJsonArray, formatJsonArray } from '../../src/lib/json-array';

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

describe('encodeJsonArray', () => {
  const elements = [
    { id: 'a', text: 'l’une « citée », Hanoï, ễ, 😀', list: [1, 2] },
    'x',
    null,
    { id: 'b', text: 'é'.repeat(300) },
    ...Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, text: `réunion ${i}` })),
  ];

  /** The blocks `encodeJsonArray` hands its sink, copied (a block is reused once the sink returns). */
  const blocksOf = (items: readonly unknown[], blockBytes?: number): { copies: Buffer[]; views: Uint8Array[] } => {
    const copies: Buffer[] = [];
    const views: Uint8Array[] = [];
    encodeJsonArray(items, (bytes) => (copies.push(Buffer.from(bytes)), views.push(bytes)), blockBytes);
    return { copies, views };
  };

  test("gives formatJsonArray's text as UTF-8, in blocks of at most the size asked unless one element needs more", () => {
    for (const blockBytes of [16, 64, 1000, 1 << 20]) {
      const { copies } = blocksOf(elements, blockBytes);
      expect(Buffer.concat(copies).toString('utf8')).toBe(formatJsonArray(elements));
      const longest = Math.max(...elements.map((element) => JSON.stringify(element).length * 3));
      for (const block of copies) expect(block.length).toBeLessThanOrEqual(Math.max(blockBytes, longest));
      if (blockBytes < 1000) expect(copies.length).toBeGreaterThan(1);
    }
  });

  test('fills one block again once the sink has it, rather than a new one each time', () => {
    const { views } = blocksOf(elements.slice(4), 64);
    expect(views.length).toBeGreaterThan(2);
    expect(new Set(views.map((view) => view.buffer)).size).toBe(1);
  });

  test('writes an empty array as formatJsonArray does', () => {
    expect(Buffer.concat(blocksOf([]).copies).toString('utf8')).toBe('[]\n');
  });
});

import { describe, expect, test } from 'vitest';
import { encodeCollection } from '../../src/io/write-generated';

/** The text of a collection's blocks. */
const formatCollection = (entries: readonly object[]) => Buffer.concat(encodeCollection(entries)).toString('utf8');

describe('encodeCollection', () => {
  test('sorts by id, writes one entry per line and ends with a newline', () => {
    expect(formatCollection([{ id: 'b', n: 2 }, { id: 'a', n: 1 }])).toBe('[\n{"id":"a","n":1},\n{"id":"b","n":2}\n]\n');
  });

  test('sorts report entries by source and gives the same bytes for any input order', () => {
    const entries = [{ source: '002' }, { source: '000' }, { source: '001' }];
    const text = formatCollection(entries);
    expect(JSON.parse(text).map((e: { source: string }) => e.source)).toEqual(['000', '001', '002']);
    expect(formatCollection([...entries].reverse())).toBe(text);
  });
});

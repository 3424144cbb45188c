import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatJsonArray } from '../../src/lib/json-array';
import { writeCollection, writeJsonArrayFile } from '../../src/io/write-generated';
import { tempDirs } from '../helpers';

const tempDir = tempDirs();

/** The text of a collection as written to its file. */
function formatCollection(entries: readonly object[]): string {
  const file = path.join(tempDir('rencontres-write-generated-'), 'collection.json');
  writeCollection(file, entries);
  return readFileSync(file, 'utf8');
}

describe('writeJsonArrayFile', () => {
  test("writes formatJsonArray's text, over a file already there, however many blocks it takes", () => {
    const file = path.join(tempDir('rencontres-write-json-'), 'array.json');
    const elements = Array.from({ length: 30_000 }, (_, i) => ({ id: `r${i}`, text: `réunion ${i} à Hanoï, ễ` }));
    writeJsonArrayFile(file, [{ id: 'old', text: 'x'.repeat(5_000_000) }]);
    writeJsonArrayFile(file, elements);
    expect(readFileSync(file, 'utf8')).toBe(formatJsonArray(elements));
  });
});

describe('writeCollection', () => {
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

import { describe, expect, test } from 'vitest';
import { formatReportEntry, mergeReadReport } from '../../src/io/ingest-report';

const entry = (source: string, warnings: string[] = [], errors: string[] = []) => ({
  source,
  file: `content/sources/${source}.txt`,
  meetings: errors.length > 0 ? 0 : 1,
  warnings,
  errors,
});

describe('mergeReadReport', () => {
  test('puts decoding warnings first for their source and adds unreadable files, sorted by source', () => {
    const merged = mergeReadReport([entry('b', ['no place found']), entry('a')], { b: ['decoded as Windows-1252'] }, [entry('0-binary', [], ['binary content'])]);
    expect(merged.map((e) => [e.source, e.warnings, e.errors])).toEqual([
      ['0-binary', [], ['binary content']],
      ['a', [], []],
      ['b', ['decoded as Windows-1252', 'no place found'], []],
    ]);
  });
});

describe('formatReportEntry', () => {
  test.each([
    [entry('a'), 'ok   content/sources/a.txt: 1 meeting(s)'],
    [entry('b', ['w1']), 'warn content/sources/b.txt: 1 meeting(s)\n      warning: w1'],
    [entry('c', ['w1'], ['e1']), 'FAIL content/sources/c.txt: 0 meeting(s)\n      error: e1\n      warning: w1'],
  ])('formats %o', (input, line) => {
    expect(formatReportEntry(input)).toBe(line);
  });
});

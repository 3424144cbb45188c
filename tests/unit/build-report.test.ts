import { describe, expect, test } from 'vitest';
import { getOutcome, getReportView } from '../../src/lib/build-report';
import { SourceReportSchema } from '../../src/schemas/report';
import { fixtureArchive } from './_site-fixture';

const entry = (source: string, file: string, meetings: number, warnings: string[] = [], errors: string[] = []) =>
  SourceReportSchema.parse({ source, file, meetings, warnings, errors });

describe('getOutcome', () => {
  test.each([
    [entry('a', 'a.txt', 1), 'ok'],
    [entry('a', 'a.txt', 0, ['no meeting found']), 'warn'],
    [entry('a', 'a.txt', 0, ['w'], ['line 1: e']), 'fail'],
  ])('classifies %j as %s', (report, outcome) => {
    expect(getOutcome(report)).toBe(outcome);
  });
});

describe('getReportView', () => {
  const report = [
    entry('s2', 'content/sources/s2.txt', 2),
    entry('empty', 'content/sources/empty.txt', 0, [], ['line 1: the file is empty']),
    entry('notes.md', 'content/sources/notes.md', 0, ['not a .txt file']),
    entry('a b', 'content/sources/a b.txt', 0, [], ['same source id']),
    entry('a-b', 'content/sources/a-b.txt', 0, [], ['same source id']),
  ];

  test('lists failures first, then warnings, then the rest, each by file', () => {
    const view = getReportView(report, fixtureArchive(), '/');
    expect(view.rows.map((row) => [row.outcome, row.entry.file])).toEqual([
      ['fail', 'content/sources/a b.txt'],
      ['fail', 'content/sources/a-b.txt'],
      ['fail', 'content/sources/empty.txt'],
      ['warn', 'content/sources/notes.md'],
      ['ok', 'content/sources/s2.txt'],
    ]);
    expect(view.totals).toEqual({ sources: 5, meetings: 2, ok: 1, warn: 1, fail: 3 });
  });

  test('links a published source to its text and its meetings in text order, under the base path', () => {
    const row = getReportView(report, fixtureArchive(), '/archive/').rows.find((candidate) => candidate.entry.source === 's2')!;
    expect(row.sourceHref).toBe('/archive/sources/s2.txt');
    expect(row.meetings.map((meeting) => meeting.href)).toEqual(['/archive/meetings/2025-05-to-lam-sergei-kudryashov/', '/archive/meetings/2025-05-to-lam-kerry-person/']);
  });

  test('gives unique, plain anchors even to look-alike file names, and no source link to an unpublished file', () => {
    const rows = getReportView(report, fixtureArchive(), '/').rows;
    expect(rows.map((row) => row.anchor)).toEqual(['source-a-b', 'source-a-b-2', 'source-empty', 'source-notes-md', 'source-s2']);
    expect(rows.find((row) => row.entry.source === 'empty')!.sourceHref).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { formatBytes, formatStageTable, parseTimeLine, TIME_FORMAT } from '../../../src/bench/measure';

describe('parseTimeLine', () => {
  test('reads seconds and KiB from the last marker line, after the command output', () => {
    expect(TIME_FORMAT).toBe('@@bench %e %M %U %S');
    expect(parseTimeLine('warning: something\n@@bench 12.34 2048 20.5 1.5\n')).toEqual({ seconds: 12.34, peakRss: 2048 * 1024, cpuSeconds: 22 });
  });
  test.each([[''], ['Command exited with non-zero status 1\n'], ['@@bench x y 1 1\n'], ['@@bench 1 2\n']])('gives undefined without a usable marker line (%j)', (stderr) => {
    expect(parseTimeLine(stderr)).toBeUndefined();
  });
});

describe('formatBytes', () => {
  test.each([
    [512, '512 B'],
    [1536, '1.5 KiB'],
    [3 * 1024 * 1024, '3.0 MiB'],
    [2.5 * 1024 ** 3, '2.5 GiB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatStageTable', () => {
  test('adds a total row: seconds and CPU seconds summed, the highest peak, pages per second', () => {
    const table = formatStageTable(
      [
        { name: 'ingest', seconds: 2, peakRss: 1024 * 1024, cpuSeconds: 3 },
        { name: 'astro build', seconds: 8, peakRss: 4 * 1024 * 1024, cpuSeconds: 7.5 },
      ],
      100,
    );
    expect(table.split('\n')).toEqual([
      '| stage | wall s | CPU s | peak RSS | pages/s |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| ingest | 2.0 | 3.0 | 1.0 MiB | 50 |',
      '| astro build | 8.0 | 7.5 | 4.0 MiB | 13 |',
      '| total | 10.0 | 10.5 | 4.0 MiB | 10 |',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { formatBytes, formatStageTable, parseProcStat, parseTimeLine, sumTreeRss, TIME_FORMAT } from '../../../src/bench/measure';

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
    [2.5 * 1024 ** 3, '2.50 GiB'],
    [2 * 1024 ** 3 - 60 * 1024 ** 2, '1.94 GiB'],
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

  test('shows the peak of all processes added up when every stage has it', () => {
    const table = formatStageTable(
      [
        { name: 'ingest', seconds: 2, peakRss: 1024 * 1024, peakTreeRss: 3 * 1024 * 1024, cpuSeconds: 3 },
        { name: 'astro build', seconds: 8, peakRss: 4 * 1024 * 1024, peakTreeRss: 5 * 1024 * 1024, cpuSeconds: 7.5 },
      ],
      100,
    );
    expect(table.split('\n')).toEqual([
      '| stage | wall s | CPU s | peak RSS, largest process | peak RSS, all processes | pages/s |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| ingest | 2.0 | 3.0 | 1.0 MiB | 3.0 MiB | 50 |',
      '| astro build | 8.0 | 7.5 | 4.0 MiB | 5.0 MiB | 13 |',
      '| total | 10.0 | 10.5 | 4.0 MiB | 5.0 MiB | 10 |',
    ]);
  });
});

describe('parseProcStat', () => {
  test('reads pid, parent pid and resident pages, whatever the command name holds', () => {
    // Fields 5 to 23 of proc(5), between the parent pid and the resident pages.
    const rest = '0 0 0 -1 4194560 120 0 0 0 3 1 0 0 20 0 1 0 123 10000000';
    expect(parseProcStat(`4242 (node) S 4200 ${rest} 777 18446744073709551615 1 1 0 0`)).toEqual({ pid: 4242, ppid: 4200, rssPages: 777 });
    expect(parseProcStat(`17 (a b) (c)) R 1 ${rest} 5 0`)).toEqual({ pid: 17, ppid: 1, rssPages: 5 });
  });
  test.each([[''], ['garbage'], ['12 (x) S']])('gives undefined for %j', (line) => {
    expect(parseProcStat(line)).toBeUndefined();
  });
});

describe('sumTreeRss', () => {
  const processes = [
    { pid: 1, ppid: 0, rssPages: 1000 },
    { pid: 10, ppid: 1, rssPages: 5 },
    { pid: 11, ppid: 10, rssPages: 300 },
    { pid: 12, ppid: 10, rssPages: 200 },
    { pid: 13, ppid: 12, rssPages: 7 },
    { pid: 20, ppid: 1, rssPages: 50 },
  ];
  test('adds up a process and every descendant, and nothing else', () => {
    expect(sumTreeRss(processes, 10)).toBe(5 + 300 + 200 + 7);
    expect(sumTreeRss(processes, 12)).toBe(207);
    expect(sumTreeRss(processes, 20)).toBe(50);
  });
  test('counts the descendants of a root that has already ended', () => {
    expect(sumTreeRss(processes.slice(2), 10)).toBe(507);
    expect(sumTreeRss(processes, 99)).toBe(0);
  });
});

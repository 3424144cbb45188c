/**
 * Pure helpers of `npm run bench`: reading GNU time's output and /proc, summing sizes, formatting the figures table.
 */

/** What one benchmarked stage cost. */
export interface StageFigures {
  name: string;
  /** Wall-clock seconds. */
  seconds: number;
  /**
   * Peak resident set size of the stage's largest process, in bytes (GNU time: `ru_maxrss` of the children is the
   * largest one's, not their sum).
   */
  peakRss: number;
  /**
   * Peak of the resident set sizes of all the stage's processes added up, in bytes, as sampled from /proc (see
   * `sumTreeRss`); undefined when not sampled. Higher than `peakRss` when two processes hold memory at once.
   */
  peakTreeRss?: number | undefined;
  /** User plus system CPU seconds of the process tree: less sensitive than wall time to other load on the machine. */
  cpuSeconds: number;
}

/** Marker printed by `/usr/bin/time -f` so the figures can be told apart from the command's own output. */
export const TIME_MARKER = '@@bench';
/** The `/usr/bin/time -f` format whose line `parseTimeLine` reads: elapsed seconds, max RSS in KiB, user and system CPU seconds. */
export const TIME_FORMAT = `${TIME_MARKER} %e %M %U %S`;

/** Reads the `@@bench <seconds> <maxrss KiB> <user s> <sys s>` line GNU time appends to stderr; undefined when absent. */
export function parseTimeLine(stderr: string): { seconds: number; peakRss: number; cpuSeconds: number } | undefined {
  const lines = stderr.split('\n').filter((line) => line.startsWith(`${TIME_MARKER} `));
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  const [s, k, user, system] = last.split(' ').slice(1).map(Number);
  if (![s, k, user, system].every((value) => value !== undefined && Number.isFinite(value))) return undefined;
  return { seconds: s!, peakRss: k! * 1024, cpuSeconds: user! + system! };
}

/** One process as /proc/<pid>/stat describes it. */
export interface ProcessMemory {
  pid: number;
  ppid: number;
  /** Resident set size, in pages. */
  rssPages: number;
}

/**
 * Reads the pid, parent pid and resident pages from a /proc/<pid>/stat line (proc(5)); undefined when it is not one.
 * The command name, in parentheses, may itself hold spaces and parentheses: the fields are counted from the last `)`.
 */
export function parseProcStat(line: string): ProcessMemory | undefined {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  // After the name: state, ppid, then 19 more fields before rss (fields 3, 4 and 24 of proc(5)).
  const fields = line.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(rssPages)) return undefined;
  return { pid, ppid, rssPages };
}

/** The resident pages of a process and all its descendants, added up. */
export function sumTreeRss(processes: ProcessMemory[], root: number): number {
  const children = new Map<number, ProcessMemory[]>();
  for (const entry of processes) {
    const siblings = children.get(entry.ppid);
    if (siblings) siblings.push(entry);
    else children.set(entry.ppid, [entry]);
  }
  let pages = processes.find((entry) => entry.pid === root)?.rssPages ?? 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    for (const child of children.get(pid) ?? []) {
      pages += child.rssPages;
      pending.push(child.pid);
    }
  }
  return pages;
}

/** `1536` → `"1.5 KiB"`; binary units, one decimal, two for GiB (memory targets are set in GiB). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(unit === 3 ? 2 : 1)} ${units[unit]}`;
}

/**
 * A Markdown table of the stages plus a total row (sum of seconds, highest peaks), with pages per second; the peak of
 * all processes added up is shown when it was sampled.
 */
export function formatStageTable(stages: StageFigures[], pages: number): string {
  const sampled = stages.every((stage) => stage.peakTreeRss !== undefined);
  const total: StageFigures = {
    name: 'total',
    seconds: stages.reduce((sum, stage) => sum + stage.seconds, 0),
    peakRss: Math.max(0, ...stages.map((stage) => stage.peakRss)),
    peakTreeRss: sampled ? Math.max(0, ...stages.map((stage) => stage.peakTreeRss ?? 0)) : undefined,
    cpuSeconds: stages.reduce((sum, stage) => sum + stage.cpuSeconds, 0),
  };
  const rows = [...stages, total].map(
    (stage) =>
      `| ${stage.name} | ${stage.seconds.toFixed(1)} | ${stage.cpuSeconds.toFixed(1)} | ${formatBytes(stage.peakRss)}${sampled ? ` | ${formatBytes(stage.peakTreeRss ?? 0)}` : ''} | ${stage.seconds > 0 ? Math.round(pages / stage.seconds) : '-'} |`,
  );
  const header = sampled
    ? ['| stage | wall s | CPU s | peak RSS, largest process | peak RSS, all processes | pages/s |', '| --- | ---: | ---: | ---: | ---: | ---: |']
    : ['| stage | wall s | CPU s | peak RSS | pages/s |', '| --- | ---: | ---: | ---: | ---: |'];
  return [...header, ...rows].join('\n');
}

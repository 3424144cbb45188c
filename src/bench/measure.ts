/**
 * Pure helpers of `npm run bench`: reading GNU time's output, summing sizes, formatting the figures table.
 */

/** What one benchmarked stage cost. */
export interface StageFigures {
  name: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident set size of the stage's process tree, in bytes. */
  peakRss: number;
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

/** `1536` → `"1.5 KiB"`; binary units, one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** A Markdown table of the stages plus a total row (sum of seconds, highest peak RSS), with pages per second. */
export function formatStageTable(stages: StageFigures[], pages: number): string {
  const total: StageFigures = {
    name: 'total',
    seconds: stages.reduce((sum, stage) => sum + stage.seconds, 0),
    peakRss: Math.max(0, ...stages.map((stage) => stage.peakRss)),
    cpuSeconds: stages.reduce((sum, stage) => sum + stage.cpuSeconds, 0),
  };
  const rows = [...stages, total].map(
    (stage) => `| ${stage.name} | ${stage.seconds.toFixed(1)} | ${stage.cpuSeconds.toFixed(1)} | ${formatBytes(stage.peakRss)} | ${stage.seconds > 0 ? Math.round(pages / stage.seconds) : '-'} |`,
  );
  return ['| stage | wall s | CPU s | peak RSS | pages/s |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

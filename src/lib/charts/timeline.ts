import { scaleUtc } from 'd3-scale';
import { round } from './round';

/** One meeting on a timeline. */
export interface TimelineInput {
  id: string;
  /** `YYYY-MM-DD` or `YYYY-MM` (placed on the 1st). */
  date: string;
  title: string;
  href: string;
}

/** A placed meeting dot. */
export interface TimelineDot extends TimelineInput {
  x: number;
  y: number;
}

/** What the timeline draws. */
export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  dots: TimelineDot[];
  ticks: { year: string; x: number }[];
}

function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  return new Date(Date.UTC(year, month - 1, day ?? 1));
}

/**
 * Places meetings (oldest first) on a time axis spanning whole years; meetings in the same month stack upwards.
 * Ticks mark January 1st of each year (every n-th past a dozen).
 */
export function layoutTimeline(meetings: TimelineInput[], options: { width?: number } = {}): TimelineLayout {
  const { width = 640 } = options;
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const firstYear = Number((sorted[0]?.date ?? '2000').slice(0, 4));
  const lastYear = Number((sorted.at(-1)?.date ?? '2000').slice(0, 4));
  const x = scaleUtc().domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))]).range([16, width - 16]);
  const stacks = new Map<string, number>();
  const rows = sorted.map((meeting) => {
    const month = meeting.date.slice(0, 7);
    const level = stacks.get(month) ?? 0;
    stacks.set(month, level + 1);
    return level;
  });
  const tallest = Math.max(1, ...stacks.values());
  const axisY = 14 + tallest * 14;
  const dots = sorted.map((meeting, index) => ({
    ...meeting,
    x: round(x(toUtc(meeting.date))),
    y: axisY - 8 - (rows[index] ?? 0) * 14,
  }));
  const years: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) years.push(String(year));
  const step = Math.ceil(years.length / 12);
  const ticks = years.filter((_, index) => index % step === 0).map((year) => ({ year, x: round(x(new Date(Date.UTC(Number(year), 0, 1)))) }));
  return { width, height: axisY + 20, axisY, dots, ticks };
}

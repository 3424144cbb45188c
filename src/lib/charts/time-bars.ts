import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { round } from './round';

/** Meetings in one month. */
export interface MonthCount {
  /** `YYYY-MM` */
  key: string;
  count: number;
}

/**
 * Counts dates per month over a range of months, months without a date included as zero.
 * The range defaults to the first and last month of the dates.
 * @example countByMonth(['2025-01-03', '2025-03']) // [{key:'2025-01',count:1},{key:'2025-02',count:0},{key:'2025-03',count:1}]
 */
export function countByMonth(dates: string[], range?: { first: string; last: string }): MonthCount[] {
  const keys = dates.map((date) => date.slice(0, 7)).sort();
  const first = range?.first.slice(0, 7) ?? keys[0];
  const last = range?.last.slice(0, 7) ?? keys.at(-1);
  if (!first || !last || first > last) return [];
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const months: MonthCount[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push({ key, count: counts.get(key) ?? 0 });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The `count` months with the most meetings, most first (ties: earlier month first); empty months never. */
export function getBusiestMonths(months: MonthCount[], count: number): MonthCount[] {
  return months
    .filter((month) => month.count > 0)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, count);
}

/** One drawn bar: a month with at least one meeting. */
export interface TimeBar {
  key: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** True for the busiest months, which are labelled with their count (none when every month drawn would be). */
  peak: boolean;
}

/** A tick of the year axis, at January of that year. */
export interface YearTick {
  year: string;
  x: number;
}

/** What the month bar chart draws, in a `width` × `height` view box. */
export interface TimeBarsLayout {
  width: number;
  height: number;
  /** Baseline of the bars. */
  baseline: number;
  bars: TimeBar[];
  ticks: YearTick[];
  /** The busiest months, most meetings first (ties: earlier month first). */
  peaks: MonthCount[];
  maxCount: number;
}

/** Options of {@link layoutTimeBars}. */
export interface TimeBarsOptions {
  width?: number;
  height?: number;
  /** How many of the busiest months to mark. */
  peaks?: number;
}

/** Lays out one bar per month (zero months leave a gap) with a year axis and the busiest months marked. */
export function layoutTimeBars(months: MonthCount[], options: TimeBarsOptions = {}): TimeBarsLayout {
  const { width = 640, height = 150, peaks: peakCount = 3 } = options;
  const margin = { top: 16, right: 8, bottom: 20, left: 8 };
  const baseline = height - margin.bottom;
  const x = scaleBand<string>().domain(months.map((month) => month.key)).range([margin.left, width - margin.right]).paddingInner(months.length > 60 ? 0.1 : 0.2);
  const maxCount = max(months, (month) => month.count) ?? 0;
  const y = scaleLinear().domain([0, Math.max(1, maxCount)]).range([baseline, margin.top]);
  const peaks = getBusiestMonths(months, peakCount);
  // When every drawn month would be a peak, none stands out: mark none.
  const drawn = months.filter((month) => month.count > 0).length;
  const peakKeys = new Set(drawn > peakCount ? peaks.map((month) => month.key) : []);
  const bars = months
    .filter((month) => month.count > 0)
    .map((month) => ({
      key: month.key,
      count: month.count,
      x: round(x(month.key) ?? 0),
      y: round(y(month.count)),
      width: round(Math.max(1, x.bandwidth())),
      height: round(baseline - y(month.count)),
      peak: peakKeys.has(month.key),
    }));
  const years = [...new Set(months.map((month) => month.key.slice(0, 4)))];
  // Past a dozen years, every year labelled would overlap: label every n-th.
  const step = Math.ceil(years.length / 12);
  const ticks = years
    .filter((_, index) => index % step === 0)
    .map((year) => {
      const firstKey = months.find((month) => month.key.startsWith(year))?.key ?? `${year}-01`;
      return { year, x: round(x(firstKey) ?? margin.left) };
    });
  return { width, height, baseline, bars, ticks, peaks, maxCount };
}

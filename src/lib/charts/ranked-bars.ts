import { scaleBand, scaleLinear } from 'd3-scale';
import { round, truncate } from './round';

/** Something counted, with where it links. */
export interface RankedItem {
  id: string;
  label: string;
  count: number;
  href: string;
}

/** One horizontal bar with its label. */
export interface RankedBar extends RankedItem {
  /** The label as drawn (long names are shortened; the full name is in the bar's title and the table). */
  shortLabel: string;
  y: number;
  width: number;
  height: number;
}

/** What the ranked bar chart draws. */
export interface RankedBarsLayout {
  width: number;
  height: number;
  /** Where bars start (labels sit left of it). */
  barX: number;
  bars: RankedBar[];
}

/** How many items a ranked bar chart shows by default. */
export const RANKED_BARS_SHOWN = 8;

/** Lays out the first `limit` items (already ranked) as horizontal bars, longest for the highest count. */
export function layoutRankedBars(items: RankedItem[], options: { width?: number; limit?: number } = {}): RankedBarsLayout {
  const { width = 640, limit = RANKED_BARS_SHOWN } = options;
  const shown = items.slice(0, limit);
  const rowHeight = 22;
  const height = shown.length * rowHeight + 4;
  const barX = 230;
  const y = scaleBand<string>().domain(shown.map((item) => item.id)).range([2, height - 2]).paddingInner(0.25);
  const top = Math.max(1, ...shown.map((item) => item.count));
  // Room is left right of the longest bar for its count.
  const x = scaleLinear().domain([0, top]).range([0, width - barX - 40]);
  return {
    width,
    height,
    barX,
    bars: shown.map((item) => ({
      ...item,
      shortLabel: truncate(item.label, 34),
      y: round(y(item.id) ?? 0),
      width: round(Math.max(2, x(item.count))),
      height: round(y.bandwidth()),
    })),
  };
}

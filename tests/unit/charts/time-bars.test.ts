import { describe, expect, test } from 'vitest';
import { countByMonth, getBusiestMonths, layoutTimeBars } from '../../../src/lib/charts/time-bars';

describe('countByMonth', () => {
  test('fills months without meetings with zero and counts month-precision dates', () => {
    expect(countByMonth(['2025-03', '2025-01-03', '2025-03-30'])).toEqual([
      { key: '2025-01', count: 1 },
      { key: '2025-02', count: 0 },
      { key: '2025-03', count: 2 },
    ]);
  });

  test('crosses year ends and extends to a given range', () => {
    const months = countByMonth(['2024-12-31'], { first: '2024-11', last: '2025-02-10' });
    expect(months.map((month) => month.key)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(months.map((month) => month.count)).toEqual([0, 1, 0, 0]);
  });

  test('returns nothing for no dates', () => {
    expect(countByMonth([])).toEqual([]);
  });
});

describe('getBusiestMonths', () => {
  test('ranks by count, ties to the earlier month, never an empty month', () => {
    const months = [{ key: '2025-01', count: 2 }, { key: '2025-02', count: 0 }, { key: '2025-03', count: 5 }, { key: '2025-04', count: 2 }];
    expect(getBusiestMonths(months, 3).map((month) => month.key)).toEqual(['2025-03', '2025-01', '2025-04']);
    expect(getBusiestMonths([{ key: '2025-02', count: 0 }], 3)).toEqual([]);
  });
});

describe('layoutTimeBars', () => {
  const months = countByMonth(['2024-11-02', '2024-11-20', '2025-01-05', '2025-03', '2025-03', '2025-03-09']);
  const layout = layoutTimeBars(months, { width: 600, height: 150, peaks: 1 });

  test('draws one bar per month with meetings, in month order, inside the view box', () => {
    expect(layout.bars.map((bar) => [bar.key, bar.count])).toEqual([['2024-11', 2], ['2025-01', 1], ['2025-03', 3]]);
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(600);
      expect(bar.y + bar.height).toBeCloseTo(layout.baseline, 0);
    }
    const xs = layout.bars.map((bar) => bar.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  test('bar heights are proportional to counts', () => {
    const [november, january, march] = layout.bars;
    expect(march!.height).toBeCloseTo(3 * january!.height, 0);
    expect(november!.height).toBeCloseTo(2 * january!.height, 0);
  });

  test('marks the busiest month and puts a year tick at each year start', () => {
    expect(layout.bars.filter((bar) => bar.peak).map((bar) => bar.key)).toEqual(['2025-03']);
    expect(layout.ticks.map((tick) => tick.year)).toEqual(['2024', '2025']);
    expect(layout.ticks[1]!.x).toBeLessThan(layout.bars[1]!.x + 0.01);
  });

  test('marks no month when every drawn month would be one of the busiest', () => {
    const few = layoutTimeBars(countByMonth(['2025-01-02', '2025-03-04']), { peaks: 3 });
    expect(few.bars.some((bar) => bar.peak)).toBe(false);
    expect(few.peaks.map((month) => month.key)).toEqual(['2025-01', '2025-03']);
  });

  test('labels at most a dozen years on a long archive', () => {
    const long = countByMonth(['2000-01-01', '2029-12-01']);
    expect(long).toHaveLength(360);
    expect(layoutTimeBars(long).ticks.length).toBeLessThanOrEqual(12);
  });
});

import { describe, expect, test } from 'vitest';
import { layoutRankedBars } from '../../../src/lib/charts/ranked-bars';

describe('layoutRankedBars', () => {
  const items = [
    { id: 'a', label: 'A very long name of an official that will not fit the label column', count: 4, href: '/officials/a/' },
    { id: 'b', label: 'B', count: 2, href: '/officials/b/' },
    { id: 'c', label: 'C', count: 1, href: '/officials/c/' },
  ];

  test('keeps the given order and limit, bars proportional to counts', () => {
    const layout = layoutRankedBars(items, { limit: 2, width: 640 });
    expect(layout.bars.map((bar) => bar.id)).toEqual(['a', 'b']);
    expect(layout.bars[0]!.width).toBeCloseTo(2 * layout.bars[1]!.width, 0);
    expect(layout.bars[1]!.y).toBeGreaterThan(layout.bars[0]!.y);
    expect(layout.barX + layout.bars[0]!.width).toBeLessThan(640);
  });

  test('shortens long labels but keeps the full one', () => {
    const [bar] = layoutRankedBars(items).bars;
    expect(bar!.shortLabel.length).toBeLessThanOrEqual(34);
    expect(bar!.shortLabel.endsWith('…')).toBe(true);
    expect(bar!.label).toBe(items[0]!.label);
  });

  test('draws nothing for no items', () => {
    expect(layoutRankedBars([]).bars).toEqual([]);
  });
});

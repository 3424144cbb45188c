import { describe, expect, test } from 'vitest';
import { layoutTimeline } from '../../../src/lib/charts/timeline';

describe('layoutTimeline', () => {
  const meetings = [
    { id: 'c', date: '2025-05-20', title: 'C', href: '/meetings/c/' },
    { id: 'a', date: '2024-01-10', title: 'A', href: '/meetings/a/' },
    { id: 'b', date: '2025-05', title: 'B', href: '/meetings/b/' },
  ];
  const layout = layoutTimeline(meetings, { width: 640 });

  test('places meetings oldest first from left to right', () => {
    expect(layout.dots.map((dot) => dot.id)).toEqual(['a', 'b', 'c']);
    expect(layout.dots[0]!.x).toBeLessThan(layout.dots[1]!.x);
    expect(layout.dots[1]!.x).toBeLessThan(layout.dots[2]!.x);
  });

  test('stacks meetings of the same month', () => {
    const [, may1, may2] = layout.dots;
    expect(may1!.y).not.toBe(may2!.y);
    expect(layout.dots[0]!.y).toBe(may1!.y);
  });

  test('ticks each year of the span at its start, inside the view box', () => {
    expect(layout.ticks.map((tick) => tick.year)).toEqual(['2024', '2025']);
    expect(layout.ticks[0]!.x).toBeLessThanOrEqual(layout.dots[0]!.x);
    for (const dot of layout.dots) expect(dot.x).toBeLessThan(640);
  });
});

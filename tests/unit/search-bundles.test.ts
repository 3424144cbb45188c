import { describe, expect, it } from 'vitest';
import { bundleOfDate, planSearchBundles } from '../../src/lib/search-bundles';

/** `count` meetings dated in `month`. */
const month = (key: string, count: number) => Array.from({ length: count }, (_, index) => ({ date: `${key}-${String((index % 28) + 1).padStart(2, '0')}` }));

describe('planSearchBundles', () => {
  it('makes one bundle per year, newest first, covering the whole year', () => {
    expect(planSearchBundles([...month('2025-05', 3), { date: '2026-02' }, ...month('2026-02', 2)])).toEqual([
      { path: 'pagefind/2026/', from: '2026-01', to: '2026-12', pages: 3 },
      { path: 'pagefind/2025/', from: '2025-01', to: '2025-12', pages: 3 },
    ]);
  });

  it('splits a year over the page budget into runs of whole months, oldest first', () => {
    const meetings = [...month('2024-01', 4), ...month('2024-02', 3), ...month('2024-03', 2), ...month('2024-04', 5)];
    const bundles = planSearchBundles(meetings, 7);
    // January (4) and February (3) fill the first run exactly; March (2) and April (5) the second.
    expect(bundles.map((bundle) => [bundle.path, bundle.from, bundle.to, bundle.pages])).toEqual([
      ['pagefind/2024-03--2024-04/', '2024-03', '2024-04', 7],
      ['pagefind/2024-01--2024-02/', '2024-01', '2024-02', 7],
    ]);
    expect(bundles.reduce((sum, bundle) => sum + bundle.pages, 0)).toBe(meetings.length);
  });

  it('gives a month larger than the budget a bundle of its own', () => {
    const bundles = planSearchBundles([...month('2024-01', 2), ...month('2024-02', 9)], 5);
    expect(bundles.map((bundle) => bundle.path)).toEqual(['pagefind/2024-02/', 'pagefind/2024-01/']);
  });

  it('changes no other bundle when meetings are added to one year, or to the last months of a split year', () => {
    const archive = [...month('2023-06', 4), ...month('2024-01', 4), ...month('2024-02', 3), ...month('2024-03', 2), ...month('2025-01', 1)];
    const before = planSearchBundles(archive, 7);
    const unchanged = (after: ReturnType<typeof planSearchBundles>, changed: string[]) =>
      expect(after.filter((bundle) => !changed.includes(bundle.path))).toEqual(before.filter((bundle) => !changed.includes(bundle.path)));
    unchanged(planSearchBundles([...archive, ...month('2025-03', 6)], 7), ['pagefind/2025/']);
    unchanged(planSearchBundles([...archive, ...month('2023-01', 2)], 7), ['pagefind/2023/']);
    const grown = planSearchBundles([...archive, ...month('2024-03', 4)], 7);
    unchanged(grown, ['pagefind/2024-03/']);
    expect(grown.find((bundle) => bundle.path === 'pagefind/2024-03/')?.pages).toBe(6);
  });

  it('plans no bundle for an empty archive', () => {
    expect(planSearchBundles([])).toEqual([]);
  });
});

describe('bundleOfDate', () => {
  const bundles = planSearchBundles([...month('2023-11', 1), ...month('2024-01', 4), ...month('2024-02', 3), ...month('2024-03', 2), ...month('2024-04', 5)], 7);

  it('finds the bundle covering a day or a month', () => {
    expect(bundleOfDate(bundles, '2024-02-14')?.path).toBe('pagefind/2024-01--2024-02/');
    expect(bundleOfDate(bundles, '2024-03')?.path).toBe('pagefind/2024-03--2024-04/');
    expect(bundleOfDate(bundles, '2023-05-02')?.path).toBe('pagefind/2023/');
  });

  it('finds none outside the archive', () => {
    expect(bundleOfDate(bundles, '2022-12-31')).toBeUndefined();
  });
});

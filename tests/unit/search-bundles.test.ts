import { describe, expect, it } from 'vitest';
import { bundleOfDate, planSearchBundles } from '../../src/lib/search-bundles';

/** `count` meetings dated in `month`. */
const month = (key: string, count: number) => Array.from({ length: count }, (_, index) => ({ date: `${key}-${String((index % 28) + 1).padStart(2, '0')}` }));

describe('planSearchBundles', () => {
  it('puts a small archive in one bundle named by its months', () => {
    expect(planSearchBundles([...month('2025-05', 3), { date: '2026-02' }, ...month('2026-02', 2)])).toEqual([
      { path: 'pagefind/2025-05--2026-02/', from: '2025-05', to: '2026-02', pages: 6 },
    ]);
  });

  it('fills bundles from the newest month, whole months only, each within the page budget', () => {
    const meetings = [...month('2024-01', 4), ...month('2024-02', 3), ...month('2024-03', 2), ...month('2024-04', 5)];
    const bundles = planSearchBundles(meetings, 7);
    // April (5) and March (2) fill the first bundle exactly; February (3) and January (4) the second.
    expect(bundles.map((bundle) => [bundle.from, bundle.to, bundle.pages])).toEqual([
      ['2024-03', '2024-04', 7],
      ['2024-01', '2024-02', 7],
    ]);
    expect(bundles.reduce((sum, bundle) => sum + bundle.pages, 0)).toBe(meetings.length);
  });

  it('gives a month larger than the budget a bundle of its own', () => {
    const bundles = planSearchBundles([...month('2024-01', 2), ...month('2024-02', 9)], 5);
    expect(bundles.map((bundle) => bundle.path)).toEqual(['pagefind/2024-02/', 'pagefind/2024-01/']);
  });

  it('plans no bundle for an empty archive', () => {
    expect(planSearchBundles([])).toEqual([]);
  });
});

describe('bundleOfDate', () => {
  const bundles = planSearchBundles([...month('2024-01', 4), ...month('2024-02', 3), ...month('2024-03', 2), ...month('2024-04', 5)], 7);

  it('finds the bundle covering a day or a month', () => {
    expect(bundleOfDate(bundles, '2024-02-14')?.path).toBe('pagefind/2024-01--2024-02/');
    expect(bundleOfDate(bundles, '2024-03')?.path).toBe('pagefind/2024-03--2024-04/');
  });

  it('finds none outside the archive', () => {
    expect(bundleOfDate(bundles, '2023-12-31')).toBeUndefined();
  });
});

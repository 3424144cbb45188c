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

  it('fills bundles from the oldest month, whole months only, each within the page budget, newest listed first', () => {
    const meetings = [...month('2024-01', 6), ...month('2024-02', 3), ...month('2024-03', 3), ...month('2024-04', 3)];
    const bundles = planSearchBundles(meetings, 10);
    // January (6) and February (3) fill the first bundle; March takes a second, which April joins. (Filled from the
    // newest month, February, March and April would have made one bundle and January another.)
    expect(bundles.map((bundle) => [bundle.from, bundle.to, bundle.pages])).toEqual([
      ['2024-03', '2024-04', 6],
      ['2024-01', '2024-02', 9],
    ]);
    expect(bundles.reduce((sum, bundle) => sum + bundle.pages, 0)).toBe(meetings.length);
  });

  it('lets the newest bundle take in the one before it while it holds fewer than half the budget', () => {
    const bundles = planSearchBundles([...month('2024-01', 4), ...month('2024-02', 3), ...month('2024-03', 3)], 7);
    expect(bundles.map((bundle) => [bundle.path, bundle.pages])).toEqual([['pagefind/2024-01--2024-03/', 10]]);
    // Half the budget or more: a bundle of its own.
    expect(planSearchBundles([...month('2024-01', 4), ...month('2024-02', 4), ...month('2024-03', 4)], 8).map((bundle) => bundle.pages)).toEqual([4, 8]);
  });

  it('keeps every bundle but the newest as it was when meetings come in recent or new months', () => {
    let meetings: { date: string }[] = [];
    let before = planSearchBundles(meetings, 50);
    for (let index = 0; index < 120; index += 1) {
      // Months of 5 to 29 meetings, each added month by month, in three steps.
      const key = `20${String(10 + Math.floor(index / 12)).padStart(2, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
      const count = 5 + ((index * 7) % 25);
      for (const part of [Math.floor(count / 3), Math.floor(count / 3), count - 2 * Math.floor(count / 3)]) {
        meetings = [...meetings, ...month(key, part)];
        const after = planSearchBundles(meetings, 50);
        const kept = new Set(after.map((bundle) => JSON.stringify(bundle)));
        for (const bundle of before.slice(1)) expect(kept.has(JSON.stringify(bundle))).toBe(true);
        expect(after[0]!.pages >= 25 || after.length === 1).toBe(true);
        before = after;
      }
    }
    expect(before.length).toBeGreaterThan(10);
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

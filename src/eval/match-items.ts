/** A comparison of two items; matchers are tried from the strictest to the loosest. */
export type ItemMatcher<T> = (a: T, b: T) => boolean;

/** The outcome of a one-to-one matching of a gold list with a predicted list. */
export interface ItemMatching {
  /** Pairs of [gold index, predicted index]. */
  pairs: [number, number][];
  /** Gold indices left unmatched (false negatives). */
  missed: number[];
  /** Predicted indices left unmatched (false positives). */
  extra: number[];
}

/**
 * Matches items one to one: a first pass with the strictest matcher, then looser ones, each pass greedy in list
 * order, so an exact match is never taken away by a looser one.
 */
export function matchItems<T>(gold: readonly T[], predicted: readonly T[], matchers: readonly ItemMatcher<T>[]): ItemMatching {
  const pairs: [number, number][] = [];
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  for (const match of matchers) {
    gold.forEach((g, i) => {
      if (usedGold.has(i)) return;
      const j = predicted.findIndex((p, k) => !usedPredicted.has(k) && match(g, p));
      if (j === -1) return;
      pairs.push([i, j]);
      usedGold.add(i);
      usedPredicted.add(j);
    });
  }
  return {
    pairs: pairs.sort((a, b) => a[0] - b[0]),
    missed: gold.map((_, i) => i).filter((i) => !usedGold.has(i)),
    extra: predicted.map((_, j) => j).filter((j) => !usedPredicted.has(j)),
  };
}

/** Drops later items that match an earlier one (a list naming the same organization twice counts it once). */
export function dedupe<T>(items: readonly T[], match: ItemMatcher<T>): T[] {
  const kept: T[] = [];
  for (const item of items) if (!kept.some((k) => match(k, item))) kept.push(item);
  return kept;
}

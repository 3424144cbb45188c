/** The fields the scorer reports, in report order. `officials` pools both sides; `roles` is scored over matched participants. */
export const FIELD_NAMES = ['meetings', 'date', 'place', 'home', 'foreign', 'officials', 'roles', 'organizations', 'countries', 'themes'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of some counts. */
export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** Fresh zero counts. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/**
 * Precision tp/(tp+fp), recall tp/(tp+fn) and their harmonic mean. With nothing predicted precision is 1 (no
 * wrong claim), with nothing expected recall is 1 (nothing missed); F1 is 0 when both rates are 0.
 * @example toRates({ tp: 3, fp: 1, fn: 2 }) // { precision: 0.75, recall: 0.6, f1: 0.666... }
 */
export function toRates(counts: Counts): Rates {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds counts field by field. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

import { addCounts, emptyCounts, FIELD_NAMES, toRates, type Counts, type FieldName, type Rates } from './counts';
import type { ArticleScore } from './score-article';

/** Scores of a whole evaluation run: totals and rates per field, and the headline figures checked against targets. */
export interface EvalSummary {
  articles: number;
  articlesRight: number;
  required: number;
  optional: number;
  predicted: number;
  matched: number;
  fields: Record<FieldName, Counts & Rates>;
  headline: Record<TargetKey, number>;
}

/** The figures with a target. Date, place: share of matched meetings with the right value; the rest are F1 or shares. */
export type TargetKey = 'segmentation' | 'date' | 'place' | 'officials' | 'organizations' | 'countries' | 'themes';

/** Targets the extractor must meet for `npm run eval -- --check`. */
export const TARGETS: readonly { key: TargetKey; label: string; min: number; percent: boolean }[] = [
  { key: 'segmentation', label: 'articles with the right number of meetings', min: 0.95, percent: true },
  { key: 'date', label: 'meeting date exact (matched meetings)', min: 0.95, percent: true },
  { key: 'place', label: 'place (matched meetings)', min: 0.9, percent: true },
  { key: 'officials', label: 'officials, both sides, F1', min: 0.93, percent: false },
  { key: 'organizations', label: 'organizations F1', min: 0.88, percent: false },
  { key: 'countries', label: 'countries F1', min: 0.95, percent: false },
  { key: 'themes', label: 'themes F1', min: 0.82, percent: false },
];

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Sums article scores into the run's totals and headline figures. */
export function summarize(articles: readonly ArticleScore[]): EvalSummary {
  const fields = Object.fromEntries(
    FIELD_NAMES.map((name) => {
      const counts = articles.reduce((sum, a) => addCounts(sum, a.fields[name]), emptyCounts());
      return [name, { ...counts, ...toRates(counts) }];
    }),
  ) as Record<FieldName, Counts & Rates>;
  const sum = (pick: (a: ArticleScore) => number) => articles.reduce((n, a) => n + pick(a), 0);
  const matched = sum((a) => a.matched);
  const articlesRight = articles.filter((a) => a.countRight).length;
  return {
    articles: articles.length,
    articlesRight,
    required: sum((a) => a.required),
    optional: sum((a) => a.optional),
    predicted: sum((a) => a.predicted),
    matched,
    fields,
    headline: {
      segmentation: ratio(articlesRight, articles.length),
      date: ratio(fields.date.tp, matched),
      place: ratio(fields.place.tp, matched),
      officials: fields.officials.f1,
      organizations: fields.organizations.f1,
      countries: fields.countries.f1,
      themes: fields.themes.f1,
    },
  };
}

/** The targets a summary misses, as readable lines (empty when all are met). */
export function checkTargets(summary: EvalSummary): string[] {
  return TARGETS.filter((t) => summary.headline[t.key] < t.min).map(
    (t) => `${t.label}: ${formatFigure(summary.headline[t.key], t.percent)} is below the target ${formatFigure(t.min, t.percent)}`,
  );
}

/** A figure as a percentage with one decimal or a 3-decimal rate. @example formatFigure(0.953, true) // "95.3%" */
export function formatFigure(value: number, percent: boolean): string {
  return percent ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}

import { describe, expect, test } from 'vitest';
import { toRates, type Counts, type FieldName } from '../../src/eval/counts';
import { formatSummaryLine } from '../../src/eval/format-report';
import type { ArticleScore } from '../../src/eval/score-article';
import { checkTargets, formatFigure, summarize } from '../../src/eval/summarize';

describe('toRates', () => {
  test.each([
    // 3 right of 4 predicted, 3 found of 5 expected: P 0.75, R 0.6, F1 = 2·0.45/1.35 = 2/3.
    [{ tp: 3, fp: 1, fn: 2 }, { precision: 0.75, recall: 0.6, f1: 2 / 3 }],
    [{ tp: 1, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
    // Nothing predicted: no wrong claim, but everything missed.
    [{ tp: 0, fp: 0, fn: 4 }, { precision: 1, recall: 0, f1: 0 }],
    [{ tp: 0, fp: 2, fn: 0 }, { precision: 0, recall: 1, f1: 0 }],
    [{ tp: 0, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
  ])('%o gives %o', (counts, rates) => {
    const result = toRates(counts);
    expect(result.precision).toBeCloseTo(rates.precision, 10);
    expect(result.recall).toBeCloseTo(rates.recall, 10);
    expect(result.f1).toBeCloseTo(rates.f1, 10);
  });
});

/** An article score where every field has the given counts. */
function article(id: string, countRight: boolean, matched: number, counts: Partial<Record<FieldName, Counts>>): ArticleScore {
  const zero = { tp: 0, fp: 0, fn: 0 };
  const names: FieldName[] = ['meetings', 'date', 'place', 'home', 'foreign', 'officials', 'roles', 'organizations', 'countries', 'themes'];
  return {
    id,
    required: matched,
    optional: 0,
    predicted: matched,
    countRight,
    matched,
    fields: Object.fromEntries(names.map((n) => [n, counts[n] ?? zero])) as Record<FieldName, Counts>,
    mismatches: [],
  };
}

describe('summarize', () => {
  const articles = [
    article('a', true, 2, { date: { tp: 2, fp: 0, fn: 0 }, place: { tp: 1, fp: 1, fn: 1 }, officials: { tp: 4, fp: 0, fn: 0 }, themes: { tp: 1, fp: 1, fn: 0 } }),
    article('b', false, 1, { date: { tp: 0, fp: 1, fn: 1 }, place: { tp: 1, fp: 0, fn: 0 }, officials: { tp: 1, fp: 1, fn: 2 }, themes: { tp: 1, fp: 0, fn: 1 } }),
  ];
  const summary = summarize(articles);

  test('sums counts over articles and computes rates on the sums', () => {
    // officials: tp 5, fp 1, fn 2 → P 5/6, R 5/7, F1 = 10/13.
    expect(summary.fields.officials).toMatchObject({ tp: 5, fp: 1, fn: 2 });
    expect(summary.fields.officials.f1).toBeCloseTo(10 / 13, 10);
  });

  test('headline: segmentation over articles, date and place over matched meetings', () => {
    expect(summary.headline.segmentation).toBe(0.5);
    expect(summary.headline.date).toBeCloseTo(2 / 3, 10);
    expect(summary.headline.place).toBeCloseTo(2 / 3, 10);
    // themes: tp 2, fp 1, fn 1 → P = R = F1 = 2/3.
    expect(summary.headline.themes).toBeCloseTo(2 / 3, 10);
  });

  test('checkTargets lists every figure below its target', () => {
    const failures = checkTargets(summary);
    expect(failures).toContain('articles with the right number of meetings: 50.0% is below the target 95.0%');
    expect(failures.some((line) => line.startsWith('officials, both sides, F1: 0.769'))).toBe(true);
    // Organizations and countries have no counts here: P = R = 1, so they pass.
    expect(failures.some((line) => line.startsWith('organizations') || line.startsWith('countries'))).toBe(false);
  });

  test('formats the one-line summary', () => {
    expect(formatSummaryLine(summary)).toBe(
      'eval: 2 articles, 3 meetings | segmentation 50.0% | date 66.7% | place 66.7% | officials F1 0.769 | organizations F1 1.000 | countries F1 1.000 | themes F1 0.667',
    );
  });
});

describe('formatFigure', () => {
  test('formats percentages and rates', () => {
    expect(formatFigure(0.953, true)).toBe('95.3%');
    expect(formatFigure(0.9514, false)).toBe('0.951');
  });
});

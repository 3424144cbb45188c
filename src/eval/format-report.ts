import type { FieldName } from './counts';
import type { ArticleScore } from './score-article';
import { formatFigure, TARGETS, type EvalSummary } from './summarize';

const FIELD_LABELS: Record<FieldName, string> = {
  meetings: 'meetings (paired)',
  date: 'date (exact)',
  place: 'place',
  home: 'officials, home side',
  foreign: 'officials, foreign side',
  officials: 'officials, both sides',
  roles: 'roles',
  organizations: 'organizations',
  countries: 'countries',
  themes: 'themes',
};

/** The per-field table: precision, recall, F1 and counts. */
export function formatFieldTable(summary: EvalSummary): string {
  const rows = (Object.keys(FIELD_LABELS) as FieldName[]).map((name) => {
    const f = summary.fields[name];
    const rates = [f.precision, f.recall, f.f1].map((v) => v.toFixed(3).padStart(6)).join(' ');
    return `${FIELD_LABELS[name].padEnd(24)} ${rates}   ${String(f.tp).padStart(4)} ${String(f.fp).padStart(4)} ${String(f.fn).padStart(4)}`;
  });
  return [`${'field'.padEnd(24)}      P      R     F1     tp   fp   fn`, ...rows].join('\n');
}

/** The mismatches of each article that has any, grouped under its id. */
export function formatMismatches(articles: readonly ArticleScore[]): string {
  return articles
    .filter((a) => a.mismatches.length > 0)
    .map((a) => [`${a.id}:`, ...a.mismatches.map((m) => `  - ${m}`)].join('\n'))
    .join('\n');
}

/**
 * The one-line summary.
 * @example "eval: 33 articles, 43 meetings (+3 optional) | segmentation 97.0% | date 95.3% | ... | themes F1 0.846"
 */
export function formatSummaryLine(summary: EvalSummary): string {
  const optional = summary.optional > 0 ? ` (+${summary.optional} optional)` : '';
  const figures = TARGETS.map((t) => {
    const name = t.percent ? t.key : `${t.key} F1`;
    return `${name} ${formatFigure(summary.headline[t.key], t.percent)}`;
  });
  return [`eval: ${summary.articles} articles, ${summary.required} meetings${optional}`, ...figures].join(' | ');
}

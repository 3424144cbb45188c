import type { Side } from '../schemas/common';
import type { EvalMeeting, EvalParticipant } from './gold';
import { dedupe, matchItems, type ItemMatcher } from './match-items';
import { foldKey, namesMatch, placesMatch } from './normalize';
import { pairMeetings } from './pair-meetings';
import { emptyCounts, FIELD_NAMES, type Counts, type FieldName } from './counts';

/** How the scorer compares organizations, countries and roles (they depend on the curated data). */
export interface Matchers {
  organization: ItemMatcher<string>;
  country: ItemMatcher<string>;
  role: (a: string | null, b: string | null) => boolean;
}

/** The score of one article: counts per field, the segmentation verdict, and readable mismatches. */
export interface ArticleScore {
  id: string;
  /** Gold meetings that must be found, and optional ones. */
  required: number;
  optional: number;
  predicted: number;
  /** True when the predicted count lies between required and required + optional. */
  countRight: boolean;
  /** Predicted meetings paired with required gold meetings. */
  matched: number;
  fields: Record<FieldName, Counts>;
  mismatches: string[];
}

const sameText: ItemMatcher<string> = (a, b) => foldKey(a) === foldKey(b);
const quote = (value: string | null) => (value === null ? 'none' : `"${value}"`);
const list = (values: readonly string[]) => (values.length === 0 ? 'none' : values.map((v) => `"${v}"`).join(', '));
const describe = (m: EvalMeeting) => `${m.date}, ${m.participants.map((p) => p.name).join(' / ') || 'no participant'}`;

/** Scores a single-valued field (nullable): a wrong value is a false positive if given and a false negative if expected. */
function scoreValue(counts: Counts, gold: string | null, predicted: string | null, same: boolean): void {
  if (same) counts.tp += 1;
  else {
    if (predicted !== null) counts.fp += 1;
    if (gold !== null) counts.fn += 1;
  }
}

/** Scores a list field of a matched pair one to one; returns what was missing and what was extra. */
function scoreList(counts: Counts, gold: string[], predicted: string[], matchers: ItemMatcher<string>[]): [string[], string[]] {
  const loosest = matchers[matchers.length - 1] ?? sameText;
  const [g, p] = [dedupe(gold, loosest), dedupe(predicted, loosest)];
  const result = matchItems(g, p, matchers);
  counts.tp += result.pairs.length;
  counts.fp += result.extra.length;
  counts.fn += result.missed.length;
  return [result.missed.map((i) => g[i] ?? ''), result.extra.map((j) => p[j] ?? '')];
}

/** Compares the gold meetings of one article with the extractor's meetings, following the corpus matching conventions. */
export function scoreArticle(id: string, gold: readonly EvalMeeting[], predicted: readonly EvalMeeting[], matchers: Matchers): ArticleScore {
  const fields = Object.fromEntries(
    FIELD_NAMES.map((f) => [f, emptyCounts()]),
  ) as Record<FieldName, Counts>;
  const mismatches: string[] = [];
  const required = gold.filter((m) => !m.optional).length;
  const optional = gold.length - required;
  const countRight = predicted.length >= required && predicted.length <= required + optional;
  if (!countRight) mismatches.push(`meetings: expected ${required}${optional > 0 ? ` (+${optional} optional)` : ''}, got ${predicted.length}`);

  const pairs = pairMeetings(gold, predicted, matchers.organization);
  const pairedGold = new Set(pairs.map((p) => p.gold));
  const pairedPredicted = new Set(pairs.map((p) => p.predicted));
  const side = (m: EvalMeeting, s: Side) => m.participants.filter((p) => p.side === s);

  // Unpaired meetings: everything they hold is missed (gold) or extra (predicted).
  const countUnpaired = (meeting: EvalMeeting, kind: 'fn' | 'fp') => {
    fields.meetings[kind] += 1;
    fields.home[kind] += side(meeting, 'home').length;
    fields.foreign[kind] += side(meeting, 'foreign').length;
    fields.organizations[kind] += meeting.organizations.length;
    fields.countries[kind] += meeting.countries.length;
    fields.themes[kind] += meeting.themes.length;
  };
  gold.forEach((g, i) => {
    if (g.optional || pairedGold.has(i)) return;
    countUnpaired(g, 'fn');
    mismatches.push(`missed meeting #${i} (${describe(g)})`);
  });
  predicted.forEach((p, j) => {
    if (pairedPredicted.has(j)) return;
    countUnpaired(p, 'fp');
    mismatches.push(`extra meeting #${j} (${describe(p)})`);
  });

  let matched = 0;
  for (const pair of pairs) {
    const [g, p] = [gold[pair.gold], predicted[pair.predicted]];
    if (g === undefined || p === undefined || g.optional) continue; // an optional meeting counts neither way
    matched += 1;
    fields.meetings.tp += 1;
    const where = `meeting #${pair.gold}${pair.gold === pair.predicted ? '' : ` (predicted #${pair.predicted})`}`;
    scoreValue(fields.date, g.date, p.date, g.date === p.date);
    if (g.date !== p.date) mismatches.push(`${where} date: expected ${g.date}, got ${p.date}`);
    const samePlace = placesMatch(g.place, p.place);
    scoreValue(fields.place, g.place, p.place, samePlace);
    if (!samePlace) mismatches.push(`${where} place: expected ${quote(g.place)}, got ${quote(p.place)}`);

    for (const s of ['home', 'foreign'] as const) {
      const [gs, ps] = [side(g, s), side(p, s)];
      const result = matchItems<EvalParticipant>(gs, ps, [(a, b) => sameText(a.name, b.name), (a, b) => namesMatch(a.name, b.name)]);
      fields[s].tp += result.pairs.length;
      fields[s].fp += result.extra.length;
      fields[s].fn += result.missed.length;
      if (result.missed.length + result.extra.length > 0) {
        const names = (people: EvalParticipant[], idx: number[]) => list(idx.map((i) => people[i]?.name ?? ''));
        mismatches.push(`${where} ${s} officials: missing ${names(gs, result.missed)}; extra ${names(ps, result.extra)}`);
      }
      for (const [i, j] of result.pairs) {
        const [a, b] = [gs[i], ps[j]];
        if (a === undefined || b === undefined) continue;
        const same = matchers.role(a.role, b.role);
        scoreValue(fields.roles, a.role, b.role, same);
        if (!same) mismatches.push(`${where} role of ${a.name}: expected ${quote(a.role)}, got ${quote(b.role)}`);
      }
    }
    const lists = [
      ['organizations', g.organizations, p.organizations, [sameText, matchers.organization]],
      ['countries', g.countries, p.countries, [matchers.country]],
      ['themes', g.themes, p.themes, [(a: string, b: string) => a === b]],
    ] as const;
    for (const [field, gl, pl, fieldMatchers] of lists) {
      const [missing, extra] = scoreList(fields[field], [...gl], [...pl], [...fieldMatchers]);
      if (missing.length + extra.length > 0) mismatches.push(`${where} ${field}: missing ${list(missing)}; extra ${list(extra)}`);
    }
  }
  for (const key of ['tp', 'fp', 'fn'] as const) fields.officials[key] = fields.home[key] + fields.foreign[key];
  return { id, required, optional, predicted: predicted.length, countRight, matched, fields, mismatches };
}

import type { EvalMeeting } from './gold';
import { matchItems, type ItemMatcher } from './match-items';
import { foldKey, namesMatch } from './normalize';

/** A gold meeting paired with a predicted one. */
export interface MeetingPair {
  gold: number;
  predicted: number;
}

const exactName: ItemMatcher<string> = (a, b) => foldKey(a) === foldKey(b);
const looseName: ItemMatcher<string> = namesMatch;

/**
 * How well a predicted meeting fits a gold one: shared participants (either side) first, then shared
 * organizations, then an equal date. Zero when they share neither participants nor organizations.
 */
export function meetingAffinity(gold: EvalMeeting, predicted: EvalMeeting, matchOrganization: ItemMatcher<string>): number {
  const people = matchItems(
    gold.participants.map((p) => p.name),
    predicted.participants.map((p) => p.name),
    [exactName, looseName],
  ).pairs.length;
  const organizations = matchItems(gold.organizations, predicted.organizations, [matchOrganization]).pairs.length;
  if (people === 0 && organizations === 0) return 0;
  return people * 10_000 + organizations * 100 + (gold.date === predicted.date ? 1 : 0);
}

/**
 * Pairs gold and predicted meetings greedily by affinity, highest first (ties: text order), each meeting at most
 * once. Optional gold meetings take part, so a prediction of one is neither a true nor a false positive.
 */
export function pairMeetings(
  gold: readonly EvalMeeting[],
  predicted: readonly EvalMeeting[],
  matchOrganization: ItemMatcher<string>,
): MeetingPair[] {
  const candidates: { gold: number; predicted: number; affinity: number }[] = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const affinity = meetingAffinity(g, p, matchOrganization);
      if (affinity > 0) candidates.push({ gold: i, predicted: j, affinity });
    }),
  );
  candidates.sort((a, b) => b.affinity - a.affinity || a.gold - b.gold || a.predicted - b.predicted);
  const [usedGold, usedPredicted] = [new Set<number>(), new Set<number>()];
  const pairs: MeetingPair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

import type { Meeting } from '../../schemas/meeting';
import { compareLabels, type Archive } from '../archive';
import { countByMonth, type MonthCount } from './time-bars';
import type { NetworkEdgeInput, NetworkInput } from './network';
import { RANKED_BARS_SHOWN, type RankedItem } from './ranked-bars';

/** Builds the link of an entity page (base path and language already applied by the caller). */
export type EntityHref = (section: 'officials' | 'organizations', id: string) => string;

const archiveRanges = new WeakMap<Archive, { first: string; last: string } | undefined>();

/** The first and last month of the whole archive, so every term's chart shares one time axis; computed once per archive. */
export function getArchiveRange(archive: Archive): { first: string; last: string } | undefined {
  if (archiveRanges.has(archive)) return archiveRanges.get(archive);
  const keys = archive.meetings.map((meeting) => meeting.date.slice(0, 7)).sort();
  const first = keys[0];
  const last = keys.at(-1);
  const range = first && last ? { first, last } : undefined;
  archiveRanges.set(archive, range);
  return range;
}

/** Meetings per month of some meetings over the whole archive's range. */
export function getMonthCounts(archive: Archive, meetings: Meeting[]): MonthCount[] {
  const range = getArchiveRange(archive);
  return range ? countByMonth(meetings.map((meeting) => meeting.date), range) : [];
}

const officialRanks = new WeakMap<Archive, Map<string, number>>();

/** Each official's place in alphabetical order (ties by id), computed once per archive. */
function getOfficialRanks(archive: Archive): Map<string, number> {
  let ranks = officialRanks.get(archive);
  if (ranks === undefined) {
    const ordered = [...archive.officials].sort((a, b) => compareLabels(a.name, b.name) || a.id.localeCompare(b.id));
    officialRanks.set(archive, (ranks = new Map(ordered.map((official, index) => [official.id, index]))));
  }
  return ranks;
}

/**
 * The `limit` officials taking part in the most of these meetings, most first (ties alphabetical). Ties are ordered by
 * each official's alphabetical rank in the archive: a theme of a large archive has thousands of officials, most of
 * them tied, which comparing names for every term page took 0.4 s of a 10,000-article build.
 */
export function getTopOfficials(archive: Archive, meetings: Meeting[], href: EntityHref, limit = RANKED_BARS_SHOWN): RankedItem[] {
  const counts = new Map<string, number>();
  for (const { participants } of meetings) {
    participants.forEach(({ official }, index) => {
      // Once per meeting however often it lists the official: a meeting lists a handful, which a set would cost more.
      if (participants.findIndex((participant) => participant.official === official) === index) counts.set(official, (counts.get(official) ?? 0) + 1);
    });
  }
  const ranks = getOfficialRanks(archive);
  const label = (id: string) => archive.official.get(id)?.name ?? id;
  const compare = ([idA, countA]: [string, number], [idB, countB]: [string, number]) => {
    if (countA !== countB) return countB - countA;
    const rankA = ranks.get(idA);
    const rankB = ranks.get(idB);
    if (rankA !== undefined && rankB !== undefined) return rankA - rankB;
    // An id the archive does not know is compared by its label, the order the ranks follow.
    return compareLabels(label(idA), label(idB)) || idA.localeCompare(idB);
  };
  return [...counts]
    .sort(compare)
    .slice(0, limit)
    .map(([id, count]) => ({ id, label: label(id), count, href: href('officials', id) }));
}

/** An official's network: the people met and the organizations they spoke for, with meeting counts. */
export interface OfficialNetwork {
  center: NetworkInput;
  people: NetworkInput[];
  organizations: NetworkInput[];
  /** A person to the organization they spoke for. */
  links: NetworkEdgeInput[];
}

function rank(items: Map<string, NetworkInput>, limit: number): NetworkInput[] {
  return [...items.values()].sort((a, b) => b.count - a.count || compareLabels(a.label, b.label) || a.id.localeCompare(b.id)).slice(0, limit);
}

/**
 * The people on the other side of an official's meetings and the organizations they spoke for, each counted once
 * per meeting; the most frequent `limit` of each. Organization ids are prefixed `org:` so they never clash with people.
 */
export function getOfficialNetwork(archive: Archive, officialId: string, meetings: Meeting[], href: EntityHref, limit = 12): OfficialNetwork {
  const people = new Map<string, NetworkInput>();
  const organizations = new Map<string, NetworkInput>();
  const links = new Map<string, NetworkEdgeInput>();
  const bump = (map: Map<string, NetworkInput>, key: string, make: () => NetworkInput) => {
    const current = map.get(key) ?? make();
    map.set(key, { ...current, count: current.count + 1 });
  };
  for (const meeting of meetings) {
    const own = meeting.participants.find((participant) => participant.official === officialId);
    if (!own) continue;
    const others = meeting.participants.filter((participant) => participant.side !== own.side && participant.official !== officialId);
    for (const id of new Set(others.map((participant) => participant.official))) {
      bump(people, id, () => ({ id, kind: 'official', label: archive.official.get(id)?.name ?? id, count: 0, href: href('officials', id) }));
    }
    for (const id of new Set(others.flatMap((participant) => (participant.organization ? [participant.organization] : [])))) {
      bump(organizations, `org:${id}`, () => ({ id: `org:${id}`, kind: 'organization', label: archive.organization.get(id)?.name ?? id, count: 0, href: href('organizations', id) }));
    }
    for (const participant of others) {
      if (participant.organization) {
        const key = `${participant.official}>org:${participant.organization}`;
        links.set(key, { source: participant.official, target: `org:${participant.organization}` });
      }
    }
  }
  const official = archive.official.get(officialId);
  return {
    center: { id: officialId, kind: 'official', label: official?.name ?? officialId, count: meetings.length, href: href('officials', officialId) },
    people: rank(people, limit),
    organizations: rank(organizations, Math.ceil(limit / 2)),
    links: [...links.keys()].sort().map((key) => links.get(key)!),
  };
}

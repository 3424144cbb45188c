import type { Meeting } from '../schemas/meeting';
import { compareLabels, type Archive } from './archive';

/** Something counted over an official's meetings: a person met, a role held, a theme discussed. */
export interface Tally {
  id: string;
  label: string;
  count: number;
}

function toTallies(counts: Map<string, { label: string; count: number }>): Tally[] {
  return [...counts]
    .map(([id, { label, count }]) => ({ id, label, count }))
    .sort((a, b) => b.count - a.count || compareLabels(a.label, b.label) || a.id.localeCompare(b.id));
}

function add(counts: Map<string, { label: string; count: number }>, id: string, label: string): void {
  const current = counts.get(id);
  counts.set(id, { label: current?.label ?? label, count: (current?.count ?? 0) + 1 });
}

/**
 * The people an official met, most met first: participants on the other side of the official's meetings.
 * Each meeting counts once per person.
 */
export function getCounterparts(archive: Archive, officialId: string, meetings: Meeting[]): Tally[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const meeting of meetings) {
    const own = meeting.participants.find((participant) => participant.official === officialId);
    if (!own) continue;
    const others = new Set(
      meeting.participants
        .filter((participant) => participant.side !== own.side && participant.official !== officialId)
        .map((participant) => participant.official),
    );
    for (const id of others) add(counts, id, archive.official.get(id)?.name ?? id);
  }
  return toTallies(counts);
}

/** The roles an official is given in the texts, as written, most frequent first. */
export function getRolesSeen(officialId: string, meetings: Meeting[]): Tally[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const meeting of meetings) {
    for (const participant of meeting.participants) {
      if (participant.official === officialId && participant.role) add(counts, participant.role, participant.role);
    }
  }
  return toTallies(counts);
}

/** The organizations an official speaks for in the texts, most frequent first. */
export function getOrganizationsSeen(archive: Archive, officialId: string, meetings: Meeting[]): Tally[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const meeting of meetings) {
    for (const participant of meeting.participants) {
      const id = participant.organization;
      if (participant.official === officialId && id) add(counts, id, archive.organization.get(id)?.name ?? id);
    }
  }
  return toTallies(counts);
}

/** The themes of a list of meetings, most frequent first. */
export function getThemesDiscussed(archive: Archive, meetings: Meeting[]): Tally[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const meeting of meetings) {
    for (const id of new Set(meeting.themes)) add(counts, id, archive.theme.get(id)?.label ?? id);
  }
  return toTallies(counts);
}

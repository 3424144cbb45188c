import type { PartialDate } from '../schemas/common';
import type { Archive } from './archive';
import { dateToSortKey } from './dates';

/** What the archive covers, for the home page. */
export interface Coverage {
  meetings: number;
  sources: number;
  officials: number;
  organizations: number;
  countries: number;
  /** Earliest and latest meeting dates, or null when there are no meetings. */
  firstDate: PartialDate | null;
  lastDate: PartialDate | null;
}

/** Counts the archive's contents and finds the range of meeting dates. */
export function getCoverage(archive: Archive): Coverage {
  const dates = archive.meetings.map((meeting) => meeting.date).sort((a, b) => dateToSortKey(a).localeCompare(dateToSortKey(b)) || a.localeCompare(b));
  const used = (ids: Iterable<string>) => new Set(ids).size;
  return {
    meetings: archive.meetings.length,
    sources: archive.sources.length,
    officials: used(archive.meetings.flatMap((meeting) => meeting.participants.map((participant) => participant.official))),
    organizations: used(archive.meetings.flatMap((meeting) => meeting.organizations)),
    countries: used(archive.meetings.flatMap((meeting) => meeting.countries)),
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
  };
}

/**
 * French plural of a counted noun.
 * @example countLabel(1, 'rencontre') // "1 rencontre"
 * @example countLabel(3, 'pays', 'pays') // "3 pays"
 */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? plural : singular}`;
}

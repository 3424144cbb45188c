import type { Country } from '../schemas/country';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Side } from '../schemas/common';
import type { Archive } from './archive';
import { getCounterparts, getOrganizationsSeen, getRolesSeen, getThemesDiscussed, type Tally } from './counterparts';
import { SIDE_LABELS } from './meeting-view';
import { getMeetingsForTerm, getTermCounts, type TermCount } from './terms';

/** What an official's page shows. */
export interface OfficialProfile {
  official: Official;
  sideLabel: string;
  country: Country | null;
  /** Spellings other than the display name. */
  aliases: string[];
  /** Meetings, oldest first. */
  meetings: Meeting[];
  roles: Tally[];
  organizations: Tally[];
  counterparts: Tally[];
  themes: Tally[];
}

/** Builds an official's profile; throws when the id is unknown, since every route comes from the archive. */
export function getOfficialProfile(archive: Archive, id: string): OfficialProfile {
  const official = archive.official.get(id);
  if (!official) throw new Error(`Unknown official: ${id}`);
  const meetings = getMeetingsForTerm(archive.meetings, 'official', id);
  return {
    official,
    sideLabel: SIDE_LABELS[official.side],
    country: official.country ? (archive.country.get(official.country) ?? null) : null,
    aliases: official.aliases.filter((alias) => alias !== official.name),
    meetings,
    roles: getRolesSeen(id, meetings),
    organizations: getOrganizationsSeen(archive, id, meetings),
    counterparts: getCounterparts(archive, id, meetings),
    themes: getThemesDiscussed(archive, meetings),
  };
}

/** The official index split by side (Vietnamese first), each side alphabetical with meeting counts. */
export function getOfficialIndex(archive: Archive): { side: Side; label: string; terms: TermCount[] }[] {
  const terms = getTermCounts(archive, 'official');
  return (['home', 'foreign'] as const)
    .map((side) => ({ side, label: SIDE_LABELS[side], terms: terms.filter((term) => archive.official.get(term.id)?.side === side) }))
    .filter((group) => group.terms.length > 0);
}

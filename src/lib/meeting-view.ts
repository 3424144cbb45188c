import type { Meeting, Participant } from '../schemas/meeting';
import type { Side } from '../schemas/common';
import type { Archive } from './archive';
import { entryPath } from './permalinks';

/** A participant as shown on a meeting page. */
export interface ParticipantView {
  id: string;
  href: string;
  /** Display name of the official. */
  name: string;
  /** Name as written in this article, when it differs from the display name. */
  writtenName: string | null;
  role: string | null;
  organization: { name: string; href: string } | null;
  country: { name: string; href: string } | null;
}

/** The two sides of a meeting, Vietnamese first. */
export interface SideView {
  side: Side;
  label: string;
  participants: ParticipantView[];
}

/** French headings of the two sides. */
export const SIDE_LABELS: Record<Side, string> = { home: 'Partie vietnamienne', foreign: 'Partie étrangère' };

function toParticipantView(archive: Archive, base: string, participant: Participant): ParticipantView {
  const name = archive.official.get(participant.official)?.name ?? participant.name;
  const organization = participant.organization ? archive.organization.get(participant.organization) : undefined;
  const country = participant.country ? archive.country.get(participant.country) : undefined;
  return {
    id: participant.official,
    href: entryPath(base, 'officials', participant.official),
    name,
    writtenName: participant.name !== name ? participant.name : null,
    role: participant.role,
    organization: organization ? { name: organization.name, href: entryPath(base, 'organizations', organization.id) } : null,
    country: country ? { name: country.name, href: entryPath(base, 'countries', country.id) } : null,
  };
}

/** Splits a meeting's participants by side, keeping text order within a side; empty sides are left out. */
export function getSides(archive: Archive, base: string, meeting: Meeting): SideView[] {
  return (['home', 'foreign'] as const)
    .map((side) => ({
      side,
      label: SIDE_LABELS[side],
      participants: meeting.participants
        .filter((participant) => participant.side === side)
        .map((participant) => toParticipantView(archive, base, participant)),
    }))
    .filter((view) => view.participants.length > 0);
}

/** A linked term (organization, country, theme) of a meeting. */
export interface LinkView {
  id: string;
  label: string;
  href: string;
}

/** The organizations, countries and themes of a meeting as links, in the meeting's order. */
export function getMeetingLinks(archive: Archive, base: string, meeting: Meeting): Record<'organizations' | 'countries' | 'themes', LinkView[]> {
  return {
    organizations: meeting.organizations.map((id) => ({ id, label: archive.organization.get(id)?.name ?? id, href: entryPath(base, 'organizations', id) })),
    countries: meeting.countries.map((id) => ({ id, label: archive.country.get(id)?.name ?? id, href: entryPath(base, 'countries', id) })),
    themes: meeting.themes.map((id) => ({ id, label: archive.theme.get(id)?.label ?? id, href: entryPath(base, 'themes', id) })),
  };
}

/** The names of a meeting's participants, for one-line summaries: "A, B – C". */
export function getParticipantSummary(archive: Archive, meeting: Meeting): string {
  const names = (side: Side) =>
    meeting.participants.filter((p) => p.side === side).map((p) => archive.official.get(p.official)?.name ?? p.name).join(', ');
  return [names('home'), names('foreign')].filter(Boolean).join(' – ');
}

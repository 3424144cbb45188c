import type { Country } from '../schemas/country';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import type { PartialDate, Side } from '../schemas/common';
import { compareMeetingsOldestFirst } from './archive';
import { absoluteUrl, entryPath } from './permalinks';

/** One meeting in the open-data file `/data/meetings.json`: names resolved, ids kept for linking. */
export interface OpenDataRecord {
  id: string;
  /** Absolute URL of the meeting page. */
  url: string;
  source: string;
  published: PartialDate;
  date: PartialDate;
  title: string;
  place: string | null;
  participants: {
    id: string;
    name: string;
    role: string | null;
    /** Organization name, or null. */
    organization: string | null;
    /** Country French name, or null. */
    country: string | null;
    side: Side;
  }[];
  organizations: { id: string; name: string }[];
  /** Country French names. */
  countries: string[];
  /** Theme slugs. */
  themes: string[];
}

/** The collections the open-data records are built from. */
export interface OpenDataInput {
  meetings: Meeting[];
  officials: Official[];
  organizations: Organization[];
  countries: Country[];
}

/**
 * Builds the open-data records, sorted by date (month-precision dates as the 1st) then id.
 * Participant `name` is the official's display name; ids missing from a collection fall back to the id.
 */
export function toOpenDataRecords(data: OpenDataInput, siteUrl: string, basePath: string): OpenDataRecord[] {
  const organizations = new Map(data.organizations.map((organization) => [organization.id, organization.name]));
  const countries = new Map(data.countries.map((country) => [country.id, country.name]));
  const officials = new Map(data.officials.map((official) => [official.id, official.name]));
  const orgName = (id: string | null) => (id === null ? null : (organizations.get(id) ?? id));
  const countryName = (id: string | null) => (id === null ? null : (countries.get(id) ?? id));
  return [...data.meetings]
    .sort((a, b) => compareMeetingsOldestFirst({ ...a, source: '', position: 0 }, { ...b, source: '', position: 0 }))
    .map((meeting) => ({
      id: meeting.id,
      url: absoluteUrl(siteUrl, entryPath(basePath, 'meetings', meeting.id)),
      source: meeting.source,
      published: meeting.published,
      date: meeting.date,
      title: meeting.title,
      place: meeting.place,
      participants: meeting.participants.map((participant) => ({
        id: participant.official,
        name: officials.get(participant.official) ?? participant.name,
        role: participant.role,
        organization: orgName(participant.organization),
        country: countryName(participant.country),
        side: participant.side,
      })),
      organizations: meeting.organizations.map((id) => ({ id, name: orgName(id) ?? id })),
      countries: meeting.countries.map((id) => countryName(id) ?? id),
      themes: [...meeting.themes],
    }));
}

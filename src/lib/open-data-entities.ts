import type { Archive } from './archive';
import { getMeetingsForTerm, type TermKind } from './terms';
import { absoluteUrl, entryPath } from './permalinks';

/** One official in `/data/officials.json`. */
export interface OfficialRecord {
  id: string;
  /** Absolute URL of the official's page. */
  url: string;
  name: string;
  /** Other written forms seen in the articles. */
  aliases: string[];
  /** Country French name, or null. */
  country: string | null;
  side: 'home' | 'foreign';
  /** Ids of the official's meetings, oldest first. */
  meetings: string[];
}

/** One organization in `/data/organizations.json`. */
export interface OrganizationRecord {
  id: string;
  url: string;
  name: string;
  abbreviation: string | null;
  aliases: string[];
  country: string | null;
  meetings: string[];
}

/** One theme in `/data/themes.json`. */
export interface ThemeRecord {
  id: string;
  url: string;
  label: string;
  labelEn: string;
  scope: string;
  meetings: string[];
}

function meetingIds(archive: Archive, kind: TermKind, id: string): string[] {
  return getMeetingsForTerm(archive.meetings, kind, id).map((m) => m.id);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The officials of the archive with resolved country names and their meetings, sorted by id. */
export function toOfficialRecords(archive: Archive, site: string, base: string): OfficialRecord[] {
  return [...archive.officials].sort(byId).map((official) => ({
    id: official.id,
    url: absoluteUrl(site, entryPath(base, 'officials', official.id)),
    name: official.name,
    aliases: [...official.aliases],
    country: official.country === null ? null : (archive.country.get(official.country)?.name ?? official.country),
    side: official.side,
    meetings: meetingIds(archive, 'official', official.id),
  }));
}

/** The organizations of the archive with resolved country names and their meetings, sorted by id. */
export function toOrganizationRecords(archive: Archive, site: string, base: string): OrganizationRecord[] {
  return [...archive.organizations].sort(byId).map((organization) => ({
    id: organization.id,
    url: absoluteUrl(site, entryPath(base, 'organizations', organization.id)),
    name: organization.name,
    abbreviation: organization.abbreviation,
    aliases: [...organization.aliases],
    country: organization.country === null ? null : (archive.country.get(organization.country)?.name ?? organization.country),
    meetings: meetingIds(archive, 'organization', organization.id),
  }));
}

/** The whole theme taxonomy with each theme's meetings (possibly none), sorted by id. */
export function toThemeRecords(archive: Archive, site: string, base: string): ThemeRecord[] {
  return [...archive.themes].sort(byId).map((theme) => ({
    id: theme.id,
    url: absoluteUrl(site, entryPath(base, 'themes', theme.id)),
    label: theme.label,
    labelEn: theme.labelEn,
    scope: theme.scope,
    meetings: meetingIds(archive, 'theme', theme.id),
  }));
}

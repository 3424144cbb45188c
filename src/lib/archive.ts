import type { Country } from '../schemas/country';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import type { SourceRecord } from '../schemas/source';
import type { Theme } from '../schemas/theme';
import { dateToSortKey } from './dates';

/** The generated collections as plain arrays, ids referring to each other. */
export interface ArchiveData {
  meetings: Meeting[];
  officials: Official[];
  organizations: Organization[];
  countries: Country[];
  themes: Theme[];
  sources: SourceRecord[];
}

/** The archive with every list in a fixed order and lookups by id. */
export interface Archive extends ArchiveData {
  official: Map<string, Official>;
  organization: Map<string, Organization>;
  country: Map<string, Country>;
  theme: Map<string, Theme>;
  source: Map<string, SourceRecord>;
  meeting: Map<string, Meeting>;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Compares two French labels the way a French index sorts them (accents and case second). */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Orders meetings newest first (month-precision dates count as the 1st), then by source and position. */
export function compareMeetingsNewestFirst(a: Meeting, b: Meeting): number {
  return compareMeetingsOldestFirst(b, a);
}

/** Orders meetings oldest first (month-precision dates count as the 1st), then by source, position and id. */
export function compareMeetingsOldestFirst(a: Meeting, b: Meeting): number {
  const byDate = dateToSortKey(a.date).localeCompare(dateToSortKey(b.date));
  if (byDate !== 0) return byDate;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  if (a.position !== b.position) return a.position - b.position;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Sorts every collection explicitly (collection order is not stable) and indexes them by id. */
export function createArchive(data: ArchiveData): Archive {
  const meetings = [...data.meetings].sort(compareMeetingsNewestFirst);
  const officials = [...data.officials].sort((a, b) => compareLabels(a.name, b.name));
  const organizations = [...data.organizations].sort((a, b) => compareLabels(a.name, b.name));
  const countries = [...data.countries].sort((a, b) => compareLabels(a.name, b.name));
  const themes = [...data.themes].sort((a, b) => compareLabels(a.label, b.label));
  const sources = [...data.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    meetings, officials, organizations, countries, themes, sources,
    meeting: byId(meetings),
    official: byId(officials),
    organization: byId(organizations),
    country: byId(countries),
    theme: byId(themes),
    source: byId(sources),
  };
}

const bySource = new WeakMap<Archive, Map<string, Meeting[]>>();

/** The meetings reported by one source, by position; filed once per archive so a meeting page does not scan them all. */
export function getMeetingsOfSource(archive: Archive, source: string): Meeting[] {
  let index = bySource.get(archive);
  if (index === undefined) {
    index = new Map();
    for (const meeting of archive.meetings) {
      const list = index.get(meeting.source);
      if (list === undefined) index.set(meeting.source, [meeting]);
      else list.push(meeting);
    }
    for (const list of index.values()) list.sort((a, b) => a.position - b.position);
    bySource.set(archive, index);
  }
  return [...(index.get(source) ?? [])];
}

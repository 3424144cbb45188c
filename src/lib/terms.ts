import type { Meeting } from '../schemas/meeting';
import { compareLabels, compareMeetingsOldestFirst, type Archive } from './archive';
import { yearOf } from './dates';
import { onceByOwnerAndKey } from './memo';

/** The ways into the archive: each meeting is filed under officials, organizations, countries, themes and a year. */
export type TermKind = 'official' | 'organization' | 'country' | 'theme' | 'year';

/** The terms whose pages list their meetings page by page (a year's page lists its months instead). */
export type ListingKind = 'organization' | 'country' | 'theme';

/** One entry of a term index: an id, its French label and how many meetings it has. */
export interface TermCount {
  id: string;
  label: string;
  count: number;
}

/** The ids a meeting is filed under for one kind of term, without duplicates. */
export function getMeetingTermIds(meeting: Meeting, kind: TermKind): string[] {
  switch (kind) {
    case 'official':
      return [...new Set(meeting.participants.map((participant) => participant.official))];
    case 'organization':
      return [...new Set(meeting.organizations)];
    case 'country':
      return [...new Set(meeting.countries)];
    case 'theme':
      return [...new Set(meeting.themes)];
    case 'year':
      return [yearOf(meeting.date)];
  }
}

/** The French label of a term, falling back to its id when the referenced entry is missing. */
export function getTermLabel(archive: Archive, kind: TermKind, id: string): string {
  switch (kind) {
    case 'official':
      return archive.official.get(id)?.name ?? id;
    case 'organization':
      return archive.organization.get(id)?.name ?? id;
    case 'country':
      return archive.country.get(id)?.name ?? id;
    case 'theme':
      return archive.theme.get(id)?.label ?? id;
    case 'year':
      return id;
  }
}

/**
 * Counts meetings per term, keeping only terms with at least one meeting.
 * Years are sorted newest first; other terms alphabetically in French.
 */
export function getTermCounts(archive: Archive, kind: TermKind): TermCount[] {
  // Every index page and many term pages ask for the same counts: computed once per archive and kind.
  let byKind = termCountCache.get(archive);
  if (byKind === undefined) termCountCache.set(archive, (byKind = new Map()));
  let counted = byKind.get(kind);
  if (counted === undefined) byKind.set(kind, (counted = countTerms(archive, kind)));
  return counted.map((term) => ({ ...term }));
}

const termCountCache = new WeakMap<Archive, Map<TermKind, TermCount[]>>();

function countTerms(archive: Archive, kind: TermKind): TermCount[] {
  const counts = new Map<string, number>();
  for (const meeting of archive.meetings) {
    for (const id of getMeetingTermIds(meeting, kind)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const terms = [...counts].map(([id, count]) => ({ id, label: getTermLabel(archive, kind, id), count }));
  if (kind === 'year') return terms.sort((a, b) => b.id.localeCompare(a.id));
  return terms.sort((a, b) => compareLabels(a.label, b.label) || a.id.localeCompare(b.id));
}

/** The meetings filed under one term, oldest first. */
export function getMeetingsForTerm(meetings: Meeting[], kind: TermKind, id: string): Meeting[] {
  // One pass over the meetings files them under every term of the kind, so the thousands of term pages of a large
  // archive do not each scan every meeting; each term's list is sorted the first time it is asked for.
  let byKind = termIndexCache.get(meetings);
  if (byKind === undefined) termIndexCache.set(meetings, (byKind = new Map()));
  let index = byKind.get(kind);
  if (index === undefined) {
    index = new Map();
    for (const meeting of meetings) {
      for (const term of getMeetingTermIds(meeting, kind)) {
        const entry = index.get(term);
        if (entry === undefined) index.set(term, { sorted: false, meetings: [meeting] });
        else entry.meetings.push(meeting);
      }
    }
    byKind.set(kind, index);
  }
  const entry = index.get(id);
  if (entry === undefined) return [];
  if (!entry.sorted) {
    entry.meetings.sort(compareMeetingsOldestFirst);
    entry.sorted = true;
  }
  return [...entry.meetings];
}

/**
 * The meetings of one month, newest first.
 * @param key the month as `YYYY-MM`
 */
export function getMeetingsOfMonth(meetings: Meeting[], key: string): Meeting[] {
  return getMeetingsForTerm(meetings, 'year', key.slice(0, 4))
    .filter((meeting) => meeting.date.startsWith(key))
    .reverse();
}

/** Newest-first listings, per meetings list and `kind/id` (or `month/YYYY-MM`), shared by every page of a listing. */
const listingOnce = onceByOwnerAndKey<Meeting[], readonly Meeting[]>();

/**
 * The meetings a listing shows, newest first: a theme's, organization's or country's, or a month's (`kind` "month",
 * `id` `YYYY-MM`). Computed once per list and listing, since each of its pages needs all of it (a country in every
 * meeting has a thousand pages at 100,000 articles); the array is shared, so it is read-only.
 */
export function getListingMeetings(meetings: Meeting[], kind: ListingKind | 'month', id: string): readonly Meeting[] {
  return listingOnce(meetings, `${kind}/${id}`, () => (kind === 'month' ? getMeetingsOfMonth(meetings, id) : getMeetingsForTerm(meetings, kind, id).reverse()));
}

/** Meetings filed by term, per meetings list and kind (the list is the archive's, built once per build). */
const termIndexCache = new WeakMap<Meeting[], Map<TermKind, Map<string, { sorted: boolean; meetings: Meeting[] }>>>();

/** One month of meetings. */
export interface MonthGroup {
  /** `YYYY-MM`, usable as an anchor. */
  key: string;
  year: number;
  month: number;
  meetings: Meeting[];
}

/** One year of meetings, months newest first. */
export interface YearGroup {
  year: number;
  count: number;
  months: MonthGroup[];
}

/** Groups meetings by year and month, newest first at every level. */
export function groupMeetingsByMonth(meetings: Meeting[]): YearGroup[] {
  const months = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const key = meeting.date.slice(0, 7);
    const month = months.get(key);
    if (month === undefined) months.set(key, [meeting]);
    else month.push(meeting);
  }
  const years = new Map<number, YearGroup>();
  for (const key of [...months.keys()].sort().reverse()) {
    const [year, month] = key.split('-').map(Number) as [number, number];
    const group = years.get(year) ?? { year, count: 0, months: [] };
    const list = [...(months.get(key) ?? [])].sort(compareMeetingsOldestFirst).reverse();
    group.months.push({ key, year, month, meetings: list });
    group.count += list.length;
    years.set(year, group);
  }
  return [...years.values()];
}

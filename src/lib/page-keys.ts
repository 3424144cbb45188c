import { createHash } from 'node:crypto';
import type { Meeting } from '../schemas/meeting';
import { originalArchive } from '../i18n/localize-archive';
import { getMeetingsOfSource, type Archive } from './archive';
import { getArchiveRange, getMonthCounts, getTopOfficials } from './charts/chart-data';
import { getListingNav, getListingPages } from './listing-pages';
import { onceByOwnerAndKey } from './memo';
import { getListingMeetings, getMeetingsForTerm, getMeetingTermIds, getTermLabel, groupMeetingsByMonth, type ListingKind, type TermKind } from './terms';

/*
 * Cache keys for incremental builds (src/build/unchanged-pages.ts): a page whose key and code are unchanged since the
 * last build is left as that build wrote it instead of rendered again. A key is a digest of every piece of data the page
 * shows, so it must change whenever the page would: the records of the page's meetings, of every official,
 * organization, country and theme those meetings name (their names appear as links), and the archive's month range
 * (every chart shares that time axis). Layout, interface strings and code are covered by the build's digest of the
 * code.
 */

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

const recordDigests = new WeakMap<object, string>();

/**
 * Digest of one record (a meeting, an official…), kept so that the many pages showing it hash it once: a frequent
 * official's record, with every spelling of their name, can weigh tens of kilobytes.
 */
function recordDigest(record: object): string {
  let digest = recordDigests.get(record);
  if (digest === undefined) recordDigests.set(record, (digest = digestOf(record)));
  return digest;
}

/**
 * The records of every entity a meeting names, by kind, so a renamed official changes the key of every page showing
 * the meeting.
 */
function namedEntities(archive: Archive, meeting: Meeting): unknown[] {
  const ids = { official: new Set<string>(), organization: new Set<string>(), country: new Set<string>(), theme: new Set<string>() };
  for (const kind of ['official', 'organization', 'country', 'theme'] as const) for (const id of getMeetingTermIds(meeting, kind)) ids[kind].add(id);
  // A participant's organization and country appear beside their name even when the meeting lists them elsewhere.
  for (const participant of meeting.participants) {
    if (participant.organization) ids.organization.add(participant.organization);
    if (participant.country) ids.country.add(participant.country);
  }
  const records = (kind: keyof typeof ids, lookup: Map<string, object>) =>
    [...ids[kind]].sort().map((id) => {
      const record = lookup.get(id);
      return [id, record ? recordDigest(record) : null];
    });
  return [
    records('official', archive.official),
    records('organization', archive.organization),
    records('country', archive.country),
    records('theme', archive.theme),
  ];
}

const shownDigestOnce = onceByOwnerAndKey<Archive, string>();

/**
 * Digest of what any page shows of a meeting of the French archive: its record and those of every entity it names.
 * Kept per archive, so that the listings, term pages and meeting pages that show a meeting hash its entities once: at
 * 100,000 articles, gathering them again for every page made Astro's reading of the keys take 36 s of CPU instead of
 * 22 s. Every key below is computed on the French archive, for every language.
 */
function shownDigest(french: Archive, meeting: Meeting): string {
  return shownDigestOnce(french, meeting.id, () => digestOf([recordDigest(meeting), namedEntities(french, meeting)]));
}

/*
 * A page in another language is keyed as the French page of the same document: the localized archive is made from the
 * French one by code alone (`originalArchive`), which the build's digest of the code covers, so the page changes
 * exactly when the French page's data does. Each key is computed once per French archive, for every language: the
 * English listing keys, computed again, took about 0.3 s of Astro's listing of pages at 10,000 articles, while the
 * render threads waited.
 */
const meetingKeysOnce = onceByOwnerAndKey<Archive, string>();
const termKeysOnce = onceByOwnerAndKey<Archive, string>();
const listingKeysOnce = onceByOwnerAndKey<Archive, string[]>();

/**
 * Key of a meeting page: the meeting, its source text, the other meetings of the same article (linked by title), the
 * entities it names and the archivist's note on it, if any.
 * @param note the note's content (front matter and body), or undefined when the meeting has none
 */
export function meetingPageKey(archive: Archive, meeting: Meeting, note?: unknown): string {
  const french = originalArchive(archive);
  const shown = french.meeting.get(meeting.id) ?? meeting;
  const key = meetingKeysOnce(french, shown.id, () => {
    const siblings = getMeetingsOfSource(french, shown.source).map((other) => [other.id, other.title, other.position]);
    const source = french.source.get(shown.source);
    return digestOf([shownDigest(french, shown), source ? recordDigest(source) : null, siblings]);
  });
  return note === undefined ? key : digestOf([key, note]);
}

/** Key of an official's page or of a theme, organization, country or year page: the term and all its meetings. */
export function termPageKey(archive: Archive, kind: TermKind, id: string): string {
  const french = originalArchive(archive);
  return termKeysOnce(french, `${kind}/${id}`, () => {
    const meetings = getMeetingsForTerm(french.meetings, kind, id);
    const record = {
      official: french.official.get(id),
      organization: french.organization.get(id),
      country: french.country.get(id),
      theme: french.theme.get(id),
      year: id,
    }[kind];
    // An official's page names their country even when none of their meetings does.
    const country = kind === 'official' ? french.country.get(french.official.get(id)?.country ?? '') : undefined;
    return digestOf([kind, record ?? null, country ?? null, getArchiveRange(french) ?? null, meetings.map((meeting) => shownDigest(french, meeting))]);
  });
}

/**
 * Keys of the pages of one listing, page 1 first: each page's meetings and the entities they name, the listing's
 * heading, the page count, total and the pages its nav shows (with their dates on page 1), and what page 1's charts
 * show, if any. Adding a meeting to a listing shifts every page of it by one, so it changes every key of the listing,
 * and no key of another.
 * @param meetings the listing's meetings, newest first
 * @param heading what the pages show above the list (the term's record…)
 * @param charts what the charts of page 1 show, when it has any
 */
function listingPageKeys(french: Archive, heading: unknown, meetings: readonly Meeting[], charts: unknown): string[] {
  const pages = getListingPages(meetings);
  return pages.map((page) => {
    const shown = meetings.slice(page.start, page.end);
    const nav = getListingNav(pages, page.number) ?? null;
    return digestOf([heading, meetings.length, page, nav, shown.map((meeting) => shownDigest(french, meeting)), page.number === 1 ? charts : null]);
  });
}

/**
 * Keys of the pages of a theme, organization or country, page 1 (the one with the charts) first. The heading holds the
 * term's French label, which every language shows as its feed's title.
 */
export function termListingPageKeys(archive: Archive, kind: ListingKind, id: string): string[] {
  const french = originalArchive(archive);
  return listingKeysOnce(french, `${kind}/${id}`, () => {
    const oldestFirst = getMeetingsForTerm(french.meetings, kind, id);
    const record = { organization: french.organization.get(id), country: french.country.get(id), theme: french.theme.get(id) }[kind];
    // Page 1's charts: meetings per month over the archive's range, and the officials most involved, by name.
    const charts = [getMonthCounts(french, oldestFirst), getTopOfficials(french, oldestFirst, () => '').map((official) => [official.id, official.label, official.count])];
    return listingPageKeys(french, [kind, id, record ?? null, getTermLabel(french, kind, id)], getListingMeetings(french.meetings, kind, id), charts);
  });
}

/** Keys of the pages of one month's listing, page 1 first. */
export function monthListingPageKeys(archive: Archive, key: string): string[] {
  const french = originalArchive(archive);
  return listingKeysOnce(french, `month/${key}`, () => listingPageKeys(french, ['month', key], getListingMeetings(french.meetings, 'month', key), null));
}

/** Key of a year's page: the months of the year that have meetings, with their counts. */
export function yearPageKey(archive: Archive, year: string): string {
  const french = originalArchive(archive);
  const months = groupMeetingsByMonth(getMeetingsForTerm(french.meetings, 'year', year)).flatMap((group) => group.months);
  return digestOf(['year', year, months.map((month) => [month.key, month.meetings.length])]);
}

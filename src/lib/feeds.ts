import type { Meeting } from '../schemas/meeting';
import type { Archive } from './archive';
import { partialDateToDateTime, type AtomEntry, type AtomFeed } from './atom';
import { formatFrenchDate } from './dates';
import { onceByOwnerAndKey } from './memo';
import { getMeetingTermIds, getTermCounts, getTermLabel } from './terms';
import { absoluteUrl, entryPath, fileTo, pathTo, type Section } from './permalinks';

/** The kinds of pages that have their own feed, besides the whole archive. */
export const FEED_KINDS = ['official', 'theme', 'organization', 'country'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

const SECTION_OF: Record<FeedKind, Section> = { official: 'officials', theme: 'themes', organization: 'organizations', country: 'countries' };

/** At most this many entries per feed: the newest meetings. */
export const FEED_SIZE = 50;

/**
 * Root-relative path of a feed: the whole archive's, or one official's, theme's, organization's or country's.
 * @example feedPath('/', 'official', 'to-lam') // "/feeds/officials/to-lam.xml"
 */
export function feedPath(base: string, kind?: FeedKind, id?: string): string {
  if (kind === undefined || id === undefined) return fileTo(base, 'feed.xml');
  return fileTo(base, 'feeds', SECTION_OF[kind], `${id}.xml`);
}

const feedOrderOnce = onceByOwnerAndKey<Archive, Meeting[]>();
const newestByTermOnce = onceByOwnerAndKey<Archive, Map<string, Meeting[]>>();

/**
 * The archive's meetings newest first by article publication (what a subscriber sees as new), then by meeting date and
 * id; sorted once per archive, each key computed once (built at every comparison, the keys of the 4,900 feeds of 10,000
 * articles took 0.23 s).
 */
function meetingsInFeedOrder(archive: Archive): Meeting[] {
  return feedOrderOnce(archive, '', () =>
    archive.meetings
      .map((meeting) => ({ meeting, key: `${partialDateToDateTime(meeting.published)} ${partialDateToDateTime(meeting.date)} ${meeting.id}` }))
      .sort((a, b) => b.key.localeCompare(a.key))
      .map(({ meeting }) => meeting),
  );
}

/** The newest meetings of a feed, at most `FEED_SIZE`: each term's are filed in one pass per kind over the archive's. */
function newestMeetings(archive: Archive, kind?: FeedKind, id?: string): Meeting[] {
  const ordered = meetingsInFeedOrder(archive);
  if (kind === undefined || id === undefined) return ordered.slice(0, FEED_SIZE);
  const byTerm = newestByTermOnce(archive, kind, () => {
    const filed = new Map<string, Meeting[]>();
    for (const meeting of ordered) {
      for (const term of getMeetingTermIds(meeting, kind)) {
        const newest = filed.get(term);
        if (newest === undefined) filed.set(term, [meeting]);
        else if (newest.length < FEED_SIZE) newest.push(meeting);
      }
    }
    return filed;
  });
  return byTerm.get(id) ?? [];
}

const entriesOnce = onceByOwnerAndKey<Archive, Map<Meeting, AtomEntry>>();

/** A meeting as a feed entry: who met whom, when and where, with its themes as categories. */
export function meetingToEntry(archive: Archive, meeting: Meeting, site: string, base: string): AtomEntry {
  const url = absoluteUrl(site, entryPath(base, 'meetings', meeting.id));
  const names = (side: 'home' | 'foreign') =>
    meeting.participants.filter((p) => p.side === side).map((p) => `${archive.official.get(p.official)?.name ?? p.name}${p.role ? ` (${p.role})` : ''}`);
  const summary = [
    `${formatFrenchDate(meeting.date)}${meeting.place ? `, ${meeting.place}` : ''}.`,
    names('home').length > 0 ? `Partie vietnamienne : ${names('home').join(', ')}.` : '',
    names('foreign').length > 0 ? `Partie étrangère : ${names('foreign').join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  return {
    id: url,
    url,
    title: meeting.title,
    updated: partialDateToDateTime(meeting.published),
    published: partialDateToDateTime(meeting.published),
    summary,
    categories: meeting.themes.map((id) => ({ term: id, label: archive.theme.get(id)?.label ?? id })),
  };
}

/** What identifies one feed: the whole archive (no kind) or one term. */
export interface FeedTarget {
  kind?: FeedKind;
  id?: string;
}

/** Builds one feed over the archive: its newest meetings, titled after the page it follows. */
export function getFeed(archive: Archive, target: FeedTarget, site: string, base: string): AtomFeed {
  const { kind, id } = target;
  // A meeting is in about nine feeds (its officials', themes', organizations' and countries', and the archive's): its
  // entry is made once, and the same object is serialized once (`toAtomXml`).
  const entryOf = entriesOnce(archive, `${site}\n${base}`, () => new Map());
  const entries = newestMeetings(archive, kind, id).map((meeting) => {
    let entry = entryOf.get(meeting);
    if (entry === undefined) entryOf.set(meeting, (entry = meetingToEntry(archive, meeting, site, base)));
    return entry;
  });
  const label = kind && id ? getTermLabel(archive, kind, id) : null;
  const pagePath = kind && id ? entryPath(base, SECTION_OF[kind], id) : pathTo(base);
  const selfUrl = absoluteUrl(site, feedPath(base, kind, id));
  return {
    id: selfUrl,
    title: label ? `Rencontres : ${label}` : 'Rencontres : toutes les rencontres',
    subtitle: label ? `Les dernières rencontres de l'archive pour « ${label} ».` : "Les dernières rencontres versées à l'archive.",
    selfUrl,
    pageUrl: absoluteUrl(site, pagePath),
    updated: entries.map((entry) => entry.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z',
    author: 'Rencontres',
    entries,
  };
}

/** Every per-term feed the site publishes: one per official, theme, organization and country with meetings. */
export function getFeedTargets(archive: Archive): Required<FeedTarget>[] {
  return FEED_KINDS.flatMap((kind) => getTermCounts(archive, kind).map((term) => ({ kind, id: term.id })));
}


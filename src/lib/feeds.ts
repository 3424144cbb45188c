import type { Meeting } from '../schemas/meeting';
import type { Archive } from './archive';
import { partialDateToDateTime, type AtomEntry, type AtomFeed } from './atom';
import { formatFrenchDate } from './dates';
import { getMeetingsForTerm, getTermCounts, getTermLabel, type TermKind } from './terms';
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

/** Newest first by article publication (what a subscriber sees as new), then by meeting date and id. */
function compareForFeed(a: Meeting, b: Meeting): number {
  const key = (m: Meeting) => `${partialDateToDateTime(m.published)} ${partialDateToDateTime(m.date)} ${m.id}`;
  return key(b).localeCompare(key(a));
}

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
  const meetings = (kind && id ? getMeetingsForTerm(archive.meetings, kind as TermKind, id) : archive.meetings)
    .slice()
    .sort(compareForFeed)
    .slice(0, FEED_SIZE);
  const label = kind && id ? getTermLabel(archive, kind as TermKind, id) : null;
  const pagePath = kind && id ? entryPath(base, SECTION_OF[kind], id) : pathTo(base);
  const selfUrl = absoluteUrl(site, feedPath(base, kind, id));
  const entries = meetings.map((meeting) => meetingToEntry(archive, meeting, site, base));
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


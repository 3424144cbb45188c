import type { Archive } from './archive';
import { meetingPageKey, termPageKey } from './page-keys';
import { getTermCounts, type TermKind } from './terms';

/** One page of a dynamic route: its id, and the key that lets an incremental build reuse it (src/lib/page-keys.ts). */
export interface EntryPath {
  params: { id: string };
  props: { id: string };
  cacheKey: string;
}

/**
 * The meeting pages of one language (give the archive as that language shows it).
 * @param notes the archivists' notes, by meeting id
 */
export function getMeetingPaths(archive: Archive, notes: ReadonlyMap<string, unknown>): EntryPath[] {
  return archive.meetings.map((meeting) => ({ params: { id: meeting.id }, props: { id: meeting.id }, cacheKey: meetingPageKey(archive, meeting, notes.get(meeting.id)) }));
}

/** The official pages of one language. */
export function getOfficialPaths(archive: Archive): EntryPath[] {
  return archive.officials.map((official) => ({ params: { id: official.id }, props: { id: official.id }, cacheKey: termPageKey(archive, 'official', official.id) }));
}

/** The theme, organization, country or year pages of one language: one per term that some meeting has. */
export function getTermPaths(archive: Archive, kind: Exclude<TermKind, 'official'>): EntryPath[] {
  return getTermCounts(archive, kind).map((term) => ({ params: { id: term.id }, props: { id: term.id }, cacheKey: termPageKey(archive, kind, term.id) }));
}

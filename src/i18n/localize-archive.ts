import type { Meeting } from '../schemas/meeting';
import { createArchive, type Archive } from '../lib/archive';
import { DEFAULT_LOCALE, type Locale } from './ui';

/**
 * Joins names the English way: "A", "A and B", "A, B and C", "A, B and 7 others".
 * @example joinEnglishNames(['A', 'B', 'C']) // "A, B and C"
 */
export function joinEnglishNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 3) return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The English title of a meeting: a headline written by the newsroom stays as published (in French); a generated
 * title is rebuilt from the participants, as the French one was (src/ingest/titles.ts).
 * @example "Luong Tam Quang receives Kerry Person (Amazon Web Services)"
 */
export function meetingTitleInEnglish(archive: Archive, meeting: Meeting): string {
  if (!meeting.titleGenerated) return meeting.title;
  const home = meeting.participants.filter((p) => p.side === 'home').map((p) => p.name);
  const foreign = meeting.participants.filter((p) => p.side === 'foreign');
  const organizations = [...new Set(foreign.flatMap((p) => (p.organization ? [archive.organization.get(p.organization)?.name ?? p.organization] : [])))];
  const guests = joinEnglishNames(foreign.map((p) => p.name)) + (organizations.length === 1 ? ` (${organizations[0]})` : '');
  if (home.length === 0) return `Meeting with ${guests}`;
  // The French generator says "reçoit" when the Vietnamese side hosted the meeting at home; that fact is not stored
  // apart, so it is read back from the generated title's verb.
  const hosted = /\breçoi(?:t|vent)\b/u.test(meeting.title);
  const verb = hosted ? (home.length > 1 ? 'receive' : 'receives') : home.length > 1 ? 'meet' : 'meets';
  return `${joinEnglishNames(home)} ${verb} ${guests}`;
}

const localized = new WeakMap<Archive, Archive>();
const originals = new WeakMap<Archive, Archive>();

/**
 * The French archive a localized archive was made from, or the archive itself: a localized archive is computed from
 * it by code alone, so what it shows changes exactly when the French archive's records do (or the code).
 */
export function originalArchive(archive: Archive): Archive {
  return originals.get(archive) ?? archive;
}

/**
 * The archive as an English page shows it: theme labels and country names from the data files' English columns,
 * generated meeting titles in English. Ids, article texts and everything else stay the same. French returns the
 * archive itself; the English one is computed once per archive.
 */
export function localizeArchive(archive: Archive, locale: Locale): Archive {
  if (locale === DEFAULT_LOCALE) return archive;
  const cached = localized.get(archive);
  if (cached) return cached;
  const result = createArchive({
    ...archive,
    themes: archive.themes.map((theme) => ({ ...theme, label: theme.labelEn })),
    countries: archive.countries.map((country) => ({ ...country, name: country.nameEn })),
    meetings: archive.meetings.map((meeting) => ({ ...meeting, title: meetingTitleInEnglish(archive, meeting) })),
  });
  localized.set(archive, result);
  originals.set(result, archive);
  return result;
}

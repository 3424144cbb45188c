import { getCollection, getEntry } from 'astro:content';
import type { Meeting } from '../schemas/meeting';
import { createArchive, type Archive } from './archive';

type MeetingEntryData = Awaited<ReturnType<typeof getCollection<'meetings'>>>[number]['data'];

/** Turns a meeting entry's references back into plain ids, the shape every `src/lib` function takes. */
export function meetingEntryToMeeting(data: MeetingEntryData): Meeting {
  return {
    ...data,
    participants: data.participants.map((participant) => ({
      ...participant,
      official: participant.official.id,
      organization: participant.organization?.id ?? null,
      country: participant.country?.id ?? null,
    })),
    organizations: data.organizations.map((ref) => ref.id),
    countries: data.countries.map((ref) => ref.id),
    themes: data.themes.map((ref) => ref.id),
  };
}

let cached: Promise<Archive> | undefined;

/** Loads every generated collection once per build, as a sorted, indexed archive. */
export function loadArchive(): Promise<Archive> {
  cached ??= (async () => {
    const [meetings, officials, organizations, countries, themes, sources] = await Promise.all([
      getCollection('meetings'),
      getCollection('officials'),
      getCollection('organizations'),
      getCollection('countries'),
      getCollection('themes'),
      getCollection('sources'),
    ]);
    return createArchive({
      meetings: meetings.map((entry) => meetingEntryToMeeting(entry.data)),
      officials: officials.map((entry) => entry.data),
      organizations: organizations.map((entry) => entry.data),
      countries: countries.map((entry) => entry.data),
      themes: themes.map((entry) => entry.data),
      sources: sources.map((entry) => entry.data),
    });
  })();
  return cached;
}

/** The archivists' notes on some meetings (content/notes/<meeting id>.mdx), by meeting id: front matter and MDX source. */
export async function loadNotes(meetingIds: string[]): Promise<Map<string, { data: unknown; body: string | undefined }>> {
  const notes = new Map<string, { data: unknown; body: string | undefined }>();
  // getEntry, not getCollection: the latter warns on every build of an archive that has no note yet.
  for (const id of meetingIds) {
    const note = await getEntry('notes', id);
    if (note) notes.set(id, { data: note.data, body: note.body });
  }
  return notes;
}

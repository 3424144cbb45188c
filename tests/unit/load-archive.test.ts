import { describe, expect, test, vi } from 'vitest';
import { data } from './_site-fixture';

// The content layer is Astro's boundary: mock it with entries shaped as content.config.ts gives them.
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const entries: Record<string, { id: string; data: unknown }[]> = {
  meetings: [...data.meetings].reverse().map((m) => ({
    id: m.id,
    data: {
      ...m,
      participants: m.participants.map((p) => ({
        ...p,
        official: ref('officials', p.official),
        organization: p.organization ? ref('organizations', p.organization) : null,
        country: p.country ? ref('countries', p.country) : null,
      })),
      organizations: m.organizations.map((id) => ref('organizations', id)),
      countries: m.countries.map((id) => ref('countries', id)),
      themes: m.themes.map((id) => ref('themes', id)),
    },
  })),
  officials: data.officials.map((d) => ({ id: d.id, data: d })),
  organizations: data.organizations.map((d) => ({ id: d.id, data: d })),
  countries: data.countries.map((d) => ({ id: d.id, data: d })),
  themes: data.themes.map((d) => ({ id: d.id, data: d })),
  sources: data.sources.map((d) => ({ id: d.id, data: d })),
};
const getCollection = vi.fn(async (name: string) => entries[name] ?? []);
vi.mock('astro:content', () => ({ getCollection }));

const { loadArchive, meetingEntryToMeeting } = await import('../../src/lib/load-archive');

describe('meetingEntryToMeeting', () => {
  test('turns references back into ids', () => {
    const entry = entries['meetings']?.find((e) => e.id === '2026-02-19-luong-tam-quang-shannon-kellogg');
    expect(meetingEntryToMeeting(entry?.data as Parameters<typeof meetingEntryToMeeting>[0])).toEqual(
      data.meetings.find((m) => m.id === '2026-02-19-luong-tam-quang-shannon-kellogg'),
    );
  });
});

describe('loadArchive', () => {
  test('loads every collection once and sorts meetings newest first', async () => {
    const archive = await loadArchive();
    await loadArchive();
    expect(archive.meetings[0]?.id).toBe('2026-03-04-luong-tam-quang-kerry-person');
    expect(archive.meetings.at(-1)?.id).toBe('2024-01-10-luong-tam-quang-kerry-person');
    expect(getCollection).toHaveBeenCalledTimes(6);
  });
});

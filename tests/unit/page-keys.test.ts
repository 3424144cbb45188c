import { describe, expect, it } from 'vitest';
import { createArchive, type ArchiveData } from '../../src/lib/archive';
import { meetingPageKey, termPageKey } from '../../src/lib/page-keys';
import { data } from './_site-fixture';

/** A copy of the fixture data, changed by `edit`, as a new archive. */
function archiveWith(edit: (copy: ArchiveData) => void) {
  const copy = structuredClone(data);
  edit(copy);
  return createArchive(copy);
}

const meetingKey = (archive: ReturnType<typeof createArchive>, id: string, note?: unknown) => meetingPageKey(archive, archive.meeting.get(id)!, note);
const SOLO = '2026-03-04-luong-tam-quang-kerry-person';
const SHARED_SOURCE = '2025-05-to-lam-kerry-person';

describe('meetingPageKey', () => {
  const base = createArchive(structuredClone(data));

  it('is the same for the same data in a new archive', () => {
    expect(meetingKey(createArchive(structuredClone(data)), SOLO)).toBe(meetingKey(base, SOLO));
  });

  it('changes with the meeting itself, its source text and its note', () => {
    expect(meetingKey(archiveWith((d) => void (d.meetings.find((m) => m.id === SOLO)!.place = 'Hô Chi Minh-Ville')), SOLO)).not.toBe(meetingKey(base, SOLO));
    expect(meetingKey(archiveWith((d) => void (d.sources.find((s) => s.id === 's1')!.paragraphs[0]!.text += ' Fin.')), SOLO)).not.toBe(meetingKey(base, SOLO));
    expect(meetingKey(base, SOLO, { data: {}, body: 'Une note.' })).not.toBe(meetingKey(base, SOLO));
  });

  it('changes when an official, organization or theme the meeting names is renamed', () => {
    expect(meetingKey(archiveWith((d) => void (d.officials.find((o) => o.id === 'kerry-person')!.name = 'Kerry A. Person')), SOLO)).not.toBe(meetingKey(base, SOLO));
    expect(meetingKey(archiveWith((d) => void (d.organizations.find((o) => o.id === 'amazon-web-services')!.name = 'AWS Inc.')), SOLO)).not.toBe(meetingKey(base, SOLO));
    expect(meetingKey(archiveWith((d) => void (d.themes.find((t) => t.id === 'numerique')!.label = 'Le numérique')), SOLO)).not.toBe(meetingKey(base, SOLO));
  });

  it('changes when another meeting of the same article is retitled, but not for an unrelated meeting', () => {
    const retitled = archiveWith((d) => void (d.meetings.find((m) => m.id === '2025-05-to-lam-sergei-kudryashov')!.title = 'Autre titre'));
    expect(meetingKey(retitled, SHARED_SOURCE)).not.toBe(meetingKey(base, SHARED_SOURCE));
    expect(meetingKey(retitled, SOLO)).toBe(meetingKey(base, SOLO));
  });

  it('does not change when an entity the meeting does not name is renamed', () => {
    const renamed = archiveWith((d) => void (d.officials.find((o) => o.id === 'sergei-kudryashov')!.name = 'S. I. Kudryashov'));
    expect(meetingKey(renamed, SOLO)).toBe(meetingKey(base, SOLO));
  });
});

describe('termPageKey', () => {
  const base = createArchive(structuredClone(data));

  it('changes when a meeting of the term changes, not when a meeting of another term does', () => {
    const moved = archiveWith((d) => void (d.meetings.find((m) => m.id === '2025-05-to-lam-sergei-kudryashov')!.place = 'Moscou'));
    expect(termPageKey(moved, 'theme', 'energie')).not.toBe(termPageKey(base, 'theme', 'energie'));
    expect(termPageKey(moved, 'official', 'sergei-kudryashov')).not.toBe(termPageKey(base, 'official', 'sergei-kudryashov'));
    expect(termPageKey(moved, 'theme', 'drogue')).toBe(termPageKey(base, 'theme', 'drogue'));
    expect(termPageKey(moved, 'official', 'le-quoc-hung')).toBe(termPageKey(base, 'official', 'le-quoc-hung'));
  });

  it('changes when a new meeting joins the term', () => {
    const added = archiveWith((d) => {
      const copy = structuredClone(d.meetings.find((m) => m.id === SOLO)!);
      d.meetings.push({ ...copy, id: '2026-04-01-luong-tam-quang-kerry-person', date: '2026-04-01', themes: ['drogue'] });
    });
    expect(termPageKey(added, 'theme', 'drogue')).not.toBe(termPageKey(base, 'theme', 'drogue'));
    expect(termPageKey(added, 'official', 'kerry-person')).not.toBe(termPageKey(base, 'official', 'kerry-person'));
  });

  it('changes for every term when the archive grows by a month, since all charts share its time axis', () => {
    const later = archiveWith((d) => void (d.meetings.find((m) => m.id === SOLO)!.date = '2026-12-01'));
    expect(termPageKey(later, 'theme', 'drogue')).not.toBe(termPageKey(base, 'theme', 'drogue'));
  });

  it('changes when a counterpart of an official is renamed, and when the official’s own country is', () => {
    const renamed = archiveWith((d) => void (d.officials.find((o) => o.id === 'chris-landberg')!.name = 'Christopher Landberg'));
    expect(termPageKey(renamed, 'official', 'le-quoc-hung')).not.toBe(termPageKey(base, 'official', 'le-quoc-hung'));
    const country = archiveWith((d) => void (d.countries.find((c) => c.id === 'russie')!.name = 'Fédération de Russie'));
    expect(termPageKey(country, 'official', 'sergei-kudryashov')).not.toBe(termPageKey(base, 'official', 'sergei-kudryashov'));
  });
});

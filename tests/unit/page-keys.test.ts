import { describe, expect, it } from 'vitest';
import { createArchive, type ArchiveData } from '../../src/lib/archive';
import { LISTING_PAGE_SIZE } from '../../src/lib/listing-pages';
import { meetingPageKey, monthListingPageKeys, termListingPageKeys, termPageKey, yearPageKey } from '../../src/lib/page-keys';
import { getMeetingsForTerm, getMeetingsOfMonth } from '../../src/lib/terms';
import { sourceTextDigest } from '../../src/ingest/source-record';
import { localizeArchive } from '../../src/i18n/localize-archive';
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
    expect(meetingKey(archiveWith((d) => void (d.sources.find((s) => s.id === 's1')!.textDigest = sourceTextDigest(' date 2026-03-05 Un autre texte'))), SOLO)).not.toBe(meetingKey(base, SOLO));
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

/**
 * The fixture with `count` more meetings on the theme "drogue", all in 2025 (inside the archive's months, so every
 * chart keeps its axis), each with its own day: Lương Tam Quang meets Chris Landberg.
 */
function withDrugMeetings(count: number, edit: (copy: ArchiveData) => void = () => {}) {
  return archiveWith((d) => {
    const model = d.meetings.find((m) => m.id === '2025-09-05-le-quoc-hung-chris-landberg')!;
    for (let i = 0; i < count; i += 1) {
      const date = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
      d.meetings.push({ ...structuredClone(model), id: `${date}-drogue-${i}`, source: `bulk-${i}`, date, themes: ['drogue'] });
    }
    edit(d);
  });
}

/** The drug meetings of an archive, newest first, as its listing shows them. */
const drugListing = (archive: ReturnType<typeof createArchive>) => getMeetingsForTerm(archive.meetings, 'theme', 'drogue').reverse();

describe('termListingPageKeys', () => {
  const base = withDrugMeetings(250);
  const keys = termListingPageKeys(base, 'theme', 'drogue');

  it('gives one key per page of the listing, all different', () => {
    expect(keys).toHaveLength(Math.ceil(drugListing(base).length / LISTING_PAGE_SIZE));
    expect(new Set(keys).size).toBe(keys.length);
    expect(termListingPageKeys(base, 'theme', 'energie')).toHaveLength(1);
  });

  it('is the same for the same data in a new archive', () => {
    expect(termListingPageKeys(withDrugMeetings(250), 'theme', 'drogue')).toEqual(keys);
  });

  it('changes only for the page listing a meeting whose place changed', () => {
    const target = drugListing(base)[LISTING_PAGE_SIZE + 5]!.id;
    const moved = withDrugMeetings(250, (d) => void (d.meetings.find((m) => m.id === target)!.place = 'Hô Chi Minh-Ville'));
    const changed = termListingPageKeys(moved, 'theme', 'drogue').map((key, index) => key !== keys[index]);
    expect(changed).toEqual(keys.map((_, index) => index === 1));
  });

  it('changes for every page of the term when a meeting joins it (the pages shift), for no other term', () => {
    const added = withDrugMeetings(251);
    const after = termListingPageKeys(added, 'theme', 'drogue');
    expect(after.filter((key) => keys.includes(key))).toEqual([]);
    expect(termListingPageKeys(added, 'theme', 'energie')).toEqual(termListingPageKeys(base, 'theme', 'energie'));
  });

  it("changes the first page's key when its charts change, although the meeting changed is on another page", () => {
    const pages = keys.length;
    expect(pages).toBeGreaterThanOrEqual(3);
    // A meeting inside the last page (not at either end of it, so no page's dates change) moves to the next month,
    // then gets another counterpart: the month chart, then the officials chart of page 1 change, not page 2.
    const listing = drugListing(base);
    const lastStart = (pages - 1) * LISTING_PAGE_SIZE;
    const target = listing.slice(lastStart + 1, -1).find((m) => {
      const later = `${m.date.slice(0, 5)}${String(Number(m.date.slice(5, 7)) + 1).padStart(2, '0')}${m.date.slice(7)}`;
      return listing[lastStart + 1]!.date > later && later > listing.at(-1)!.date;
    })!;
    expect(target).toBeDefined();
    const later = `${target.date.slice(0, 5)}${String(Number(target.date.slice(5, 7)) + 1).padStart(2, '0')}${target.date.slice(7)}`;
    const redated = termListingPageKeys(withDrugMeetings(250, (d) => void (d.meetings.find((m) => m.id === target.id)!.date = later)), 'theme', 'drogue');
    expect(redated.map((key, index) => key !== keys[index])).toEqual(keys.map((_, index) => index === 0 || index === pages - 1));
    const met = withDrugMeetings(250, (d) => {
      const participant = d.meetings.find((m) => m.id === target.id)!.participants.find((p) => p.official === 'chris-landberg')!;
      participant.official = 'sergei-kudryashov';
    });
    const after = termListingPageKeys(met, 'theme', 'drogue');
    expect(after.map((key, index) => key !== keys[index])).toEqual(keys.map((_, index) => index === 0 || index === pages - 1));
  });

  it('changes when the term (its French label, which the feed shows) or an official its meetings name is renamed', () => {
    const renamed = withDrugMeetings(250, (d) => void (d.themes.find((t) => t.id === 'drogue')!.label = 'Stupéfiants'));
    expect(termListingPageKeys(renamed, 'theme', 'drogue').some((key) => keys.includes(key))).toBe(false);
    const official = withDrugMeetings(250, (d) => void (d.officials.find((o) => o.id === 'chris-landberg')!.name = 'Christopher Landberg'));
    expect(termListingPageKeys(official, 'theme', 'drogue').some((key) => keys.includes(key))).toBe(false);
  });
});

describe('monthListingPageKeys', () => {
  const base = withDrugMeetings(250);

  it('gives one key per page of the month', () => {
    const may = getMeetingsOfMonth(base.meetings, '2025-05');
    expect(may.length).toBeGreaterThan(1);
    expect(monthListingPageKeys(base, '2025-05')).toHaveLength(Math.ceil(may.length / LISTING_PAGE_SIZE));
  });

  it('changes when a meeting joins the month, not when one joins another month', () => {
    const added = withDrugMeetings(250, (d) => {
      const copy = structuredClone(d.meetings.find((m) => m.id === SOLO)!);
      d.meetings.push({ ...copy, id: '2025-05-20-luong-tam-quang-kerry-person', date: '2025-05-20' });
    });
    expect(monthListingPageKeys(added, '2025-05')).not.toEqual(monthListingPageKeys(base, '2025-05'));
    expect(monthListingPageKeys(added, '2025-06')).toEqual(monthListingPageKeys(base, '2025-06'));
  });
});

describe('yearPageKey', () => {
  const base = createArchive(structuredClone(data));

  it('changes when a month of the year gains a meeting, not when a meeting of the year moves to another place', () => {
    const added = archiveWith((d) => {
      const copy = structuredClone(d.meetings.find((m) => m.id === SOLO)!);
      d.meetings.push({ ...copy, id: '2025-07-01-luong-tam-quang-kerry-person', date: '2025-07-01' });
    });
    expect(yearPageKey(added, '2025')).not.toBe(yearPageKey(base, '2025'));
    expect(yearPageKey(added, '2026')).toBe(yearPageKey(base, '2026'));
    const moved = archiveWith((d) => void (d.meetings.find((m) => m.id === '2025-05-to-lam-kerry-person')!.place = 'Hanoï'));
    expect(yearPageKey(moved, '2025')).toBe(yearPageKey(base, '2025'));
  });
});

describe('keys of English pages', () => {
  const english = (archive: ReturnType<typeof createArchive>) => localizeArchive(archive, 'en');
  const base = createArchive(structuredClone(data));

  it('change when what only English shows changes in the French records: a country\'s English name, a theme\'s English label', () => {
    const before = meetingKey(english(base), SOLO);
    const themeOfSolo = base.meeting.get(SOLO)!.themes[0]!;
    const countryOfSolo = base.meeting.get(SOLO)!.countries[0]!;
    expect(meetingKey(english(archiveWith((d) => void (d.themes.find((t) => t.id === themeOfSolo)!.labelEn = 'Something else'))), SOLO)).not.toBe(before);
    expect(meetingKey(english(archiveWith((d) => void (d.countries.find((c) => c.id === countryOfSolo)!.nameEn = 'Elsewhere'))), SOLO)).not.toBe(before);
    expect(termPageKey(english(archiveWith((d) => void (d.countries.find((c) => c.id === countryOfSolo)!.nameEn = 'Elsewhere'))), 'official', 'luong-tam-quang')).not.toBe(
      termPageKey(english(base), 'official', 'luong-tam-quang'),
    );
  });

  it("are the French pages' keys, the English archive being made from the French one by code, and change with an English label", () => {
    const en = english(base);
    const theme = base.meeting.get(SOLO)!.themes[0]!;
    expect(meetingKey(en, SOLO)).toBe(meetingKey(base, SOLO));
    expect(meetingKey(en, SOLO, { data: {}, body: 'Une note.' })).toBe(meetingKey(base, SOLO, { data: {}, body: 'Une note.' }));
    expect(termPageKey(en, 'official', 'luong-tam-quang')).toBe(termPageKey(base, 'official', 'luong-tam-quang'));
    expect(termListingPageKeys(en, 'theme', theme)).toEqual(termListingPageKeys(base, 'theme', theme));
    expect(monthListingPageKeys(en, '2025-05')).toEqual(monthListingPageKeys(base, '2025-05'));
    expect(yearPageKey(en, '2025')).toBe(yearPageKey(base, '2025'));
    const relabelled = english(archiveWith((d) => void (d.themes.find((t) => t.id === theme)!.labelEn = 'Something else')));
    expect(termListingPageKeys(relabelled, 'theme', theme).some((key) => termListingPageKeys(en, 'theme', theme).includes(key))).toBe(false);
  });

  it('change with the meeting itself, and not when an entity the meeting does not name is renamed', () => {
    const before = meetingKey(english(base), SOLO);
    expect(meetingKey(english(archiveWith((d) => void (d.meetings.find((m) => m.id === SOLO)!.place = 'Hô Chi Minh-Ville'))), SOLO)).not.toBe(before);
    expect(meetingKey(english(archiveWith((d) => void (d.officials.find((o) => o.id === 'sergei-kudryashov')!.name = 'S. Kudryashov'))), SOLO)).toBe(before);
  });
});

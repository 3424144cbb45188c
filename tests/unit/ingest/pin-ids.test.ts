import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestArchive, readSourceInput, type ApplyOverride, type ArchiveData, type SourceInput } from '../../../src/ingest/ingest-archive';
import { followRenames, pinEntityIds } from '../../../src/ingest/pin-ids';
import { getRedirects } from '../../../src/lib/redirects';
import type { ExtractedMeeting } from '../../../src/schemas/extraction';
import { seedFixturesDir } from '../../helpers';
import { projectKnowledge } from './helpers';

describe('followRenames', () => {
  test.each([
    ['an id that was never renamed', {}, 'a', 'a'],
    ['one rename', { a: 'b' }, 'a', 'b'],
    ['a chain of renames', { a: 'b', b: 'c' }, 'a', 'c'],
  ])('follows %s', (_, renames, id, expected) => {
    expect(followRenames(renames, id)).toBe(expected);
  });

  test('refuses a loop, naming its steps', () => {
    expect(() => followRenames({ a: 'b', b: 'a' }, 'a')).toThrow('a → b → a');
  });
});

describe('pinEntityIds', () => {
  test('gives an entity the id once published for one of its names, whatever the resolver chose now', () => {
    const { ids } = pinEntityIds([{ id: 'kerry-anne-person', names: ['Kerry Anne Person', 'Kerry Person'], curated: false }], { 'Kerry Person': 'kerry-person' }, {}, 'officials');
    expect(ids.get('kerry-anne-person')).toBe('kerry-person');
  });

  test('matches pinned names regardless of case and diacritics', () => {
    const { ids } = pinEntityIds([{ id: 'luong-tam-quang-2', names: ['LUONG Tam Quang'], curated: false }], { 'Lương Tam Quang': 'luong-tam-quang' }, {}, 'officials');
    expect(ids.get('luong-tam-quang-2')).toBe('luong-tam-quang');
  });

  test('keeps a curated id even when a name was pinned to another id', () => {
    const { ids } = pinEntityIds([{ id: 'to-lam', names: ['Tô Lâm'], curated: true }], { 'To Lam': 'to-lam-old' }, {}, 'officials');
    expect(ids.get('to-lam')).toBe('to-lam');
  });

  test('never gives a new entity an id once published for someone else', () => {
    const { ids } = pinEntityIds([{ id: 'john-smith', names: ['John Smith'], curated: false }], { 'Jon Smith': 'john-smith' }, {}, 'officials');
    expect(ids.get('john-smith')).toBe('john-smith-2');
  });

  test('gives the pinned id to one entity only when two now claim it (a split)', () => {
    const { ids } = pinEntityIds(
      [{ id: 'a', names: ['Anna Li'], curated: false }, { id: 'b', names: ['Anna Lee'], curated: false }],
      { 'Anna Li': 'anna-li', 'Anna Lee': 'anna-li' },
      {},
      'officials',
    );
    expect([ids.get('a'), ids.get('b')]).toEqual(['anna-li', 'b']);
  });

  test('applies an archivist rename after the pin', () => {
    const { ids } = pinEntityIds([{ id: 'x', names: ['Yuri Maximo'], curated: false }], { 'Yuri Maximo': 'yuri-maximo' }, { 'yuri-maximo': 'iouri-maximov' }, 'officials');
    expect(ids.get('x')).toBe('iouri-maximov');
  });

  test('only adds pins: names seen for the first time, existing pins untouched', () => {
    const { pins } = pinEntityIds([{ id: 'kerry-person', names: ['Kerry Person', 'Kerry A. Person'], curated: false }], { 'Kerry Person': 'kerry-person', 'Old Name': 'old-id' }, {}, 'officials');
    expect(pins).toEqual({ 'Kerry Person': 'kerry-person', 'Old Name': 'old-id', 'Kerry A. Person': 'kerry-person' });
  });

  test('refuses a rename that would give two entities one id, saying how to merge them', () => {
    expect(() =>
      pinEntityIds([{ id: 'a', names: ['Anna Li'], curated: false }, { id: 'b', names: ['Bo Li'], curated: false }], { 'Anna Li': 'a', 'Bo Li': 'b' }, { a: 'b' }, 'officials'),
    ).toThrow(/would share the id "b".*content\/data\/officials\.yaml/);
  });
});

/** The seed articles, plus two articles about people the archive does not curate, as the ingest reads them. */
function inputs(): SourceInput[] {
  const seeds = readdirSync(seedFixturesDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readSourceInput(file.replace(/\.txt$/, ''), `tests/fixtures/seeds/${file}`, readFileSync(join(seedFixturesDir, file), 'utf8')));
  return [...seeds, article('900_ndisi'), article('901_berg')];
}

function article(id: string): SourceInput {
  return readSourceInput(id, `content/sources/${id}.txt`, ' date 2024-03-02 Le ministre reçoit\n\nTexte.\n');
}

/** A meeting as the extractor (or an archivist) writes it: one Vietnamese host, foreign guests by name. */
function meetingWith(date: string, guests: string[]): ExtractedMeeting {
  return {
    date, place: 'Hanoï', organizations: ['Agence suédoise de la police'], countries: ['Vietnam', 'Suède'], themes: [], paragraphs: [0], title: null,
    participants: [
      { name: 'Lương Tam Quang', role: 'ministre', organization: null, country: 'Vietnam', side: 'home' },
      ...guests.map((name) => ({ name, role: 'directeur', organization: 'Agence suédoise de la police', country: 'Suède', side: 'foreign' as const })),
    ],
  };
}

/** The extractor's output today: the seeds as extracted, the two hand-made articles as written here. */
const today: ApplyOverride = (source, meetings) =>
  source === '900_ndisi' ? [meetingWith('2024-03-01', ['Johan Ndisi'])] : source === '901_berg' ? [meetingWith('2024-03-02', ['Lars Berg'])] : meetings;

/** Every URL an ingest publishes: meeting, official and organization ids. */
function publishedIds(data: ArchiveData) {
  return {
    meetings: data.meetings.map((m) => `${m.source}#${m.position} ${m.id}`).sort(),
    officials: data.officials.map((o) => o.id).sort(),
    organizations: data.organizations.map((o) => o.id).sort(),
  };
}

describe('re-ingesting the archive', () => {
  test('keeps every meeting, official and organization URL when the extraction output changes', async () => {
    const knowledge = await projectKnowledge();
    const first = ingestArchive(inputs(), knowledge, { applyOverride: today, permalinks: {} });
    expect(first.officials.map((o) => o.id)).toEqual(expect.arrayContaining(['johan-ndisi', 'lars-berg']));
    // The extractor improves: titles and roles are corrected, participants come in another order, and a newly
    // added article, read first, gives both Swedish officials a middle name (the first spelling seen names them).
    const added = article('0000_added');
    const improved: ApplyOverride = (source, meetings) =>
      source === added.id
        ? [meetingWith('2020-01-01', ['Johan Erik Ndisi', 'Lars Olof Berg'])]
        : today(source, meetings).map((m) => ({ ...m, title: `Titre corrigé ${m.date}`, participants: [...m.participants].reverse().map((p) => ({ ...p, role: `${p.role ?? ''} (corrigé)` })) }));
    const second = ingestArchive([added, ...inputs()], knowledge, { applyOverride: improved, permalinks: first.permalinks, entityPins: first.entityPins });
    const [before, after] = [publishedIds(first), publishedIds(second)];
    expect(after.meetings).toEqual(expect.arrayContaining(before.meetings));
    expect(after.officials).toEqual(expect.arrayContaining(before.officials));
    expect(after.organizations).toEqual(expect.arrayContaining(before.organizations));
    // The new spellings reached the same officials, and the pins only grew.
    expect(second.officials.find((o) => o.id === 'johan-ndisi')).toMatchObject({ name: 'Johan Erik Ndisi', aliases: ['Johan Ndisi'] });
    expect(second.permalinks).toMatchObject(first.permalinks);
    expect(second.entityPins.officials).toMatchObject(first.entityPins.officials);
    // Without the pins, the same ingest would have moved both officials to new URLs.
    const unpinned = ingestArchive([added, ...inputs()], knowledge, { applyOverride: improved, permalinks: first.permalinks });
    expect(unpinned.officials.map((o) => o.id)).not.toContain('johan-ndisi');
  });

  test('a renamed meeting and official take their new ids, and their old URLs redirect there', async () => {
    const knowledge = await projectKnowledge();
    const first = ingestArchive(inputs(), knowledge, { applyOverride: today, permalinks: {} });
    const meeting = first.meetings.find((m) => m.source === '900_ndisi')!;
    // The archivist renames one meeting and one official in content/data/redirects.yaml, then re-ingests.
    const redirects = { meetings: { [meeting.id]: 'rencontre-renommee' }, officials: { 'johan-ndisi': 'johan-ndisi-suede' }, organizations: {} };
    const second = ingestArchive(inputs(), knowledge, { applyOverride: today, permalinks: first.permalinks, entityPins: first.entityPins, renames: redirects });
    expect(second.meetings.find((m) => m.source === '900_ndisi')?.id).toBe('rencontre-renommee');
    expect(second.meetings.find((m) => m.source === '900_ndisi')?.participants.map((p) => p.official)).toContain('johan-ndisi-suede');
    expect(second.officials.map((o) => o.id)).not.toContain('johan-ndisi');
    const input = { ...second, redirects };
    expect(getRedirects(input, '/archive/')).toEqual([
      { from: `/archive/meetings/${meeting.id}/`, to: '/archive/meetings/rencontre-renommee/', label: second.meetings.find((m) => m.id === 'rencontre-renommee')!.title, gone: false },
      { from: '/archive/officials/johan-ndisi/', to: '/archive/officials/johan-ndisi-suede/', label: 'Johan Ndisi', gone: false },
    ]);
  });
});

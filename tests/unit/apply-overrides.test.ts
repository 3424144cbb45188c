import { describe, expect, test } from 'vitest';
import { applyOverride, createApplyOverride } from '../../src/ingest/apply-overrides';
import { ExtractedMeetingSchema, type ExtractedMeeting } from '../../src/schemas/extraction';
import { OverrideSchema } from '../../src/schemas/override';

/** Builds an extracted meeting through the schema so every fixture is valid. */
function meeting(fields: Partial<ExtractedMeeting>): ExtractedMeeting {
  return ExtractedMeetingSchema.parse({
    date: '2026-02-19',
    place: 'Hanoï',
    participants: [{ name: 'Lương Tam Quang', role: 'ministre', organization: null, country: 'Vietnam', side: 'home' }],
    organizations: [],
    countries: ['Vietnam'],
    themes: [],
    paragraphs: [0],
    title: null,
    ...fields,
  });
}

const override = OverrideSchema.parse({
  note: 'The extractor took the dispatch date for the meeting date and missed the second meeting.',
  meetings: [{ position: 0, date: '2026-02-18', place: null, themes: ['cybersecurite'] }],
  add: [{ date: '2026-02-18', participants: [{ name: 'Kerry Person', side: 'foreign', country: 'États-Unis' }], paragraphs: [3] }],
});

describe('applyOverride', () => {
  test('an override field wins over the extracted value, other fields stay', () => {
    const [first] = applyOverride(override, 'src', [meeting({ date: '2026-02-19', themes: ['drogue'] })]);
    expect(first?.date).toBe('2026-02-18');
    expect(first?.place).toBeNull();
    expect(first?.themes).toEqual(['cybersecurite']);
    expect(first?.participants[0]?.name).toBe('Lương Tam Quang');
  });

  test('the override survives re-ingest with a different extractor output', () => {
    const firstRun = applyOverride(override, 'src', [meeting({ date: '2026-02-19', place: 'Hanoï' })]);
    const secondRun = applyOverride(override, 'src', [meeting({ date: '2026-02-20', place: 'Hô Chi Minh-Ville', paragraphs: [1, 2] })]);
    for (const run of [firstRun, secondRun]) {
      expect(run.map((m) => [m.date, m.place, m.themes])).toEqual([
        ['2026-02-18', null, ['cybersecurite']],
        ['2026-02-18', null, []],
      ]);
    }
    // Fields the archivist did not touch follow the new extraction.
    expect(secondRun[0]?.paragraphs).toEqual([1, 2]);
  });

  test('appends added meetings with defaults for omitted fields', () => {
    const result = applyOverride(override, 'src', [meeting({})]);
    expect(result).toHaveLength(2);
    expect(result[1]).toEqual({
      date: '2026-02-18',
      place: null,
      participants: [{ name: 'Kerry Person', role: null, organization: null, country: 'États-Unis', side: 'foreign' }],
      organizations: [],
      countries: [],
      themes: [],
      paragraphs: [3],
      title: null,
    });
  });

  test('drops a removed meeting and keeps the others in order', () => {
    const removal = OverrideSchema.parse({ note: 'Meeting 1 is a past meeting recalled as context.', meetings: [{ position: 1, remove: true }] });
    const input = [meeting({ place: 'A' }), meeting({ place: 'B' }), meeting({ place: 'C' })];
    expect(applyOverride(removal, 'src', input).map((m) => m.place)).toEqual(['A', 'C']);
  });

  test('a position the extractor did not produce throws, naming the file and the fix', () => {
    const wrong = OverrideSchema.parse({ note: 'x', meetings: [{ position: 2, title: 'T' }] });
    expect(() => applyOverride(wrong, '001_abc', [meeting({}), meeting({})])).toThrow(
      'content/overrides/001_abc.yaml: position 2 does not exist; the extractor found 2 meetings (positions 0 to 1) in 001_abc.',
    );
    expect(() => applyOverride(wrong, '001_abc', [])).toThrow(/found no meeting in 001_abc\. Fix the position .* under "add:"/);
  });
});

describe('createApplyOverride', () => {
  test('applies the override of the source and passes other sources through', () => {
    const apply = createApplyOverride(new Map([['with-override', override]]));
    const input = [meeting({ date: '2026-01-01' })];
    expect(apply('with-override', input)[0]?.date).toBe('2026-02-18');
    expect(apply('other', input)).toBe(input);
  });
});

describe('OverrideSchema', () => {
  test.each([
    ['an unknown field', { note: 'n', meetings: [{ position: 0, datee: '2026-01-01' }] }, /Unrecognized key.*datee/],
    ['remove with other fields', { note: 'n', meetings: [{ position: 0, remove: true, place: 'X' }] }, /is dropped, so it takes no other field/],
    ['an entry that changes nothing', { note: 'n', meetings: [{ position: 0 }] }, /changes nothing/],
    ['a position given twice', { note: 'n', meetings: [{ position: 0, place: 'X' }, { position: 0, title: 'T' }] }, /position 0 appears twice/],
    ['a missing note', { meetings: [{ position: 0, place: 'X' }] }, /add a "note" saying why/],
    ['an empty note', { note: '  ', meetings: [{ position: 0, place: 'X' }] }, /add a "note" saying why/],
    ['a bad date', { note: 'n', meetings: [{ position: 0, date: '19/02/2026' }] }, /expected YYYY-MM-DD or YYYY-MM/],
    ['an added meeting without participants', { note: 'n', add: [{ date: '2026-02-01', participants: [] }] }, /at least one participant/],
  ])('rejects %s', (_, input, message) => {
    const result = OverrideSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});

import { describe, expect, test } from 'vitest';
import { ArchiveBuilder, extractOutcome, ingestArchive, readSourceInput, type ApplyOverride, type SourceInput } from '../../../src/ingest/ingest-archive';
import { projectKnowledge, sourceText } from './helpers';

const keep: ApplyOverride = (_source, meetings) => meetings;
const input = (id: string, raw: string): SourceInput => readSourceInput(id, `content/sources/${id}.txt`, raw);

const first = input(
  '500_a',
  sourceText('2024-03-02 Le ministre reçoit un ambassadeur', 'Le ministre de l’Intérieur, Nguyễn Văn Hải, a reçu le 1er mars à Hanoï l’ambassadeur de Suède au Vietnam, Johan Ndisi.'),
);
const second = input(
  '501_b',
  sourceText('2024-05-10 Nouvelle rencontre', 'Le ministre de l’Intérieur, Nguyen Van Hai, a reçu le 9 mai à Hanoï le vice-ministre suédois de la Justice, Lars Berg.'),
);

describe('ingestArchive', () => {
  test('gives one official to one person whatever the spelling', async () => {
    const data = ingestArchive([first, second], await projectKnowledge(), { applyOverride: keep, permalinks: {} });
    const hosts = data.meetings.map((m) => m.participants.find((p) => p.side === 'home')!.official);
    expect(hosts[0]).toBe(hosts[1]);
    expect(data.officials.find((o) => o.id === hosts[0])).toMatchObject({ name: 'Nguyễn Văn Hải', aliases: ['Nguyen Van Hai'], side: 'home', country: 'vietnam' });
  });

  test('writes the same archive whatever order the sources are read in', async () => {
    const knowledge = await projectKnowledge();
    const forward = ingestArchive([first, second], knowledge, { applyOverride: keep, permalinks: {} });
    const backward = ingestArchive([second, first], knowledge, { applyOverride: keep, permalinks: {} });
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  test('keeps a pinned slug and pins new meetings', async () => {
    const pinned = { '500_a#0': 'rencontre-citee-2024' };
    const data = ingestArchive([first, second], await projectKnowledge(), { applyOverride: keep, permalinks: pinned });
    expect(data.meetings.map((m) => m.id).sort()).toEqual(['2024-05-09-nguyen-van-hai-lars-berg', 'rencontre-citee-2024']);
    expect(data.permalinks).toEqual({ ...pinned, '501_b#0': '2024-05-09-nguyen-van-hai-lars-berg' });
  });

  test('reports a source it cannot read instead of dropping it', async () => {
    const data = ingestArchive([first, input('502_c', 'Pas de ligne d’en-tête\n\nTexte.')], await projectKnowledge(), { applyOverride: keep, permalinks: {} });
    expect(data.report.find((r) => r.source === '502_c')).toMatchObject({ meetings: 0, errors: [expect.stringMatching(/^line 1: the first line is not a header/)] });
    expect(data.report.find((r) => r.source === '500_a')).toMatchObject({ meetings: 1, errors: [] });
  });
});

describe('ArchiveBuilder', () => {
  test('gives, source by source in id order, the archive ingestArchive gives', async () => {
    const knowledge = await projectKnowledge();
    const options = { applyOverride: keep, permalinks: { '501_b#0': '2024-05-09-pinned' } };
    const builder = new ArchiveBuilder(knowledge, options);
    for (const source of [first, second]) builder.add(source, extractOutcome(source, knowledge));
    const built = builder.finish();
    expect(built.permalinks['501_b#0']).toBe('2024-05-09-pinned');
    expect(JSON.stringify(built)).toBe(JSON.stringify(ingestArchive([second, first], knowledge, options)));
  });

  test('refuses a source out of id order', async () => {
    const knowledge = await projectKnowledge();
    const builder = new ArchiveBuilder(knowledge, { applyOverride: keep, permalinks: {} });
    builder.add(second, extractOutcome(second, knowledge));
    expect(() => builder.add(first, extractOutcome(first, knowledge))).toThrow(/id order/);
  });
});

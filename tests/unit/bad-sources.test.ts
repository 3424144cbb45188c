import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestArchive, type ArchiveData } from '../../src/ingest/ingest-archive';
import { mergeReadReport } from '../../src/io/ingest-report';
import { loadKnowledge } from '../../src/io/load-knowledge';
import { readSources } from '../../src/io/read-sources';
import { readSourceText } from '../../src/io/read-source-text';
import type { SourceReport } from '../../src/ingest/ingest-archive';
import { projectRoot } from '../helpers';

/** The committed hostile corpus; the huge and binary inputs are generated below, into a temp folder. */
const fixtures = path.join(projectRoot, 'tests/fixtures/bad-sources');

/** Ingests a folder the way scripts/ingest.ts does: read, extract, merge the reader's findings into the report. */
async function ingestFolder(dir: string): Promise<{ data: ArchiveData; report: SourceReport[] }> {
  const { inputs, warnings, failures, ignored } = await readSources(dir, projectRoot);
  const data = ingestArchive(inputs, await loadKnowledge(projectRoot), { applyOverride: (_, meetings) => meetings, permalinks: {} });
  return { data, report: mergeReadReport(data.report, warnings, [...failures, ...ignored]) };
}

const entryOf = (report: SourceReport[], name: string) => {
  const entry = report.find((candidate) => candidate.file.endsWith(`/${name}`));
  if (!entry) throw new Error(`no report entry for ${name} among ${report.map((r) => r.file).join(', ')}`);
  return entry;
};

describe('the hostile fixture corpus', () => {
  let result: Awaited<ReturnType<typeof ingestFolder>>;
  /** A source's text as a meeting page reads it: from its file, checked against the ingested record. */
  const textOf = (id: string) => readSourceText(result.data.sources.find((candidate) => candidate.id === id)!, projectRoot);
  beforeAll(async () => {
    result = await ingestFolder(fixtures);
  });

  test('gives every file of the folder a report entry, hidden files aside', async () => {
    const files = (await readdir(fixtures)).filter((name) => !name.startsWith('.')).sort();
    expect(result.report.map((entry) => path.basename(entry.file)).sort()).toEqual(files);
  });

  test.each([
    ['empty.txt', /^line 1: the file is empty: .*remove the file$/],
    ['whitespace-only.txt', /^line 1: the file holds only blank lines: /],
    ['no-header.txt', /^line 1: the first line is not a header " date YYYY-MM-DD Headline" \(it reads "Hanoï, 2 juin .*\): add the publication date line/],
    ['impossible-day.txt', /^line 1: the header date 2026-02-30 does not exist: correct the publication date/],
    ['impossible-month.txt', /^line 1: the header date 2026-13 does not exist: correct the publication date/],
    ['nul-bytes.txt', /^binary content .*; remove the file or replace it with the article text$/],
  ])('refuses %s with a message saying where and what to do', (name, message) => {
    expect(entryOf(result.report, name)).toMatchObject({ meetings: 0, warnings: [], errors: [expect.stringMatching(message)] });
  });

  test.each([
    ['no-meeting.txt', 0, /^no meeting found/],
    ['notes.md', 0, /^not a \.txt file, not read: if it is an article, save it as UTF-8 text/],
    ['windows-1252.txt', 1, /decoded as Windows-1252; check the accents and re-save the file as UTF-8/],
    ['compte rendu été.txt', 1, /published under the id "compte-rendu-ete"; rename the file to compte-rendu-ete\.txt/],
  ])('keeps %s with a warning (%i meeting)', (name, meetings, warning) => {
    expect(entryOf(result.report, name)).toMatchObject({ meetings, errors: [], warnings: [expect.stringMatching(warning)] });
  });

  test('reads Windows-1252 French with its accents and typographic apostrophe', () => {
    const source = textOf('windows-1252');
    expect(source.headline).toBe('Le ministre reçoit l’ambassadeur de Belgique à Hanoï');
    expect(source.paragraphs[0]?.text).toContain('sécurité des étrangers');
  });

  test('reads a byte-order mark, CRLF and CR line ends as the same article', () => {
    const [bom, crlf, cr] = ['bom', 'crlf', 'cr'].map(textOf);
    expect(bom!.headline).toBe('Le ministre reçoit l’ambassadeur d’Italie');
    expect(bom!.paragraphs).toHaveLength(2);
    for (const other of [crlf!, cr!]) expect({ ...other, id: '', file: '' }).toEqual({ ...bom!, id: '', file: '' });
    for (const id of ['bom', 'crlf', 'cr']) expect(entryOf(result.report, `${id}.txt`)).toMatchObject({ meetings: 1, warnings: [], errors: [] });
  });

  test.each([
    ['html-script', "<script>window.__pwned = 'script'</script><img src=\"x\" onerror=\"window.__pwned = 'img'\">"],
    ['mdx-jsx', 'import fs from \'node:fs\''],
    ['mdx-jsx', '{process.exit(1)}'],
    ['markdown', '[le communiqué](javascript:window.__pwned=\'markdown\')'],
    ['quotes', '« la coopération » et “l’avenir” ‘commun’ ‹ ensemble › „ici“ `cité´'],
  ])('keeps the text of %s exactly as written: %s', (id, snippet) => {
    const source = textOf(id);
    expect([source.headline, ...source.paragraphs.map((p) => p.text)].join('\n')).toContain(snippet);
    expect(entryOf(result.report, `${id}.txt`)).toMatchObject({ meetings: 1, errors: [] });
  });

  test('keeps names with apostrophes and quotes as participants', () => {
    const meeting = result.data.meetings.find((candidate) => candidate.source === 'quotes')!;
    expect(meeting.participants.filter((p) => p.side === 'foreign').map((p) => p.name)).toEqual(["Seán O'Brien", "Patrick D'Arcy"]);
  });
});

describe('generated hostile inputs', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof ingestFolder>>;
  const article = (headline: string, ...paragraphs: string[]) => [` date 2025-03-12 ${headline}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const meetingParagraph = 'Hanoï, 11 mars (VNA) - Le ministre vietnamien de la Sécurité publique, Luong Tam Quang, a reçu le 11 mars à Hanoï l’ambassadeur de France au Vietnam, Olivier Brochet.';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rencontres-bad-sources-'));
    // A 5 MB article: one real meeting paragraph, then the same filler paragraph until the file passes 5 MB.
    const filler = 'Les deux parties ont discuté de la coopération dans la lutte contre la criminalité transnationale.';
    await writeFile(path.join(dir, 'five-mb.txt'), article('Un article démesuré', meetingParagraph, ...Array(Math.ceil((5.02 * 1024 * 1024) / Buffer.byteLength(`${filler}\n\n`))).fill(filler)));
    // (5.0 MB as the warning counts them: mebibytes.)
    // One line of 100,000 characters right after the header and its blank line.
    await writeFile(path.join(dir, 'long-line.txt'), article('Une seule ligne', 'a'.repeat(100_000)));
    // A binary file (a PNG signature and pseudo-random bytes, no NUL on purpose: control bytes alone must be enough).
    let seed = 7;
    const noise = Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255) + 1);
    await writeFile(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise]));
    // Windows "Unicode" (UTF-16 little-endian with a byte-order mark).
    await writeFile(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('Le ministre reçoit', meetingParagraph), 'utf16le')]));
    // Same identity: case, Unicode normalization (NFC and NFD "é"), accents, and a name with no usable character.
    await writeFile(path.join(dir, 'Rapport-1.txt'), article('Rapport', meetingParagraph));
    await writeFile(path.join(dir, 'rapport-1.txt'), article('Rapport en double', meetingParagraph));
    await writeFile(path.join(dir, 'cafe.txt'), article('Café', meetingParagraph));
    await writeFile(path.join(dir, 'caf\u00e9.txt'), article('Café NFC', meetingParagraph));
    await writeFile(path.join(dir, 'cafe\u0301.txt'), article('Café NFD', meetingParagraph));
    await writeFile(path.join(dir, '¿¡.txt'), article('Sans nom', meetingParagraph));
    // A sub-folder holding an article, and a hidden file.
    await mkdir(path.join(dir, 'archives'));
    await copyFile(path.join(fixtures, 'bom.txt'), path.join(dir, 'archives', 'bom.txt'));
    await writeFile(path.join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    result = await ingestFolder(dir);
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('ingests a 5 MB article, warning that it is far larger than an article', () => {
    expect(entryOf(result.report, 'five-mb.txt')).toMatchObject({ meetings: 1, errors: [], warnings: [expect.stringMatching(/^the file is 5\.0 MB, far more than a news article/)] });
  });

  test('names the line of 100,000 characters', () => {
    expect(entryOf(result.report, 'long-line.txt')).toMatchObject({
      errors: [],
      warnings: [expect.stringMatching(/^line 3: 100,000 characters on one line: check that the paragraphs are separated by blank lines$/), expect.stringMatching(/^no meeting found/)],
    });
  });

  test('refuses a binary file', () => {
    expect(entryOf(result.report, 'image.txt')).toMatchObject({ meetings: 0, errors: [expect.stringMatching(/^binary content/)] });
  });

  test('reads UTF-16 with a byte-order mark, warning to re-save it as UTF-8', () => {
    expect(entryOf(result.report, 'utf16.txt')).toMatchObject({ meetings: 1, errors: [], warnings: [expect.stringMatching(/UTF-16LE: decoded; re-save the file as UTF-8/)] });
  });

  test('keeps the first of two names that differ only by case and refuses the other, naming the kept file', async () => {
    const kept = entryOf(result.report, 'Rapport-1.txt');
    expect(kept).toMatchObject({ source: 'Rapport-1', meetings: 1, errors: [] });
    const refused = entryOf(result.report, 'rapport-1.txt');
    expect(refused.meetings).toBe(0);
    expect(refused.errors).toEqual([expect.stringMatching(new RegExp(`^same source id as ${kept.file} \\(ids ignore case and accents\\): not read; rename one`))]);
  });

  test('lets a name that is already an id win over accented look-alikes in either Unicode form', () => {
    expect(entryOf(result.report, 'cafe.txt')).toMatchObject({ source: 'cafe', meetings: 1, errors: [] });
    const lookAlikes = result.report.filter((entry) => entry.file.normalize('NFC').endsWith('/café.txt'));
    expect(lookAlikes).toHaveLength(2);
    for (const entry of lookAlikes) expect(entry.errors).toEqual([expect.stringMatching(/^same source id as .*\/cafe\.txt /)]);
  });

  test('refuses a file name with no letter or digit', () => {
    expect(entryOf(result.report, '¿¡.txt')).toMatchObject({ meetings: 0, errors: [expect.stringMatching(/no letter or digit .*rename the file/)] });
  });

  test('reports a sub-folder instead of ignoring it silently, and skips hidden files', () => {
    expect(entryOf(result.report, 'archives')).toMatchObject({ meetings: 0, errors: [], warnings: [expect.stringMatching(/^a folder: only the \*\.txt files directly in .* are read/)] });
    expect(result.report.some((entry) => entry.file.endsWith('.DS_Store'))).toBe(false);
  });

  test('publishes each kept source once, under distinct ids', () => {
    const ids = result.data.sources.map((source) => source.id);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    expect(ids.sort()).toEqual(['Rapport-1', 'cafe', 'five-mb', 'long-line', 'utf16']);
  });

});

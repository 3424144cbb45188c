import { copyFileSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceTextDigest } from '../../../src/ingest/source-record';
import { readSources } from '../../../src/io/read-sources';
import { currentStamp, readSourceStamps, sameStamp, stampClock, writeSourceStamps, type SourceStamps } from '../../../src/io/source-stamps';
import { projectRoot, tempDirs } from '../../helpers';

const tempDir = tempDirs();
const encodings = path.join(projectRoot, 'tests/fixtures/source-encodings');
/** Well past the time it takes to settle (see `SETTLED_NS`). */
const LATER = 60_000_000_000n;

/**
 * A folder of the encodings fixtures (three readable sources, one of them Windows-1252, and a binary file), last
 * modified an hour ago: a file written again has another modification time, however coarse the clock.
 */
function sourcesFolder(): string {
  const dir = tempDir('rencontres-source-stamps-');
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const name of ['a-utf8.txt', 'b-bom.txt', 'c-windows-1252.txt', 'd-binary.txt']) {
    copyFileSync(path.join(encodings, name), path.join(dir, name));
    utimesSync(path.join(dir, name), anHourAgo, anHourAgo);
  }
  return dir;
}

describe('source stamps', () => {
  test('are read back as written; a stamp taken too soon after its file was written is left out', async () => {
    const dir = tempDir('rencontres-stamps-file-');
    const file = path.join(dir, 'stamps.jsonl');
    const source = path.join(dir, 'a.txt');
    writeFileSync(source, 'texte');
    const stamp = currentStamp(source)!;
    expect(stamp.size).toBe(5n);
    const stamps: SourceStamps = new Map([['content/sources/a.txt', { stamp, textDigest: sourceTextDigest('texte'), warnings: ['un « avertissement »\tet une tabulation'] }]]);
    await writeSourceStamps(file, stamps, stamp.ctimeNs + LATER);
    expect(readSourceStamps(file)).toEqual(stamps);
    // Written just now: a write in the same clock tick would not change the stamp, so it is not kept.
    await writeSourceStamps(file, stamps, stampClock());
    expect(readSourceStamps(file)).toEqual(new Map());
  });

  test('are none for a missing file or another format, and a damaged line is left out', async () => {
    const dir = tempDir('rencontres-stamps-damaged-');
    const file = path.join(dir, 'stamps.jsonl');
    expect(readSourceStamps(file)).toEqual(new Map());
    const digest = 'a'.repeat(64);
    const good = JSON.stringify(['content/sources/a.txt', '5', '10', '20', digest, []]);
    writeFileSync(file, `rencontres source stamps 1\n${good}\n["content/sources/b.txt", "x"\n${JSON.stringify(['c.txt', '5', '10', '20', 'not a digest', []])}\n`);
    expect([...readSourceStamps(file).keys()]).toEqual(['content/sources/a.txt']);
    expect(readSourceStamps(file).get('content/sources/a.txt')).toEqual({ stamp: { size: 5n, mtimeNs: 10n, ctimeNs: 20n }, textDigest: digest, warnings: [] });
    writeFileSync(file, `another format\n${good}\n`);
    expect(readSourceStamps(file)).toEqual(new Map());
  });

  test('are the same for an unwritten file, and differ once it is written again', () => {
    const dir = sourcesFolder();
    const file = path.join(dir, 'a-utf8.txt');
    const before = currentStamp(file)!;
    expect(sameStamp(before, currentStamp(file)!)).toBe(true);
    writeFileSync(file, readFileSync(file));
    expect(sameStamp(before, currentStamp(file)!)).toBe(false);
    expect(currentStamp(path.join(dir, 'missing.txt'))).toBeUndefined();
    // Not a folder (ENOTDIR), not only missing: no stamp either, and no exception.
    expect(currentStamp(path.join(file, 'x'))).toBeUndefined();
  });
});

describe('readSources with the stamps of an earlier run', () => {
  test('leaves unread the files with the same stamps whose extraction is cached, and gives what reading them gave', async () => {
    const dir = sourcesFolder();
    const first = await readSources(dir, projectRoot);
    expect([...first.stamps.keys()]).toEqual(first.inputs.map((input) => input.file));
    const asked: string[] = [];
    const second = await readSources(dir, projectRoot, {
      unchanged: {
        stamps: first.stamps,
        isCached: (source) => {
          asked.push(source.id);
          return source.id !== 'b-bom';
        },
      },
    });
    expect(asked).toEqual(['a-utf8', 'b-bom', 'c-windows-1252']);
    // Not cached: read again. The others are not read: no text, the same digest and warnings.
    expect(second.inputs.map((input) => [input.id, input.raw === undefined])).toEqual([
      ['a-utf8', true],
      ['b-bom', false],
      ['c-windows-1252', true],
    ]);
    expect(second.inputs.map(({ id, file, textDigest }) => ({ id, file, textDigest }))).toEqual(first.inputs.map(({ id, file, textDigest }) => ({ id, file, textDigest })));
    expect(second.warnings).toEqual(first.warnings);
    expect(second.warnings['c-windows-1252']!.join()).toMatch(/Windows-1252/);
    expect(second.failures).toEqual(first.failures);
    expect(second.stamps).toEqual(first.stamps);
  });

  test('reads again a file written since, one removed is gone, and one new is read', async () => {
    const dir = sourcesFolder();
    const first = await readSources(dir, projectRoot);
    const edited = path.join(dir, 'a-utf8.txt');
    // The same size: only the times tell.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('Hanoï', 'HANOÏ'));
    expect(BigInt(statSync(edited).size)).toBe(first.stamps.get(first.inputs[0]!.file)!.stamp.size);
    copyFileSync(path.join(encodings, 'a-utf8.txt'), path.join(dir, 'e-new.txt'));
    rmSync(path.join(dir, 'b-bom.txt'));
    const second = await readSources(dir, projectRoot, { unchanged: { stamps: first.stamps, isCached: () => true } });
    expect(second.inputs.map((input) => [input.id, input.raw === undefined])).toEqual([
      ['a-utf8', false],
      ['c-windows-1252', true],
      ['e-new', false],
    ]);
    expect(second.inputs[0]!.raw).toContain('HANOÏ');
    expect(second.inputs[0]!.textDigest).toBe(sourceTextDigest(second.inputs[0]!.raw!));
    expect(second.inputs[0]!.textDigest).not.toBe(first.inputs[0]!.textDigest);
    expect([...second.stamps.keys()].map((file) => path.basename(file))).toEqual(['a-utf8.txt', 'c-windows-1252.txt', 'e-new.txt']);
  });
});

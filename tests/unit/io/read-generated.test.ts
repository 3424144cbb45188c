import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readGeneratedArchive } from '../../../src/io/read-generated';
import { writeCollection } from '../../../src/io/write-generated';
import { data, fixtureArchive } from '../_site-fixture';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

/** A content/generated/ folder holding the fixture archive, as ingest writes it. */
function generatedFolder(): string {
  const dir = tempDir('read-generated-');
  for (const [name, entries] of Object.entries(data)) writeCollection(path.join(dir, `${name}.json`), entries as object[]);
  return dir;
}

describe('readGeneratedArchive', () => {
  test('gives the archive the pages get from the same records', async () => {
    expect(await readGeneratedArchive(generatedFolder())).toEqual(fixtureArchive());
  });

  test('refuses a collection that does not match its schema, naming the file', async () => {
    const dir = generatedFolder();
    writeFileSync(path.join(dir, 'officials.json'), JSON.stringify([{ id: 'x' }]));
    await expect(readGeneratedArchive(dir)).rejects.toThrow(/officials\.json does not match its schema \(run npm run ingest\)/);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSource } from '../../../src/ingest/parse-source';
import { sourceTextDigest, toSourceRecord } from '../../../src/ingest/source-record';
import { readSourceText } from '../../../src/io/read-source-text';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

const TEXT = ' date 2025-09-06 Le Vietnam et les États-Unis dialoguent\r\n\r\nLê Quôc Hùng et Chris Landberg ont coprésidé le dialogue.\r\n\r\nPhoto : VNA\r\n';

/** A project folder holding one source file, and the record ingest would keep of it. */
function ingested(text: string) {
  const root = tempDir('read-source-text-');
  const file = 'content/s3.txt';
  mkdirSync(path.join(root, 'content'));
  writeFileSync(path.join(root, file), text);
  return { root, file, record: toSourceRecord(parseSource('s3', file, text), sourceTextDigest(text)) };
}

describe('readSourceText', () => {
  test('gives back the source as ingest parsed it, paragraphs and furniture included', () => {
    const { root, file, record } = ingested(TEXT);
    expect(record).not.toHaveProperty('paragraphs');
    expect(readSourceText(record, root)).toEqual(parseSource('s3', file, TEXT));
  });

  test('refuses a text that changed after it was ingested', () => {
    const { root, file, record } = ingested(TEXT);
    writeFileSync(path.join(root, file), TEXT.replace('coprésidé', 'présidé'));
    expect(() => readSourceText(record, root)).toThrow(/content\/s3\.txt has changed since it was ingested/);
  });

  test('says which file is missing', () => {
    const { root, record } = ingested(TEXT);
    expect(() => readSourceText({ ...record, file: 'content/gone.txt' }, root)).toThrow(/gone\.txt/);
  });
});

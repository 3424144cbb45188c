import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource } from '../ingest/parse-source';
import { sourceTextDigest } from '../ingest/source-record';
import type { Source, SourceRecord } from '../schemas/source';
import { decodeSource } from './decode-source';

/**
 * Reads a source's text from its file and parses it as ingest did. The archive keeps only a record of each source
 * (see `SourceRecordSchema`); the text must be the one ingested, or the meetings drawn from it would not match it.
 * Synchronous: a page reads one small file, and an awaited read cost ten times more (1.3 s against 0.1 s for 10,000
 * files, one after another).
 * @param root the project root, which `record.file` is relative to
 * @throws when the file cannot be read or decoded, or has changed since it was ingested
 */
export function readSourceText(record: SourceRecord, root: string): Source {
  const decoded = decodeSource(readFileSync(path.resolve(root, record.file)));
  if (!decoded.ok) throw new Error(`${record.file}: ${decoded.error}`);
  if (sourceTextDigest(decoded.text) !== record.textDigest) {
    throw new Error(`${record.file} has changed since it was ingested: run \`npm run build\` (or \`npm run ingest\`) again`);
  }
  return parseSource(record.id, record.file, decoded.text);
}

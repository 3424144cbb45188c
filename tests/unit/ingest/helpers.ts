import { fileURLToPath } from 'node:url';
import { buildGazetteer, type Gazetteer } from '../../../src/ingest/gazetteer';
import type { Knowledge } from '../../../src/ingest/knowledge';
import { loadKnowledge } from '../../../src/io/load-knowledge';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let cached: Promise<Knowledge> | undefined;

/** The project's curated knowledge (content/data), loaded once per test file. */
export function projectKnowledge(): Promise<Knowledge> {
  cached ??= loadKnowledge(root);
  return cached;
}

/** A gazetteer over the project's curated knowledge. */
export async function projectGazetteer(): Promise<Gazetteer> {
  return buildGazetteer(await projectKnowledge());
}

/** Builds a source text in the archive's format from a header and paragraphs. */
export function sourceText(header: string, ...paragraphs: string[]): string {
  return [` date ${header}`, '', paragraphs.join('\n\n'), ''].join('\n');
}

/**
 * A worker thread of src/io/extract-pool.ts: told the curated knowledge and the cache folder first, then extracts the
 * chunks of sources it is sent, caches and posts the outcomes.
 */
import { parentPort } from 'node:worker_threads';
import { extractOutcome } from '../ingest/ingest-archive';
import type { ExtractChunk, ExtractWorkerData } from './extract-pool';
import { writeCachedOutcome } from './extraction-cache';

let setup: ExtractWorkerData | undefined;
parentPort!.on('message', (message: ExtractWorkerData | ExtractChunk) => {
  if (setup === undefined) {
    setup = message as ExtractWorkerData;
    return;
  }
  const { knowledge, cacheDir } = setup;
  const chunk = message as ExtractChunk;
  parentPort!.postMessage(
    chunk.inputs.map((input, i) => {
      const outcome = extractOutcome(input, knowledge);
      if (cacheDir !== undefined && chunk.keys !== null) writeCachedOutcome(cacheDir, chunk.keys[i]!, outcome);
      return [input.id, outcome];
    }),
  );
});

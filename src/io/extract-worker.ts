/** A worker thread of src/io/extract-pool.ts: extracts the chunks of sources it is sent, caches and posts the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOutcome } from '../ingest/ingest-archive';
import type { ExtractChunk, ExtractWorkerData } from './extract-pool';
import { writeCachedOutcome } from './extraction-cache';

const { knowledge, cacheDir } = workerData as ExtractWorkerData;
parentPort!.on('message', (chunk: ExtractChunk) => {
  parentPort!.postMessage(
    chunk.inputs.map((input, i) => {
      const outcome = extractOutcome(input, knowledge);
      if (cacheDir !== undefined && chunk.keys !== null) writeCachedOutcome(cacheDir, chunk.keys[i]!, outcome);
      return [input.id, outcome];
    }),
  );
});

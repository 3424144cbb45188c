/**
 * A worker thread of src/io/extract-pool.ts: told the curated knowledge and the cache folder first, then extracts the
 * chunks of sources it is sent, caches and posts the outcomes.
 */
import { parentPort } from 'node:worker_threads';
import { extractChunk, type ExtractChunk, type ExtractWorkerData } from './extract-pool';

let setup: ExtractWorkerData | undefined;
parentPort!.on('message', (message: ExtractWorkerData | ExtractChunk) => {
  if (setup === undefined) setup = message as ExtractWorkerData;
  else parentPort!.postMessage(extractChunk(message as ExtractChunk, setup.knowledge, setup.cacheDir));
});

/**
 * A worker thread of src/io/extract-pool.ts: told the curated knowledge first, then extracts the chunks of sources it
 * is sent and posts each outcome as its JSON text.
 */
import { parentPort } from 'node:worker_threads';
import { extractChunk, type ExtractChunk, type ExtractWorkerData } from './extract-pool';

let setup: ExtractWorkerData | undefined;
parentPort!.on('message', (message: ExtractWorkerData | ExtractChunk) => {
  if (setup === undefined) setup = message as ExtractWorkerData;
  else parentPort!.postMessage(extractChunk(message as ExtractChunk, setup.knowledge));
});

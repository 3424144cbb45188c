/**
 * A worker thread of src/io/extract-pool.ts: told the curated knowledge first, then extracts the chunks of sources it
 * is sent and posts their outcomes as JSON texts (see `ExtractedChunk`).
 */
import { parentPort } from 'node:worker_threads';
import { extractChunk, type ExtractChunk, type ExtractWorkerData } from './extract-pool';

let setup: ExtractWorkerData | undefined;
parentPort!.on('message', (message: ExtractWorkerData | ExtractChunk) => {
  if (setup === undefined) setup = message as ExtractWorkerData;
  else {
    const extracted = extractChunk(message as ExtractChunk, setup.knowledge);
    // The outcomes' bytes move to the main thread rather than being copied.
    parentPort!.postMessage(extracted, [extracted.lines.buffer as ArrayBuffer]);
  }
});

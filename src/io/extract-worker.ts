/**
 * A worker thread of src/io/extract-pool.ts: told the curated knowledge first, then reads files when asked to (see
 * `ExtractPool.readBeside`), and extracts the chunks of sources it is sent, posting their outcomes as JSON texts (see
 * `ExtractedChunk`).
 */
import { parentPort } from 'node:worker_threads';
import { extractChunk, type ExtractChunk, type ExtractWorkerData, type ReadRequest } from './extract-pool';
import { readClaimedPacked } from './read-files';

let setup: ExtractWorkerData | undefined;
parentPort!.on('message', (message: ExtractWorkerData | ExtractChunk | ReadRequest) => {
  if (setup === undefined) setup = message as ExtractWorkerData;
  else if ('claims' in message) {
    const read = readClaimedPacked(message.claims);
    parentPort!.postMessage(read, [read.bytes.buffer as ArrayBuffer, read.stamps.buffer as ArrayBuffer]);
  } else {
    const extracted = extractChunk(message as ExtractChunk, setup.knowledge);
    // The outcomes' bytes move to the main thread rather than being copied.
    parentPort!.postMessage(extracted, [extracted.lines.buffer as ArrayBuffer]);
  }
});

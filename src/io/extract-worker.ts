/** A worker thread of src/io/extract-pool.ts: loads the curated knowledge, extracts its batch, posts the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOutcome, type SourceInput } from '../ingest/ingest-archive';
import { loadKnowledge } from './load-knowledge';

const { root, inputs } = workerData as { root: string; inputs: SourceInput[] };
const knowledge = await loadKnowledge(root);
parentPort!.postMessage(inputs.map((input) => [input.id, extractOutcome(input, knowledge)]));

/*
 * Worker thread of the build script: writes the source texts and feeds (src/build/texts-and-feeds.ts) for the target
 * given as workerData, and sends back what it wrote or why it failed. Started by the build script, which runs with tsx's
 * loader: the thread inherits it, and so imports project modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSourceTextsAndFeeds, type TextsAndFeedsTarget } from './texts-and-feeds';

const port = parentPort;
if (port === null) throw new Error('texts-and-feeds-worker.ts runs as a worker thread');

writeSourceTextsAndFeeds(workerData as TextsAndFeedsTarget).then(
  (written) => port.postMessage({ written }),
  (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);

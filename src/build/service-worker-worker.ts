/*
 * Worker thread of the build script: writes the service worker (src/build/service-worker-file.ts) while Pagefind
 * indexes, so that bundling it does not hold up the build script's thread, which answers Pagefind. Workbox's options
 * hold functions, which no message can carry: the thread makes them from the folder and base path.
 */
import { getServiceWorkerOptions } from '../lib/offline';
import { writeServiceWorkerFile } from './service-worker-file';
import { answerTask } from './worker-task';

/** What the build script gives the thread. */
export interface ServiceWorkerTask {
  dist: string;
  base: string;
  /** Where the last generated files are kept (see `writeServiceWorkerFile`). */
  cacheDir: string;
  workboxVersion: string;
}

answerTask(({ dist, base, cacheDir, workboxVersion }: ServiceWorkerTask) => writeServiceWorkerFile(getServiceWorkerOptions(dist, base), cacheDir, workboxVersion));

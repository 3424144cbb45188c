import path from 'node:path';
import { readEntityPins, readRedirects } from './entity-pins';
import { readPermalinks } from './permalinks';

/** Reads the three committed files that say which URLs were ever published and how they moved. */
export async function loadRedirectInput(root: string) {
  const file = (name: string) => [path.join(root, 'content/data', name), `content/data/${name}`] as const;
  return {
    permalinks: await readPermalinks(...file('permalinks.yaml')),
    entityPins: await readEntityPins(...file('entity-pins.yaml')),
    redirects: await readRedirects(...file('redirects.yaml')),
  };
}

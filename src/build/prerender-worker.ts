/*
 * A render thread of src/build/parallel-prerender.ts. It loads Astro's prerender bundle (the same one the main thread
 * renders with), then renders the pages the main thread sends and sends back each page's bytes, which the main thread
 * writes, when the page is an HTML page that answered 200; anything else it sends back whole, and the main thread hands
 * it to Astro's loop.
 *
 * Node runs this file itself (type stripping), so it imports no project module but page-modules.ts, plain-page.ts and
 * page-digest.ts, which import only Node: otherwise only Node and `astro/app`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort } from 'node:worker_threads';
import { deserializeRouteData, installRenderScope, renderForPrerender, type PrerenderableApp } from 'astro/app';
import { loadPageModulesOnce, type ManifestWithPageMap } from './page-modules.ts';
import { readPlainPage } from './plain-page.ts';
import type { RenderReply, RenderRequest, RenderThreadInit, RouteDefinition } from './render-thread-messages.ts';

/** The part of Astro's build app this thread calls (`BuildApp` in astro/dist/core/build/app.js). */
interface BuildApp extends PrerenderableApp {
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  logger: PrerenderableApp['logger'] & { options: { destination: unknown } };
}

const port = parentPort;
if (port === null) throw new Error('prerender-worker.ts runs as a worker thread');

let app: BuildApp | undefined;
const routes = new Map<number, ReturnType<typeof deserializeRouteData>>();

/**
 * Loads the bundle. Its build environment reads, while rendering, only each page's stylesheets from the build
 * internals and the injected scripts from the settings; the main thread sends both.
 */
async function start(init: RenderThreadInit): Promise<BuildApp> {
  const entry = (await import(init.entryUrl)) as { app: BuildApp };
  const buildApp = entry.app;
  loadPageModulesOnce((buildApp as unknown as { manifest: ManifestWithPageMap }).manifest);
  buildApp.setInternals({ pagesByKeys: new Map(init.pageStyles.map(([key, styles]) => [key, { styles }])), entrySpecifierToBundleMap: new Map() });
  buildApp.setOptions({ settings: { scripts: init.scripts }, logger: { options: { destination: buildApp.logger.options.destination } } });
  // Content entries and images a page uses are recorded in this scope, as in the main thread.
  installRenderScope(new AsyncLocalStorage());
  return buildApp;
}

async function render(request: RenderRequest): Promise<RenderReply> {
  const routeData = routes.get(request.route);
  if (app === undefined || routeData === undefined) throw new Error(`render thread: route ${request.route} was not sent`);
  const { response } = await renderForPrerender(app, new Request(request.url), { routeData });
  const page = await readPlainPage(response);
  // The bytes fill their buffer (`Response.arrayBuffer`), which is handed over without a copy.
  if (page.plain) return { id: request.id, plain: true, body: page.bytes.buffer as ArrayBuffer, digest: page.digest };
  const { body, ...rest } = page.response;
  return { id: request.id, plain: false, response: { ...rest, body: body === null ? null : (body.buffer as ArrayBuffer) } };
}

/** The buffers a reply hands over rather than copies. */
function transferredBuffers(reply: RenderReply): ArrayBuffer[] {
  if ('body' in reply) return [reply.body];
  if ('response' in reply && reply.response.body !== null) return [reply.response.body];
  return [];
}

let ready: Promise<void> | undefined;
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: RenderThreadInit | RouteDefinition | RenderRequest) => {
  if ('entryUrl' in message) {
    ready = start(message).then((loaded) => {
      app = loaded;
    });
    ready.catch(() => {});
    return;
  }
  if ('routeData' in message) {
    routes.set(message.route, deserializeRouteData(message.routeData));
    return;
  }
  // One page at a time, in the order sent: a thread is sent many pages ahead, and one render at a time keeps its heap
  // to one page's objects.
  queue = queue
    .then(() => ready ?? Promise.reject(new Error('render thread: not started')))
    .then(() => render(message))
    .then(
      (reply) => port.postMessage(reply, transferredBuffers(reply)),
      (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
    );
});

/*
 * Renders pages on every core, and writes most of them without Astro's generation loop. Astro 7.3 prerenders on one
 * thread; this integration wraps Astro's default prerenderer through the public `setPrerenderer` hook of
 * `astro:build:start`. Once the pages to render are known (`getStaticPaths`), it renders the plain ones itself
 * (src/build/direct-pages.ts: HTML pages of the directory format), on the main thread and on worker threads
 * (src/build/prerender-worker.ts) that load the same prerender bundle, each with Astro's `renderForPrerender`, and
 * writes them (src/io/page-writer.ts); it hands Astro only the others, which Astro renders and writes as usual, on the
 * main thread. (Astro 7.4 documents `experimental.parallelPrerender` for the parallel part; it is not published yet.)
 * The wrapper also gives Astro only the pages that changed since the last build (src/build/unchanged-pages.ts), and
 * records which rendered pages the sitemap may list (src/build/indexable-pages.ts) and the digest of each page's bytes
 * (src/build/page-digest.ts). A document's pages in every language are rendered one after the other on one thread
 * (src/build/translation-pairs.ts), so that a meeting's second page reuses the article text its first rendered.
 *
 * The pages of routes without parameters are sent to the render threads as soon as they start
 * (src/build/fixed-path-pages.ts), while the main thread lists every page; each is then written like any other, or
 * given to Astro's loop as rendered.
 *
 * Astro's own list of the pages it built (the `pages` of `astro:build:done`, its "page(s) built" line) then names only
 * those it rendered itself, as it already left out the pages kept from the last build; nothing here reads it.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, PrerenderResult } from 'astro';
import { serializeRouteData } from 'astro/app';
import { listFiles } from '../io/list-files';
import { PageWriter } from '../io/page-writer';
import { directPageFile, directPagesLine, pageRequestUrl, planDirectPages, requestOrigin } from './direct-pages';
import type { RenderReply, RenderRequest, RenderThreadInit, RouteDefinition } from './render-thread-messages';
import { INDEXABLE_PAGES_RECORD, isIndexablePage, pathWithoutBase, writeIndexablePages } from './indexable-pages';
import { pageDigest } from './page-digest';
import { loadPageModulesOnce, type ManifestWithPageMap } from './page-modules';
import { fixedPathPages, type ManifestRoute } from './fixed-path-pages';
import { isHtml, readPlainPage, restoreResponse, storeResponse, type PlainPage } from './plain-page';
import { pairTranslations, sameThreadForDocument, translationKey, type LocaleRouting } from './translation-pairs';
import {
  codeDigest,
  forgetRenderedPages,
  keptPagesLine,
  planRender,
  readRenderedPages,
  RENDERED_PAGES_RECORD,
  writeRenderedPages,
  type RenderedPagesRecord,
} from './unchanged-pages';

/**
 * Environment variable: how many render threads to start besides the main thread; `auto`, or unset, for one per core
 * besides the main thread; `0` for none. Each render thread holds its own copy of the archive: about 0.5 GiB more at
 * 10,000 articles (1.86–1.97 GiB in all, within the 2 GiB budget since the source texts are read from their files
 * instead of held in the content store; docs/performance.md).
 */
export const RENDER_THREADS_VARIABLE = 'RENCONTRES_RENDER_THREADS';

/**
 * Environment variable: `astro` hands every page to Astro's generation loop, which renders and writes them on the main
 * thread alone (no render thread): the reference that `npm run check:site -- --rebuild` compares the default with.
 * Unset, empty or `build`: the build renders and writes the plain pages itself (src/build/direct-pages.ts).
 */
export const PAGE_WRITER_VARIABLE = 'RENCONTRES_PAGE_WRITER';

/** Who writes the plain pages, for the variable's value (see `PAGE_WRITER_VARIABLE`). */
export function pageWriter(setting: string | undefined): 'build' | 'astro' {
  const value = setting?.trim() ?? '';
  if (value === '' || value === 'build') return 'build';
  if (value === 'astro') return 'astro';
  throw new Error(`${PAGE_WRITER_VARIABLE} must be build or astro, not ${JSON.stringify(setting)}`);
}

/**
 * Pages a render thread is given at once; it renders them one after the other (prerender-worker.ts). The main thread
 * renders a page itself whenever every thread already has this many, so both stay busy whatever a page costs. With 8
 * a thread ran out of pages while the main thread rendered one of its own or collected garbage: idle 4–9 % of each
 * second of a 10,000-article build, against 1–2 % with 48 (docs/performance.md).
 */
const PAGES_PER_THREAD = 48;

/**
 * Fewest pages to render for which render threads started by default are kept: a thread loads the prerender bundle
 * and its own copy of the archive (1.5–2.5 CPU s at 10,000 articles) before its first page, more than the main thread
 * takes to render the few hundred pages of a build after one new article.
 */
export const FEWEST_PAGES_FOR_THREADS = 2000;

/** Whether the variable's value leaves the number of render threads to the build (unset, empty or `auto`). */
function isAuto(setting: string | undefined): boolean {
  const value = setting?.trim() ?? '';
  return value === '' || value === 'auto';
}

/** Whether render threads, once the pages to render are known, are kept: always when the variable asks for a number. */
export function keepRenderThreads(setting: string | undefined, pagesToRender: number): boolean {
  return !isAuto(setting) || pagesToRender >= FEWEST_PAGES_FOR_THREADS;
}

/** Render threads to start for the variable's value (see `RENDER_THREADS_VARIABLE`). */
export function renderThreadCount(setting: string | undefined, cores = availableParallelism()): number {
  if (isAuto(setting)) return Math.max(0, cores - 1);
  const count = Number(setting?.trim());
  if (!Number.isInteger(count) || count < 0) throw new Error(`${RENDER_THREADS_VARIABLE} must be a whole number or auto, not ${JSON.stringify(setting)}`);
  return count;
}

type RouteData = Parameters<AstroPrerenderer['render']>[1]['routeData'];

/** Astro's `i18n` setting, as far as it is read here. */
interface I18nConfig {
  defaultLocale: string;
  locales: (string | { path: string })[];
  routing?: { prefixDefaultLocale?: boolean } | string;
}

/** What the default prerenderer exposes once set up: Astro's build app (`BuildApp`), as far as it is read here. */
interface DefaultPrerenderer extends AstroPrerenderer {
  app?: {
    manifest: { routes: { routeData: RouteData }[] } & ManifestWithPageMap;
    getOptions(): {
      allPages: Record<string, { key: string; styles: unknown[] }>;
      settings: {
        scripts: { stage: string }[];
        config: {
          outDir: URL;
          publicDir: URL;
          site?: string | undefined;
          base: string;
          server: { port: number };
          build: { format: string };
          trailingSlash: 'always' | 'never' | 'ignore';
          i18n?: I18nConfig;
        };
      };
      /** Set by `astro build --force`. */
      force?: boolean;
    };
  };
}

/** What the wrapper needs to keep unchanged pages (src/build/unchanged-pages.ts). */
interface PageReuse {
  /** The record of rendered pages, an absolute path. */
  file: string;
  root: string;
  outDir: string;
  /** The settings a page's bytes follow from besides code and data (site, base path…), part of the code digest. */
  settings: unknown;
  /** Receives the record to write once the build has succeeded. */
  planned(record: RenderedPagesRecord): void;
}

/** The i18n routing of Astro's configuration, when it has one with path prefixes. */
function localeRouting(i18n: I18nConfig | undefined): LocaleRouting | undefined {
  if (i18n === undefined || typeof i18n.routing === 'string') return undefined;
  return {
    defaultLocale: i18n.defaultLocale,
    locales: i18n.locales.map((locale) => (typeof locale === 'string' ? locale : locale.path)),
    prefixDefaultLocale: i18n.routing?.prefixDefaultLocale === true,
  };
}

/** The prerender bundle's entry, which Astro wrote to `<outDir>/.prerender/` before prerendering. */
async function findPrerenderEntry(outDir: URL): Promise<URL> {
  const folder = new URL('./.prerender/', outDir);
  const entries = (await readdir(folder)).filter((name) => /^prerender-entry\..*\.mjs$/.test(name));
  if (entries.length !== 1) throw new Error(`expected one prerender entry in ${folder.pathname}, found ${entries.length}`);
  return new URL(entries[0]!, folder);
}

/** One worker thread and the pages it is rendering. */
class RenderThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { url: string; resolve: (page: PlainPage) => void; reject: (error: Error) => void }>();
  private readonly routesSent = new Set<number>();
  private failure: Error | undefined;

  constructor(init: RenderThreadInit) {
    this.worker = new Worker(new URL('./prerender-worker.ts', import.meta.url));
    this.worker.on('message', (reply: RenderReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`render thread exited with code ${code}`)));
    this.worker.postMessage(init);
  }

  /** Whether it can take another page now. */
  get available(): boolean {
    return this.failure === undefined && this.waiting.size < PAGES_PER_THREAD;
  }

  render(id: number, url: string, route: RouteDefinition): Promise<PlainPage> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (!this.routesSent.has(route.route)) {
      this.worker.postMessage(route);
      this.routesSent.add(route.route);
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { url, resolve, reject });
      this.worker.postMessage({ id, url, route: route.route } satisfies RenderRequest);
    });
  }

  private settle(reply: RenderReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    this.waiting.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(`render thread, rendering ${waiting.url}: ${reply.error}`));
    else if (reply.plain) waiting.resolve({ plain: true, bytes: new Uint8Array(reply.body), digest: reply.digest });
    else waiting.resolve({ plain: false, response: { ...reply.response, body: reply.response.body === null ? null : new Uint8Array(reply.response.body) } });
  }

  /** A thread that stopped fails the pages it had, so the build fails instead of waiting for them. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('render thread stopped');
    await this.worker.terminate();
  }
}

/** A page rendered on the main thread outside Astro's loop, as a render thread renders it (prerender-worker.ts). */
async function renderPlainHere(base: AstroPrerenderer, url: string, routeData: RouteData): Promise<PlainPage> {
  const rendered = await base.render(new Request(url), { routeData });
  return readPlainPage(rendered instanceof Response ? rendered : rendered.response);
}

/** A page Astro's loop asked for, rendered on the main thread, whether the sitemap may list it, and its digest. */
interface RenderedPage {
  result: PrerenderResult;
  indexable: boolean | undefined;
  digest: string | undefined;
}

/**
 * A page for Astro's loop, rendered on the main thread unless it was already (`early`), its body read once to learn
 * whether the sitemap may list it.
 */
async function renderHere(base: AstroPrerenderer, request: Request, options: Parameters<AstroPrerenderer['render']>[1], early: Response | undefined): Promise<RenderedPage> {
  const rendered = early ?? (await base.render(request, options));
  const result: PrerenderResult = rendered instanceof Response ? { response: rendered } : rendered;
  if (!isHtml(result.response)) return { result, indexable: undefined, digest: undefined };
  const stored = await storeResponse(result.response);
  const body = stored.body ?? new Uint8Array();
  return { result: { ...result, response: restoreResponse(stored) }, indexable: isIndexablePage(body), digest: pageDigest(body) };
}

/** The key of a page rendered before Astro's loop asks for it: the URL it was requested at, and its route. */
function renderedPageKey(url: string, route: RouteData): string {
  return `${url}\n${route.component}\n${route.route}`;
}

/** Lets the main thread read the render threads' replies and finish writes between two pages it renders itself. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The line the build logs at the end: how many pages the render threads rendered (`npm run check:site` reads it). */
export function renderedPagesLine(byThreads: number, byMainThread: number): string {
  return `render threads rendered ${byThreads} page(s), the main thread ${byMainThread}`;
}

/** Reads `renderedPagesLine` back from a build's output: the pages rendered by render threads, or undefined. */
export function pagesRenderedByThreads(buildOutput: string): number | undefined {
  const match = /render threads rendered (\d+) page\(s\)/.exec(buildOutput);
  return match ? Number(match[1]) : undefined;
}

/** Reads `renderedPagesLine` back from a build's output: the pages rendered by the main thread, or undefined. */
export function pagesRenderedOnMainThread(buildOutput: string): number | undefined {
  const match = /render threads rendered \d+ page\(s\), the main thread (\d+)/.exec(buildOutput);
  return match ? Number(match[1]) : undefined;
}

/**
 * Wraps Astro's default prerenderer: the plain pages are rendered and written before Astro's loop starts, each by a
 * render thread that has room, else by the main thread; Astro's loop gets the others. Every HTML page rendered is
 * recorded as indexable or not for the sitemap (src/build/indexable-pages.ts), in `record.file`, by its path without the
 * site's base path (`record.basePath`).
 */
function createParallelPrerenderer(
  base: DefaultPrerenderer,
  mode: { threads: string | undefined; writer: 'build' | 'astro' },
  logger: AstroIntegrationLogger,
  record: { file: string; basePath: string },
  reuse: PageReuse,
): AstroPrerenderer {
  const threads: RenderThread[] = [];
  const routes = new Map<string, RouteDefinition>();
  let trailingSlash: 'always' | 'never' | 'ignore' = 'ignore';
  let renderedByThreads = 0;
  let renderedHere = 0;
  /** Every page URL of this build, and whether each page rendered may be listed in the sitemap. */
  let pages = new Set<string>();
  const indexable = new Map<string, boolean>();
  /** The last build's record of rendered pages (read before it is removed), and this build's code digest. */
  let previous: RenderedPagesRecord | undefined;
  let code = '';
  /** This build's record, written once it has succeeded: each page rendered adds its digest. */
  let planned: RenderedPagesRecord | undefined;
  /**
   * Pages rendered before the page they are for was reached (`renderedPageKey`): the pages of routes without
   * parameters, sent to the render threads as soon as they are started, and the pages found not to be plain, which
   * Astro's loop then writes from their response instead of rendering them again.
   */
  const renderedEarly = new Map<string, Promise<PlainPage>>();
  /** The document each page shows, whatever its language (see src/build/translation-pairs.ts). */
  let documentOf = (pathname: string) => pathname;
  /**
   * The thread a page goes to (undefined: the main thread): one with room, but the same as the page before when both
   * show the same document, even if it is full, so that it renders them one after the other.
   */
  const threadFor = sameThreadForDocument(
    (pathname) => documentOf(pathname),
    () => threads.find((candidate) => candidate.available),
  );

  /** The route as the render threads know it: serialized once, without the output files Astro adds to it as it goes. */
  function defineRoute(routeData: RouteData): RouteDefinition {
    const key = `${routeData.component}\n${routeData.route}\n${routeData.type}`;
    let route = routes.get(key);
    if (route === undefined) {
      const serialized = JSON.stringify(serializeRouteData(routeData, trailingSlash), (name, value: unknown) => (name === 'distURL' ? undefined : value));
      routes.set(key, (route = { route: routes.size, routeData: JSON.parse(serialized) as RouteDefinition['routeData'] }));
    }
    return route;
  }

  /**
   * Records a rendered HTML page: whether the sitemap may list it, and, for a keyed page written as rendered (no
   * redirect), its digest.
   */
  function recordPage(urlPath: string, pageIndexable: boolean, digest: string | undefined): void {
    const pathname = pathWithoutBase(urlPath, record.basePath);
    indexable.set(pathname, pageIndexable);
    if (digest !== undefined && planned?.pages[pathname] !== undefined) planned.digests[pathname] = digest;
  }

  /** The page rendered early for this URL and route, if any, taken from the map. */
  function takeRenderedEarly(url: string, route: RouteData): Promise<PlainPage> | undefined {
    const key = renderedPageKey(url, route);
    const early = renderedEarly.get(key);
    renderedEarly.delete(key);
    return early;
  }

  /**
   * Sends the pages of routes without parameters to the render threads, in turn (src/build/fixed-path-pages.ts): they
   * render them while the main thread lists every page. Only in the directory format, whose URLs are those of the
   * pages the build writes itself; a page is used only if Astro then asks for it at the same URL by the same route.
   */
  function renderFixedPathPagesEarly(routes: readonly RouteData[], origin: string): void {
    const pages = fixedPathPages<ManifestRoute & RouteData>(routes, record.basePath, origin, trailingSlash === 'always' ? 'always' : 'ignore');
    pages.forEach(({ route, url }, index) => {
      renderedByThreads += 1;
      const rendered = threads[index % threads.length]!.render(renderedByThreads, url, defineRoute(route));
      // A page no longer asked for must not fail the build unhandled; one asked for fails it where it is used.
      rendered.catch(() => {});
      renderedEarly.set(renderedPageKey(url, route), rendered);
    });
  }

  /**
   * Renders and writes the plain pages, in order, on the render threads and the main thread; returns those that turned
   * out not to answer 200 with HTML, for Astro's loop.
   */
  async function writePlainPages<Page extends { pathname: string; route: RouteData }>(plainPages: readonly Page[], origin: string): Promise<Set<Page>> {
    const writer = new PageWriter();
    const notPlain = new Set<Page>();
    const onThreads: Promise<void>[] = [];
    let failure: unknown;
    const settle = async (page: Page, url: string, urlPath: string, rendered: PlainPage) => {
      if (!rendered.plain) {
        notPlain.add(page);
        renderedEarly.set(renderedPageKey(url, page.route), Promise.resolve(rendered));
        return;
      }
      recordPage(urlPath, isIndexablePage(rendered.bytes), rendered.digest);
      await writer.write(path.join(reuse.outDir, directPageFile(page)!), rendered.bytes);
    };
    for (const page of plainPages) {
      if (failure !== undefined) break;
      const url = pageRequestUrl(page.pathname, record.basePath, origin);
      const urlPath = new URL(url).pathname;
      const early = takeRenderedEarly(url, page.route);
      const thread = early === undefined ? threadFor(urlPath) : undefined;
      if (early !== undefined || thread !== undefined) {
        if (thread !== undefined) renderedByThreads += 1;
        const done = (early ?? thread!.render(renderedByThreads, url, defineRoute(page.route))).then((rendered) => settle(page, url, urlPath, rendered));
        // Caught at once, so that a failure stops the loop instead of waiting, unhandled, for the end.
        onThreads.push(done.catch((error: unknown) => void (failure ??= error)));
        continue;
      }
      renderedHere += 1;
      try {
        await settle(page, url, urlPath, await renderPlainHere(base, url, page.route));
      } catch (error) {
        throw new Error(`rendering ${url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      await yieldToEventLoop();
    }
    await Promise.all(onThreads);
    if (failure !== undefined) throw failure;
    await writer.flush();
    return notPlain;
  }

  return {
    name: 'rencontres:parallel-prerender',
    async setup() {
      await base.setup?.();
      const options = base.app?.getOptions();
      if (options === undefined) throw new Error("parallel prerender: Astro's default prerenderer exposes no build app");
      loadPageModulesOnce(base.app!.manifest);
      previous = options.force === true ? undefined : await readRenderedPages(reuse.file);
      await forgetRenderedPages(reuse.file);
      code = await codeDigest(reuse.root, reuse.settings);
      const routing = localeRouting(options.settings.config.i18n);
      if (routing !== undefined) documentOf = (pathname) => translationKey(pathname, record.basePath, routing);
      if (mode.writer === 'astro') {
        logger.info("Astro's loop renders and writes every page, on the main thread");
        return;
      }
      const threadCount = renderThreadCount(mode.threads);
      if (threadCount === 0) return;
      // A page-stage script would need more of the build's internals than a render thread is given.
      if (options.settings.scripts.some((script) => script.stage === 'page')) {
        logger.warn('an integration injects a page script: pages are rendered on the main thread only');
        return;
      }
      trailingSlash = options.settings.config.trailingSlash;
      const init: RenderThreadInit = {
        entryUrl: (await findPrerenderEntry(options.settings.config.outDir)).href,
        pageStyles: Object.values(options.allPages).map((page) => [page.key, page.styles]),
        scripts: options.settings.scripts,
      };
      for (let index = 0; index < threadCount; index += 1) threads.push(new RenderThread(init));
      logger.info(`rendering on the main thread and ${threadCount} render thread(s)`);
      const { config } = options.settings;
      if (config.build.format === 'directory' && trailingSlash !== 'never') {
        renderFixedPathPagesEarly(
          base.app!.manifest.routes.map(({ routeData }) => routeData),
          requestOrigin(config.site, config.server.port),
        );
      }
    },
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      pages = new Set(paths.map(({ pathname }) => pathname));
      const plan = planRender(paths, previous, code, (file) => existsSync(path.join(reuse.outDir, file)));
      planned = plan.record;
      reuse.planned(plan.record);
      logger.info(keptPagesLine(plan.kept, plan.render.length));
      if (threads.length > 0 && !keepRenderThreads(mode.threads, plan.render.length)) {
        logger.info('few pages to render: the main thread renders them alone');
        // The pages already sent are rendered before the threads stop.
        await Promise.allSettled(renderedEarly.values());
        await Promise.all(threads.splice(0).map((thread) => thread.stop()));
      }
      // A document's pages in every language one after the other, so that the second reuses the first's text.
      const ordered = pairTranslations(plan.render, (page) => documentOf(page.pathname));
      const { config } = base.app!.getOptions().settings;
      if (mode.writer === 'astro' || config.build.format !== 'directory' || config.trailingSlash === 'never') return ordered;
      const publicFiles = new Set(existsSync(config.publicDir) ? await listFiles(fileURLToPath(config.publicDir)) : []);
      const { direct, byAstro } = planDirectPages(ordered, (file) => publicFiles.has(file));
      const notPlain = await writePlainPages(direct, requestOrigin(config.site, config.server.port));
      logger.info(directPagesLine(direct.length - notPlain.size, byAstro.length + notPlain.size));
      const forAstro = new Set([...byAstro, ...notPlain]);
      return ordered.filter((page) => forAstro.has(page));
    },
    async render(request, options) {
      const early = await takeRenderedEarly(request.url, options.routeData);
      if (early === undefined || early.plain) renderedHere += 1;
      // A plain page rendered early is rendered again: Astro's loop wants its response, of which only the body was kept.
      const page = await renderHere(base, request, options, early?.plain === false ? restoreResponse(early.response) : undefined);
      // Astro writes a page's body as it is only when it is no redirect.
      if (page.indexable !== undefined) recordPage(new URL(request.url).pathname, page.indexable, page.result.response.status === 200 ? page.digest : undefined);
      return page.result;
    },
    async teardown() {
      if (threads.length > 0) logger.info(renderedPagesLine(renderedByThreads, renderedHere));
      await Promise.all(threads.map((thread) => thread.stop()));
      renderedEarly.clear();
      await writeIndexablePages(record.file, indexable, pages);
      await base.teardown?.();
    },
  };
}

/**
 * The integration. Pages render in parallel only when Astro renders several at once: set `build.concurrency` above the
 * number of threads.
 */
export function parallelPrerender(): AstroIntegration {
  let root: URL | undefined;
  let basePath = '/';
  let outDir = '';
  let settings: unknown;
  /** The record of rendered pages, written only once the build has succeeded (`astro:build:done`). */
  let planned: RenderedPagesRecord | undefined;
  const recordFile = () => fileURLToPath(new URL(RENDERED_PAGES_RECORD, root));
  return {
    name: 'rencontres:parallel-prerender',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        basePath = config.base;
        outDir = fileURLToPath(config.outDir);
        settings = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format, i18n: config.i18n };
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        // Both refused at once, not once the prerender bundle is built.
        const mode = { threads: process.env[RENDER_THREADS_VARIABLE], writer: pageWriter(process.env[PAGE_WRITER_VARIABLE]) };
        renderThreadCount(mode.threads);
        const record = { file: fileURLToPath(new URL(INDEXABLE_PAGES_RECORD, root)), basePath };
        const reuse: PageReuse = { file: recordFile(), root: fileURLToPath(root!), outDir, settings, planned: (next) => (planned = next) };
        setPrerenderer((base) => createParallelPrerenderer(base, mode, logger, record, reuse));
      },
      'astro:build:done': async () => {
        if (planned !== undefined) await writeRenderedPages(recordFile(), planned);
      },
    },
  };
}

/*
 * Which pages a build renders, and which it keeps as the last build wrote them. A page is kept when its cache key
 * (src/lib/page-keys.ts: a digest of every record it shows) and the site's code are those of the last build, and its
 * file is still in dist/. The record of the last build is `.cache/rendered-pages.json`.
 *
 * This replaces Astro's `experimental.incrementalBuild`, which kept a second copy of every page it wrote (in
 * node_modules/.astro/dist/) and collected each page's metadata: about 7 s of a 32 s render at 10,000 articles, paid by
 * every full build (docs/performance.md). Astro hashes each route's own modules; the code digest here covers all of
 * them at once, so any change to the code, the dependencies or the site's address renders every page again.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../io/list-files';
import { writeFileAtomically } from '../io/write-file-atomically';

/** Where the record is kept, relative to the project root. */
export const RENDERED_PAGES_RECORD = '.cache/rendered-pages.json';

/** The record of a build: its code digest and, by URL path (without the base path), every keyed page's cache key. */
export interface RenderedPagesRecord {
  code: string;
  pages: Record<string, string>;
  /**
   * The digest of every keyed page's bytes as rendered (src/build/page-digest.ts), carried over for a kept page, so
   * that the search index learns which pages changed without reading them (src/build/search-index-state.ts).
   */
  digests: Record<string, string>;
}

/** A page as Astro's prerenderer lists it (`getStaticPaths()`), as far as it is read here. */
export interface ListedPage {
  pathname: string;
  route: { type: string };
  cacheKey?: string | undefined;
}

/** What a build renders and keeps. */
export interface RenderPlan<T extends ListedPage> {
  /** The pages to render, in Astro's order. */
  render: T[];
  /** How many keyed pages are kept as the last build wrote them. */
  kept: number;
  /** The record to write once the build has succeeded. */
  record: RenderedPagesRecord;
}

/**
 * The file a page is written to, relative to dist/, for a page of the site's directory format (`/meetings/a/` →
 * `meetings/a/index.html`); undefined for anything else (an endpoint, a file such as `/404.html`), which is never kept.
 */
export function pageOutputFile(page: Pick<ListedPage, 'pathname' | 'route'>): string | undefined {
  if (page.route.type !== 'page' || !page.pathname.startsWith('/') || !page.pathname.endsWith('/')) return undefined;
  return `${page.pathname.slice(1)}index.html`;
}

/**
 * Splits a build's pages into those to render and those to keep.
 * @param previous the last build's record; undefined to render every page (none, unreadable, or `astro build --force`)
 * @param code this build's code digest (`codeDigest`)
 * @param isWritten whether a file, relative to dist/, is there
 */
export function planRender<T extends ListedPage>(pages: readonly T[], previous: RenderedPagesRecord | undefined, code: string, isWritten: (file: string) => boolean): RenderPlan<T> {
  const record: RenderedPagesRecord = { code, pages: {}, digests: {} };
  const render: T[] = [];
  let kept = 0;
  const reusable = previous !== undefined && previous.code === code;
  for (const page of pages) {
    const file = page.cacheKey === undefined ? undefined : pageOutputFile(page);
    if (file === undefined || page.cacheKey === undefined) {
      render.push(page);
      continue;
    }
    record.pages[page.pathname] = page.cacheKey;
    if (reusable && previous.pages[page.pathname] === page.cacheKey && isWritten(file)) {
      kept += 1;
      const digest = previous.digests[page.pathname];
      if (digest !== undefined) record.digests[page.pathname] = digest;
    } else render.push(page);
  }
  return { render, kept, record };
}

/** Files whose content makes the site's code, besides everything under src/. */
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * Digest of everything besides the data that a page's bytes follow from: every file under src/, the Astro
 * configuration, the lock file (the versions of Astro and every library), the Node version and the settings given
 * (the site's address and base path…).
 */
export async function codeDigest(root: string, settings: unknown): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ node: process.version, settings }));
  const files = [...(await listFiles(path.join(root, 'src'))).map((file) => `src/${file}`), ...CODE_FILES];
  for (const file of files) {
    const content = await readFile(path.join(root, file)).catch(() => null);
    // Each file's name and length first, so that no two sets of files hash alike.
    hash.update(`\n${file}\n${content === null ? -1 : content.length}\n`);
    if (content !== null) hash.update(content);
  }
  return hash.digest('base64url');
}

/** The record of the last build; undefined when there is none or it cannot be read. */
export async function readRenderedPages(file: string): Promise<RenderedPagesRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Partial<RenderedPagesRecord>;
    if (typeof record.code !== 'string' || typeof record.pages !== 'object' || record.pages === null) return undefined;
    // A record written before digests were kept has none: those pages are read.
    const digests = typeof record.digests === 'object' && record.digests !== null ? record.digests : {};
    return { code: record.code, pages: record.pages, digests };
  } catch {
    return undefined;
  }
}

/** Removes the record as a build starts: a build that fails midway leaves none, and the next renders every page. */
export async function forgetRenderedPages(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** Writes the record of a build that succeeded. */
export async function writeRenderedPages(file: string, record: RenderedPagesRecord): Promise<void> {
  // An interrupted write leaves no record (the build removed it as it started), never half of one.
  await writeFileAtomically(file, `${JSON.stringify(record)}\n`);
}

/** The files, relative to dist/, of every keyed page of the last build, rendered or kept. */
export async function recordedPageFiles(file: string): Promise<Set<string>> {
  const record = await readRenderedPages(file);
  const files = new Set<string>();
  for (const pathname of Object.keys(record?.pages ?? {})) {
    const output = pageOutputFile({ pathname, route: { type: 'page' } });
    if (output !== undefined) files.add(output);
  }
  return files;
}

/** The line the build logs: how many pages it kept and rendered (`npm run check:site` and the benchmark read it). */
export function keptPagesLine(kept: number, rendered: number): string {
  return `kept ${kept} unchanged page(s) of the last build, rendering ${rendered}`;
}

/** `keptPagesLine` as it is read back: the pages kept, then the pages rendered. */
const KEPT_PAGES_LINE = /kept (\d+) unchanged page\(s\) of the last build, rendering (\d+)/;

/** Reads `keptPagesLine` back from a build's output: the pages kept, or undefined. */
export function pagesKept(buildOutput: string): number | undefined {
  const match = KEPT_PAGES_LINE.exec(buildOutput);
  return match ? Number(match[1]) : undefined;
}

/** Reads `keptPagesLine` back from a build's output: the pages rendered, or undefined. */
export function pagesRendered(buildOutput: string): number | undefined {
  const match = KEPT_PAGES_LINE.exec(buildOutput);
  return match ? Number(match[2]) : undefined;
}

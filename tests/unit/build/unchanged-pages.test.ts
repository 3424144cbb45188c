import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  codeDigest,
  forgetRenderedPages,
  keptPagesLine,
  pageOutputFile,
  pagesKept,
  pagesRendered,
  planRender,
  readRenderedPages,
  recordedPageFiles,
  writeRenderedPages,
  type ListedPage,
} from '../../../src/build/unchanged-pages';

const page = (pathname: string, cacheKey?: string, type = 'page'): ListedPage => ({ pathname, route: { type }, ...(cacheKey === undefined ? {} : { cacheKey }) });

describe('pageOutputFile', () => {
  test('a page of the directory format is its folder’s index.html', () => {
    expect(pageOutputFile(page('/meetings/a/'))).toBe('meetings/a/index.html');
    expect(pageOutputFile(page('/en/themes/commerce/2/'))).toBe('en/themes/commerce/2/index.html');
  });

  test('anything else has none: it is never kept', () => {
    expect(pageOutputFile(page('/404.html'))).toBeUndefined();
    expect(pageOutputFile(page('/data/meetings.json', undefined, 'endpoint'))).toBeUndefined();
    expect(pageOutputFile(page('/feeds/a/', undefined, 'endpoint'))).toBeUndefined();
  });
});

describe('planRender', () => {
  const pages = [page('/'), page('/meetings/a/', 'ka'), page('/meetings/b/', 'kb'), page('/themes/t/', 'kt'), page('/data/x.json', 'kx', 'endpoint')];
  const previous = {
    code: 'c1',
    pages: { '/meetings/a/': 'ka', '/meetings/b/': 'old', '/themes/t/': 'kt', '/meetings/gone/': 'kg' },
    digests: { '/meetings/a/': 'da', '/meetings/b/': 'db-old', '/themes/t/': 'dt', '/meetings/gone/': 'dg' },
  };
  const written = new Set(['meetings/a/index.html', 'meetings/b/index.html']);
  const isWritten = (file: string) => written.has(file);

  test('keeps a keyed page whose key, code and file are those of the last build', () => {
    const plan = planRender(pages, previous, 'c1', isWritten);
    // /meetings/b/ changed, /themes/t/ has no file any more, / and the endpoint have no page key to compare.
    expect(plan.render.map((p) => p.pathname)).toEqual(['/', '/meetings/b/', '/themes/t/', '/data/x.json']);
    expect(plan.kept).toBe(1);
  });

  test('records the key of every keyed page of this build, rendered or kept, and no page it no longer has', () => {
    expect(planRender(pages, previous, 'c1', isWritten).record.pages).toEqual({ '/meetings/a/': 'ka', '/meetings/b/': 'kb', '/themes/t/': 'kt' });
  });

  test('carries over the digest of a kept page only: a page to render has its digest once rendered', () => {
    expect(planRender(pages, previous, 'c1', isWritten).record.digests).toEqual({ '/meetings/a/': 'da' });
    expect(planRender(pages, previous, 'c2', isWritten).record.digests).toEqual({});
  });

  test('renders every page when the code changed or there is no record', () => {
    for (const plan of [planRender(pages, previous, 'c2', isWritten), planRender(pages, undefined, 'c1', isWritten)]) {
      expect(plan.render).toHaveLength(pages.length);
      expect(plan.kept).toBe(0);
    }
  });
});

describe('codeDigest', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'rencontres-code-'));
    await mkdir(path.join(root, 'src/lib'), { recursive: true });
    await writeFile(path.join(root, 'src/lib/a.ts'), 'export const a = 1;\n');
    await writeFile(path.join(root, 'astro.config.mjs'), 'export default {};\n');
    await writeFile(path.join(root, 'package-lock.json'), '{}\n');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('is the same for the same code and settings', async () => {
    expect(await codeDigest(root, { base: '/' })).toBe(await codeDigest(root, { base: '/' }));
  });

  test('changes with a file of src/, a new file, the lock file or the settings', async () => {
    const before = await codeDigest(root, { base: '/' });
    expect(await codeDigest(root, { base: '/archive/' })).not.toBe(before);
    await writeFile(path.join(root, 'src/lib/a.ts'), 'export const a = 2;\n');
    const edited = await codeDigest(root, { base: '/' });
    expect(edited).not.toBe(before);
    await writeFile(path.join(root, 'src/lib/b.css'), '');
    const added = await codeDigest(root, { base: '/' });
    expect(added).not.toBe(edited);
    await writeFile(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(await codeDigest(root, { base: '/' })).not.toBe(added);
  });
});

describe('the record', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rencontres-rendered-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('is read back as written, and lists the files of its pages', async () => {
    const file = path.join(dir, '.cache/rendered-pages.json');
    const record = { code: 'c', pages: { '/meetings/a/': 'ka', '/en/officials/b/': 'kb' }, digests: { '/meetings/a/': 'da' } };
    await writeRenderedPages(file, record);
    expect(await readRenderedPages(file)).toEqual(record);
    expect([...(await recordedPageFiles(file))].sort()).toEqual(['en/officials/b/index.html', 'meetings/a/index.html']);
  });

  test('is missing once forgotten, and unreadable or malformed records count as none', async () => {
    const file = path.join(dir, 'rendered-pages.json');
    await writeRenderedPages(file, { code: 'c', pages: {}, digests: {} });
    await forgetRenderedPages(file);
    expect(await readRenderedPages(file)).toBeUndefined();
    expect((await recordedPageFiles(file)).size).toBe(0);
    await writeFile(file, '{"pages":');
    expect(await readRenderedPages(file)).toBeUndefined();
    await writeFile(file, '{"pages":{}}');
    expect(await readRenderedPages(file)).toBeUndefined();
  });

  test('read without digests (a record of an older build) has none, so its pages are read instead', async () => {
    const file = path.join(dir, 'rendered-pages.json');
    await writeFile(file, '{"code":"c","pages":{"/meetings/a/":"ka"}}');
    expect(await readRenderedPages(file)).toEqual({ code: 'c', pages: { '/meetings/a/': 'ka' }, digests: {} });
  });
});

describe('pagesKept', () => {
  test('reads back the line the build logs', () => {
    expect(pagesKept(`12:00:01 [rencontres:parallel-prerender] ${keptPagesLine(35222, 379)}\n`)).toBe(35222);
    expect(pagesKept(keptPagesLine(0, 137))).toBe(0);
  });

  test('is undefined when the build logged no such line', () => {
    expect(pagesKept('[build] 137 page(s) built in 3.22s')).toBeUndefined();
  });
});

describe('pagesRendered', () => {
  test('reads back the line the build logs', () => {
    expect(pagesRendered(`12:00:01 [rencontres:parallel-prerender] ${keptPagesLine(35222, 379)}\n`)).toBe(379);
    expect(pagesRendered(keptPagesLine(0, 137))).toBe(137);
  });

  test('is undefined when the build logged no such line', () => {
    expect(pagesRendered('[build] 137 page(s) built in 3.22s')).toBeUndefined();
  });
});

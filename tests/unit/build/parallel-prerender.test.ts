import { describe, expect, test } from 'vitest';
import { FEWEST_PAGES_FOR_THREADS, keepRenderThreads, pagesRenderedByThreads, pagesRenderedOnMainThread, pageWriter, renderedPagesLine, renderThreadCount } from '../../../src/build/parallel-prerender';

describe('renderThreadCount', () => {
  test('auto, or unset: one render thread per core besides the main thread', () => {
    for (const setting of ['auto', undefined, ' ']) {
      expect(renderThreadCount(setting, 2)).toBe(1);
      expect(renderThreadCount(setting, 8)).toBe(7);
      expect(renderThreadCount(setting, 1)).toBe(0);
    }
  });

  test('takes a whole number', () => {
    expect(renderThreadCount('0', 8)).toBe(0);
    expect(renderThreadCount(' 3 ', 2)).toBe(3);
  });

  test('refuses anything else', () => {
    for (const setting of ['-1', '1.5', 'two']) expect(() => renderThreadCount(setting, 2)).toThrow(/RENCONTRES_RENDER_THREADS/);
  });
});

describe('keepRenderThreads', () => {
  test('by default, only when there are enough pages to render', () => {
    for (const setting of ['auto', undefined, '']) {
      expect(keepRenderThreads(setting, FEWEST_PAGES_FOR_THREADS)).toBe(true);
      expect(keepRenderThreads(setting, FEWEST_PAGES_FOR_THREADS - 1)).toBe(false);
      expect(keepRenderThreads(setting, 0)).toBe(false);
    }
  });

  test('always when a number of threads was asked for', () => {
    expect(keepRenderThreads('1', 3)).toBe(true);
    expect(keepRenderThreads(' 2 ', 0)).toBe(true);
  });
});

describe('pagesRenderedByThreads', () => {
  test('reads back the line the build logs', () => {
    expect(pagesRenderedByThreads(`12:00:01 [rencontres:parallel-prerender] ${renderedPagesLine(61, 76)}\n[build] done`)).toBe(61);
  });

  test('is undefined when the build logged no such line (no render thread)', () => {
    expect(pagesRenderedByThreads('[build] 137 page(s) built in 3.22s')).toBeUndefined();
  });
});

describe('pagesRenderedOnMainThread', () => {
  test('reads back the main thread’s count from the same line', () => {
    expect(pagesRenderedOnMainThread(`12:00:01 [rencontres:parallel-prerender] ${renderedPagesLine(61, 76)}\n[build] done`)).toBe(76);
  });

  test('is undefined when the build logged no such line', () => {
    expect(pagesRenderedOnMainThread('[build] 137 page(s) built in 3.22s')).toBeUndefined();
  });
});

describe('pageWriter', () => {
  test('the build writes the plain pages unless told astro', () => {
    for (const setting of [undefined, '', ' build ']) expect(pageWriter(setting)).toBe('build');
    expect(pageWriter('astro')).toBe('astro');
    expect(pageWriter(' astro ')).toBe('astro');
  });

  test('refuses anything else', () => {
    for (const setting of ['Astro', 'yes', '1']) expect(() => pageWriter(setting)).toThrow(/RENCONTRES_PAGE_WRITER/);
  });
});

import { describe, expect, test } from 'vitest';
import { renderThreadCount } from '../../../src/build/parallel-prerender';

describe('renderThreadCount', () => {
  test('starts one render thread per core besides the main thread by default', () => {
    expect(renderThreadCount(undefined, 2)).toBe(1);
    expect(renderThreadCount('', 8)).toBe(7);
    expect(renderThreadCount(undefined, 1)).toBe(0);
  });

  test('takes a whole number from the setting, 0 for none', () => {
    expect(renderThreadCount('0', 8)).toBe(0);
    expect(renderThreadCount(' 3 ', 2)).toBe(3);
  });

  test('refuses anything else', () => {
    for (const setting of ['-1', '1.5', 'two']) expect(() => renderThreadCount(setting, 2)).toThrow(/RENCONTRES_RENDER_THREADS/);
  });
});

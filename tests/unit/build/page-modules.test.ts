import { describe, expect, test } from 'vitest';
import { loadPageModulesOnce, type ManifestWithPageMap } from '../../../src/build/page-modules';

describe('loadPageModulesOnce', () => {
  test('each page loader loads its module once and gives every call the same promise', async () => {
    const loads: string[] = [];
    const loader = (component: string) => () => {
      loads.push(component);
      return Promise.resolve({ page: () => component });
    };
    const manifest: ManifestWithPageMap = {
      pageMap: new Map([
        ['src/pages/meetings/[id].astro', loader('meeting')],
        ['src/pages/officials/[id].astro', loader('official')],
      ]),
    };
    loadPageModulesOnce(manifest);
    const meeting = manifest.pageMap!.get('src/pages/meetings/[id].astro')!;
    const first = meeting();
    expect(meeting()).toBe(first);
    expect(((await first) as { page: () => string }).page()).toBe('meeting');
    await manifest.pageMap!.get('src/pages/officials/[id].astro')!();
    await meeting();
    expect(loads).toEqual(['meeting', 'official']);
    expect([...manifest.pageMap!.keys()]).toEqual(['src/pages/meetings/[id].astro', 'src/pages/officials/[id].astro']);
  });

  test('leaves a manifest without a page map as it is', () => {
    const manifest: ManifestWithPageMap = {};
    loadPageModulesOnce(manifest);
    expect(manifest).toEqual({});
  });
});

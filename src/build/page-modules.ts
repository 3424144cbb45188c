/*
 * Astro's prerender bundle loads a route's page module for every page it renders: its manifest maps each page
 * component to a loader, `() => import(...)`, called again for each page (`getModuleForRoute`). A dynamic import of a
 * module already loaded still goes through Node's module loader: about 0.4 s of each rendering thread's CPU at 10,000
 * articles (CPU profiles, 2026-11-25). The build keeps each loader's first promise instead, on the main thread and on
 * every render thread (src/build/parallel-prerender.ts, prerender-worker.ts).
 *
 * Render threads load this file with Node's own type stripping: it imports nothing.
 */

/** A manifest as far as it is read here: Astro's `pageMap`, by page component, when the bundle has one. */
export interface ManifestWithPageMap {
  pageMap?: Map<string, () => Promise<unknown>> | undefined;
}

/** Makes every page loader of the manifest load its module once and give the same promise to every later call. */
export function loadPageModulesOnce(manifest: ManifestWithPageMap): void {
  const pageMap = manifest.pageMap;
  if (pageMap === undefined) return;
  for (const [component, load] of pageMap) {
    let loaded: Promise<unknown> | undefined;
    pageMap.set(component, () => (loaded ??= load()));
  }
}

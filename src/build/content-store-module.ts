/*
 * The content data store, read from its file by the prerender bundle instead of carried in it.
 *
 * Astro's build turns its content data store into a module of the prerender bundle whose code holds the whole store as
 * one string literal, `export default JSON.parse("…")`: 16.6 MB at 10,000 articles. That string goes through every
 * JavaScript hook of Vite's bundler, and V8 scans it again in the main thread and in every render thread that loads
 * the bundle, growing its literal buffer a megabyte at a time: about 5 s of a render thread before its first page on
 * this machine, and 300 MB more at the build's peak (docs/performance.md). The module below reads the file Astro's
 * content sync has just written, with the same `JSON.parse` of the same text, so the pages get the same store.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module of the content data store (`astro:data-layer-content`), as its Vite plugin resolves it. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The store's file in Astro's cache directory, where a build writes it (`getDataStoreFile` in astro/dist/content/paths.js). */
export const DATA_STORE_FILE = 'data-store.json';

/** The plugin, as Vite sees it: a `load` hook ordered before the other plugins', in a build only. */
export interface DataStorePlugin {
  name: string;
  apply: 'build';
  load: { order: 'pre'; handler(id: string): { code: string; map: { mappings: string } } | null };
}

/** The module's code: the store parsed from `file` when the bundle is loaded. */
export function dataStoreModuleSource(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * A Vite plugin that loads the store's module from `file` before Astro's own plugin embeds it. With no such file (no
 * collection synced yet) it leaves the module to Astro, which exports an empty store then.
 */
export function dataStoreFromFilePlugin(file: string, onModule: (fromFile: boolean) => void = () => {}): DataStorePlugin {
  return {
    name: 'rencontres:content-store-from-file',
    apply: 'build',
    load: {
      // Before Astro's content plugin, whose `load` would return the embedded store.
      order: 'pre',
      handler(id: string) {
        if (id !== DATA_STORE_MODULE_ID) return null;
        const fromFile = existsSync(file);
        onModule(fromFile);
        if (!fromFile) return null;
        return { code: dataStoreModuleSource(file), map: { mappings: '' } };
      },
    },
  };
}

/**
 * Installs the plugin for `astro build`. Not for a chunked store (`experimental.collectionStorage: 'chunked'`, used
 * for a very large archive), whose module imports each chunk, nor for `astro dev`, which watches the store's module.
 *
 * A build also starts from an empty store: the last build's file is removed before content sync would parse it. Every
 * generated collection is read by Astro's `file()` loader, which clears its collection and parses every entry again
 * whatever the store held, so the old store saved nothing but cost its parse (devalue) and, before writing, a read of
 * the old file to compare: with nothing changed at 10,000 articles, the Astro stage took 19.4–21.7 s without it
 * against 21.1–23.6 s with it, three alternating pairs (2026-11-25). The editorial pages and notes (`glob()`) are a
 * handful of small MDX files, rendered again.
 */
export function contentStoreFromFile(): AstroIntegration {
  let file: string | undefined;
  /** Whether the bundle asked for the store's module, and whether it got it from the file. */
  let module: { fromFile: boolean } | undefined;
  return {
    name: 'rencontres:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.experimental.collectionStorage === 'chunked') return;
        file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        rmSync(file, { force: true });
        updateConfig({ vite: { plugins: [dataStoreFromFilePlugin(file, (fromFile) => (module = { fromFile }))] } });
      },
      // A newer Astro may name the module or the file otherwise: the build is then as Astro makes it, only slower. A
      // module asked for without the file, or a file whose module was never asked for, says so; neither is a site
      // without collections.
      'astro:build:done': ({ logger }) => {
        const embedded = module === undefined ? file !== undefined && existsSync(file) : !module.fromFile;
        if (file !== undefined && embedded) logger.warn(`the content data store was embedded in the prerender bundle, not read from ${file}: see src/build/content-store-module.ts`);
      },
    },
  };
}

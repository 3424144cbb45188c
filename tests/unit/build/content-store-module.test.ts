import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { contentStoreFromFile, DATA_STORE_FILE, DATA_STORE_MODULE_ID, dataStoreFromFilePlugin, dataStoreModuleSource, type DataStorePlugin } from '../../../src/build/content-store-module';

// A folder whose name needs escaping in a JavaScript string, and a store with the text the archive holds.
const dir = mkdtempSync(path.join(tmpdir(), "rencontres store 'd\\\"q"));
// The module itself where the test runner can import it.
const moduleDir = mkdtempSync(path.join(tmpdir(), 'rencontres-store-module-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(moduleDir, { recursive: true, force: true });
});
const store = [{ meetings: 1 }, ['Map', 2], 'Rencontre à Hà Nội « entre » ministres\n"citée"\u2028', 42];
const storeFile = path.join(dir, DATA_STORE_FILE);
/** Writes the store's file, as Astro's content sync does after the integration's setup. */
const sync = () => writeFileSync(storeFile, JSON.stringify(store));
sync();

const load = (plugin: DataStorePlugin) => plugin.load;

describe('dataStoreModuleSource', () => {
  test('the module exports the store parsed from its file', async () => {
    const moduleFile = path.join(moduleDir, 'data-layer-content.mjs');
    writeFileSync(moduleFile, dataStoreModuleSource(storeFile));
    const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });
});

describe('dataStoreFromFilePlugin', () => {
  test('loads the store’s module before Astro’s plugin, in a build only', () => {
    const plugin = dataStoreFromFilePlugin(storeFile);
    expect(plugin.apply).toBe('build');
    expect(load(plugin).order).toBe('pre');
    expect(load(plugin).handler(DATA_STORE_MODULE_ID)?.code).toBe(dataStoreModuleSource(storeFile));
  });

  test('leaves every other module, and the store’s when its file is missing, to the other plugins', () => {
    let loads = 0;
    const plugin = dataStoreFromFilePlugin(storeFile, (fromFile) => { if (fromFile) loads++; });
    expect(load(plugin).handler('\0astro:content')).toBeNull();
    expect(load(plugin).handler('astro:data-layer-content')).toBeNull();
    expect(load(dataStoreFromFilePlugin(path.join(dir, 'missing.json'), (fromFile) => { if (fromFile) loads++; })).handler(DATA_STORE_MODULE_ID)).toBeNull();
    expect(loads).toBe(0);
    load(plugin).handler(DATA_STORE_MODULE_ID);
    expect(loads).toBe(1);
  });
});

describe('contentStoreFromFile', () => {
  function setUp(command: string, collectionStorage: string, integration = contentStoreFromFile()) {
    const plugins: DataStorePlugin[] = [];
    const hook = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
    hook({ command, config: { cacheDir: pathToFileURL(`${dir}/`), experimental: { collectionStorage } }, updateConfig: (config: { vite: { plugins: DataStorePlugin[] } }) => plugins.push(...config.vite.plugins) });
    return plugins;
  }

  test('installs the plugin for a build of a store kept in one file, reading it from Astro’s cache directory', () => {
    const plugins = setUp('build', 'single-file');
    sync();
    expect(plugins.map((plugin) => plugin.name)).toEqual(['rencontres:content-store-from-file']);
    expect(load(plugins[0]!).handler(DATA_STORE_MODULE_ID)?.code).toContain(JSON.stringify(storeFile));
  });

  test('not for a chunked store, whose module imports its chunks, nor for the dev server', () => {
    expect(setUp('build', 'chunked')).toEqual([]);
    expect(setUp('dev', 'single-file')).toEqual([]);
  });

  test('a build starts from an empty store: the last build’s file is removed before content sync', () => {
    sync();
    setUp('dev', 'single-file');
    setUp('build', 'chunked');
    expect(existsSync(storeFile)).toBe(true);
    setUp('build', 'single-file');
    expect(existsSync(storeFile)).toBe(false);
    sync();
  });

  test('warns at the end of a build whose store Astro embedded after all (a module or file renamed by a newer Astro)', () => {
    const warnings = (loadTheStore: boolean) => {
      const integration = contentStoreFromFile();
      const [plugin] = setUp('build', 'single-file', integration);
      sync();
      if (loadTheStore) load(plugin!).handler(DATA_STORE_MODULE_ID);
      const logged: string[] = [];
      const done = integration.hooks['astro:build:done'] as unknown as (options: object) => void;
      done({ logger: { warn: (message: string) => logged.push(message) } });
      return logged;
    };
    expect(warnings(true)).toEqual([]);
    expect(warnings(false)).toEqual([expect.stringContaining('the content data store was embedded in the prerender bundle')]);
  });

  test('warns too when the bundle asked for the store and its file was not where Astro used to write it', () => {
    const integration = contentStoreFromFile();
    const plugins: DataStorePlugin[] = [];
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
    setup({ command: 'build', config: { cacheDir: pathToFileURL(`${moduleDir}/`), experimental: { collectionStorage: 'single-file' } }, updateConfig: (config: { vite: { plugins: DataStorePlugin[] } }) => plugins.push(...config.vite.plugins) });
    expect(load(plugins[0]!).handler(DATA_STORE_MODULE_ID)).toBeNull();
    const logged: string[] = [];
    (integration.hooks['astro:build:done'] as unknown as (options: object) => void)({ logger: { warn: (message: string) => logged.push(message) } });
    expect(logged).toEqual([expect.stringContaining('the content data store was embedded in the prerender bundle')]);
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getExtraSearchTerms } from '../../src/lib/search-terms';

describe('getExtraSearchTerms', () => {
  test.each([
    [['Le général a reçu l’ambassadeur d’Amazon.'], ['Amazon', 'ambassadeur']],
    [["l'Interpol et qu’il"], ['Interpol', 'il']],
    [['Rencontre à Đà Nẵng'], ['Dà']],
    [['Aucune élision ici.'], []],
    [['l’ambassadeur', 'l’ambassadeur'], ['ambassadeur']],
  ])('finds %j → %j', (texts, expected) => {
    expect(getExtraSearchTerms(texts)).toEqual(expected);
  });
});

// Checks with Pagefind itself that French search on meeting pages ignores accents and elisions.
describe('getExtraSearchTerms with Pagefind', () => {
  let dir = '';
  type Search = { results: { data: () => Promise<{ url: string }> }[] };
  let search: (query: string) => Promise<string[]>;

  const page = (text: string) =>
    `<!doctype html><html lang="fr"><body><article data-pagefind-body data-pagefind-sort="date:2025-01-01"><h1 data-pagefind-meta="title">Rencontre</h1><p>${text}</p>` +
    `<p class="visually-hidden" aria-hidden="true" data-pagefind-weight="0.5">${getExtraSearchTerms([text]).join(' ')}</p></article></body></html>`;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rencontres-pagefind-'));
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; '));
      await index.addHTMLFile({ url: '/a/', content: page('Le général Lương Tam Quang a reçu l’ambassadeur d’Amazon.') });
      await index.addHTMLFile({ url: '/b/', content: page('Réunion à Đà Nẵng avec les dirigeants de la ville.') });
      const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
      expect(written.errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
    // pagefind.js is a browser module: give it a fetch that reads the written files.
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string | URL) => new Response(await readFile(fileURLToPath(new URL(String(url), pathToFileURL(`${dir}/`)).href.split('?')[0] ?? '')))) as typeof fetch;
    const api = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'pagefind', 'pagefind.js')).href)) as {
      options: (o: object) => Promise<void>;
      search: (q: string) => Promise<Search>;
    };
    await api.options({ basePath: `${pathToFileURL(path.join(dir, 'pagefind')).href}/`, baseUrl: '/' });
    search = async (query) => {
      const result = await api.search(query);
      return (await Promise.all(result.results.map((r) => r.data()))).map((d) => d.url).sort();
    };
    afterAll(() => {
      globalThis.fetch = realFetch;
    });
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test.each([
    ['Luong', ['/a/']],
    ['Lương', ['/a/']],
    ['general', ['/a/']],
    ['ambassadeur', ['/a/']],
    ['amazon', ['/a/']],
    ['Da Nang', ['/b/']],
  ])('"%s" finds %j', async (query, expected) => {
    expect(await search(query)).toEqual(expected);
  });
});

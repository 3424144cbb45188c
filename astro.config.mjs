// @ts-check
import { existsSync, readdirSync, statSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { parallelPrerender } from './src/build/parallel-prerender.ts';
import { contentStoreFromFile } from './src/build/content-store-module.ts';

/** Generated data size (bytes) above which the content data store is written in chunks: three quarters of V8's string limit (512 MiB). */
const CHUNKED_STORE_ABOVE = 384 * 1024 * 1024;

/** Size in bytes of the JSON files written by `npm run ingest`, which the content data store mirrors. */
function generatedBytes() {
  const dir = new URL('./content/generated/', import.meta.url);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => sum + statSync(new URL(name, dir)).size, 0);
}

const site = process.env.SITE_URL || 'https://rencontres.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Every stylesheet and script is a file of its own, so the Content-Security-Policy (src/lib/csp.ts) needs no
  // 'unsafe-inline': Astro would otherwise inline stylesheets and scripts under 4 kB.
  // Several pages in flight at once in Astro's own loop: Node's file system thread writes pages on the other core while
  // this one renders (a third faster at 10,000 articles). The loop gets only the pages the build does not write itself
  // (parallelPrerender()), unless RENCONTRES_PAGE_WRITER=astro hands it every page.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 12 },
  // dist/ is not emptied: a page whose data and code are unchanged since the last build is left in place, not rendered
  // again (src/build/unchanged-pages.ts), and `npm run build` (scripts/build.ts) removes what the build neither wrote
  // nor kept.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // Pages are rendered on every core, and only those that changed since the last build; the plain HTML pages are
  // written by the build itself, the others by Astro (src/build/parallel-prerender.ts). The prerender bundle reads the
  // content data store from its file instead of carrying it as one string (src/build/content-store-module.ts).
  integrations: [mdx(), parallelPrerender(), contentStoreFromFile()],
  // French is the default language at the root; the English interface lives under /en/ (src/pages/en/, src/i18n/).
  i18n: { defaultLocale: 'fr', locales: ['fr', 'en'], routing: { prefixDefaultLocale: false } },
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins: the unified one does.
    processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }),
  },
  // A very large archive's content data store outgrows one JavaScript string (Astro fails near 540 MB) and must be
  // stored in chunks; Astro's chunked writer measures the store one character at a time (25 s for 10,000 articles),
  // so it is used only when the generated data is big enough to need it.
  experimental: {
    collectionStorage: generatedBytes() > CHUNKED_STORE_ABOVE ? 'chunked' : 'single-file',
  },
  // No request may leave the origin: no prefetch scripts, no external assets.
  prefetch: false,
  devToolbar: { enabled: false },
});

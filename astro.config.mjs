// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';

const site = process.env.SITE_URL || 'https://rencontres.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Every stylesheet and script is a file of its own, so the Content-Security-Policy (src/lib/csp.ts) needs no
  // 'unsafe-inline': Astro would otherwise inline stylesheets and scripts under 4 kB.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
  // French is the default language at the root; the English interface lives under /en/ (src/pages/en/, src/i18n/).
  i18n: { defaultLocale: 'fr', locales: ['fr', 'en'], routing: { prefixDefaultLocale: false } },
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins: the unified one does.
    processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }),
  },
  // A large archive's content data store outgrows one JSON string (Astro fails near 540 MB): store it in chunks.
  experimental: { collectionStorage: 'chunked' },
  // No request may leave the origin: no prefetch scripts, no external assets.
  prefetch: false,
  devToolbar: { enabled: false },
});

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
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins: the unified one does.
    processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }),
  },
  // No request may leave the origin: no prefetch scripts, no external assets.
  prefetch: false,
  devToolbar: { enabled: false },
});

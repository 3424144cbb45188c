import type { APIRoute } from 'astro';
import { absoluteUrl, fileTo } from '../lib/permalinks';

/** Everything may be crawled; the sitemap (written after the build, see scripts/build.ts) lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site?.href ?? 'https://rencontres.example.org/', fileTo(import.meta.env.BASE_URL, 'sitemap.xml'));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

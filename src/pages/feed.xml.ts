import type { APIRoute } from 'astro';
import { toAtomXml } from '../lib/atom';
import { getFeed } from '../lib/feeds';
import { loadArchive } from '../lib/load-archive';

/** Atom feed of the whole archive: the newest meetings. */
export const GET: APIRoute = async ({ site }) => {
  const feed = getFeed(await loadArchive(), {}, site?.href ?? 'https://rencontres.example.org/', import.meta.env.BASE_URL);
  return new Response(toAtomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

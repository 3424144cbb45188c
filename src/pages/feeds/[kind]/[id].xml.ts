import type { APIRoute, GetStaticPaths } from 'astro';
import { toAtomXml } from '../../../lib/atom';
import { feedPath, getFeed, getFeedTargets, type FeedKind } from '../../../lib/feeds';
import { loadArchive } from '../../../lib/load-archive';
import { termPageKey } from '../../../lib/page-keys';
import { withCacheKey } from '../../../lib/static-paths';

/** One Atom feed per official, theme, organization and country: /feeds/<section>/<id>.xml. */
export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return getFeedTargets(archive).map((target) => {
    const [, section = '', file = ''] = feedPath('/', target.kind, target.id).split('/').slice(1);
    return withCacheKey({ params: { kind: section, id: file.replace(/\.xml$/, '') }, props: target }, () => termPageKey(archive, target.kind, target.id));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, id } = props as { kind: FeedKind; id: string };
  const feed = getFeed(await loadArchive(), { kind, id }, site?.href ?? 'https://rencontres.example.org/', import.meta.env.BASE_URL);
  return new Response(toAtomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { loadArchive } from '../../lib/load-archive';

/** One untouched source text per source, served at /sources/<id>.txt byte for byte. */
export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.sources.map((source) => ({ params: { id: source.id }, props: { file: source.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // The build runs from the project root; source paths in the data are relative to it.
  const sourcesDir = resolve(process.cwd(), 'content', 'sources');
  const path = resolve(process.cwd(), String(props['file']));
  if (!path.startsWith(`${sourcesDir}${sep}`)) throw new Error(`Source file outside content/sources: ${String(props['file'])}`);
  return new Response(await readFile(path), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

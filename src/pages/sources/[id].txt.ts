import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { loadArchive } from '../../lib/load-archive';

/** Absolute path of a source file named in the data, which must lie in content/sources/ (the build runs from the project root). */
function sourcePath(file: string): string {
  const sourcesDir = resolve(process.cwd(), 'content', 'sources');
  const path = resolve(process.cwd(), file);
  if (!path.startsWith(`${sourcesDir}${sep}`)) throw new Error(`Source file outside content/sources: ${file}`);
  return path;
}

/** One untouched source text per source, served at /sources/<id>.txt byte for byte; unchanged files are kept by incremental builds. */
export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  const paths: { params: { id: string }; props: { file: string }; cacheKey: string }[] = [];
  // A few files at a time: one read per source at once would exhaust the open-file limit of a large archive.
  for (let start = 0; start < archive.sources.length; start += 64) {
    const batch = archive.sources.slice(start, start + 64);
    const digests = await Promise.all(batch.map(async (source) => createHash('sha256').update(await readFile(sourcePath(source.file))).digest('base64url')));
    batch.forEach((source, index) => paths.push({ params: { id: source.id }, props: { file: source.file }, cacheKey: digests[index]! }));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  return new Response(await readFile(sourcePath(String(props['file']))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

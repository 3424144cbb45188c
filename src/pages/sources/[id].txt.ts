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
  return Promise.all(
    archive.sources.map(async (source) => ({
      params: { id: source.id },
      props: { file: source.file },
      cacheKey: createHash('sha256').update(await readFile(sourcePath(source.file))).digest('base64url'),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  return new Response(await readFile(sourcePath(String(props['file']))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

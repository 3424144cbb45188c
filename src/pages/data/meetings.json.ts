import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/load-archive';
import { toOpenDataRecords } from '../../lib/open-data';
import { formatJsonArray } from '../../lib/json-array';

/** The open-data file: every meeting as one JSON record, sorted by date then id. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const records = toOpenDataRecords(archive, site?.href ?? 'https://rencontres.example.org/', import.meta.env.BASE_URL);
  return new Response(formatJsonArray(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/load-archive';
import { toOrganizationRecords } from '../../lib/open-data-entities';
import { formatJsonArray } from '../../lib/json-array';

/** Open data: Every organization with abbreviation, aliases, country and meeting ids, sorted by id. */
export const GET: APIRoute = async ({ site }) => {
  const records = toOrganizationRecords(await loadArchive(), site?.href ?? 'https://rencontres.example.org/', import.meta.env.BASE_URL);
  return new Response(formatJsonArray(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

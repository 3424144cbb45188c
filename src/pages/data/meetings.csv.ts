import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/load-archive';
import { toMeetingsCsv } from '../../lib/meetings-csv';
import { toOpenDataRecords } from '../../lib/open-data';

/** Open data for spreadsheets: the records of meetings.json, one row per meeting (UTF-8 with BOM). */
export const GET: APIRoute = async ({ site }) => {
  const records = toOpenDataRecords(await loadArchive(), site?.href ?? 'https://rencontres.example.org/', import.meta.env.BASE_URL);
  return new Response(toMeetingsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

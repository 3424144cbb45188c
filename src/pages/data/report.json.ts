import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { readBuildReport } from '../../io/ingest-report';

/** The build report (every source and its outcome), copied byte for byte from content/generated/report.json. */
export const GET: APIRoute = async () => {
  // The build runs from the project root, where ingest wrote the report.
  const { text } = await readBuildReport(resolve(process.cwd(), 'content', 'generated', 'report.json'));
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

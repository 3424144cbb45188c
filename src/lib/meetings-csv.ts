import { stringify } from 'csv-stringify/sync';
import type { OpenDataRecord } from './open-data';

/** Columns of `/data/meetings.csv`, in order. */
export const CSV_COLUMNS = [
  'id', 'url', 'date', 'published', 'title', 'place',
  'vietnamese_side', 'foreign_side', 'organizations', 'countries', 'themes', 'source',
] as const;

/** How several values share one cell: a semicolon never appears in names, roles or slugs of the archive. */
const JOIN = '; ';

/**
 * One participant in a cell: name, then role, organization and country in brackets when known.
 * @example participantToCell({ name: 'Tô Lâm', role: 'ministre', organization: null, country: 'Vietnam' }) // "Tô Lâm (ministre, Vietnam)"
 */
export function participantToCell(participant: Pick<OpenDataRecord['participants'][number], 'name' | 'role' | 'organization' | 'country'>): string {
  const details = [participant.role, participant.organization, participant.country].filter((part): part is string => Boolean(part));
  return details.length > 0 ? `${participant.name} (${details.join(', ')})` : participant.name;
}

/**
 * The open-data records as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right),
 * CRLF line ends, a header row, one row per meeting, several participants or themes joined with "; ".
 */
export function toMeetingsCsv(records: OpenDataRecord[]): string {
  const rows = records.map((record) => [
    record.id,
    record.url,
    record.date,
    record.published,
    record.title,
    record.place ?? '',
    record.participants.filter((p) => p.side === 'home').map(participantToCell).join(JOIN),
    record.participants.filter((p) => p.side === 'foreign').map(participantToCell).join(JOIN),
    record.organizations.map((o) => o.name).join(JOIN),
    record.countries.join(JOIN),
    record.themes.join(JOIN),
    record.source,
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}

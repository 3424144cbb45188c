import type { PartialDate } from '../schemas/common';

/** French month names, January first. */
export const FRENCH_MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** Splits a partial date into numbers; `day` is null for a month-precision date. */
export function parsePartialDate(date: PartialDate): { year: number; month: number; day: number | null } {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) throw new Error(`Invalid date: ${date}`);
  return { year, month, day: day ?? null };
}

/**
 * Formats a partial date in French; month-precision dates show the month only.
 * @example formatFrenchDate('2026-02-19') // "19 février 2026"
 * @example formatFrenchDate('2025-05-01') // "1er mai 2025"
 * @example formatFrenchDate('2025-05') // "mai 2025"
 */
export function formatFrenchDate(date: PartialDate): string {
  const { year, month, day } = parsePartialDate(date);
  const monthName = FRENCH_MONTHS[month - 1];
  if (day === null) return `${monthName} ${year}`;
  return `${day === 1 ? '1er' : day} ${monthName} ${year}`;
}

/**
 * Formats a year and month in French with a capital, for headings.
 * @example formatFrenchMonth(2025, 5) // "Mai 2025"
 */
export function formatFrenchMonth(year: number, month: number): string {
  const name = FRENCH_MONTHS[month - 1] ?? String(month);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}

/**
 * A full ISO day for sorting: month-precision dates sort as the first of the month.
 * @example dateToSortKey('2025-05') // "2025-05-01"
 */
export function dateToSortKey(date: PartialDate): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** The year of a partial date, as a string. @example yearOf('2025-05') // "2025" */
export function yearOf(date: PartialDate): string {
  return date.slice(0, 4);
}

/** True when the date only gives the month. */
export function isMonthPrecision(date: PartialDate): boolean {
  return date.length === 7;
}

/** The kinds of pages that have a permalink, each with its URL folder. */
export const SECTIONS = {
  meetings: 'meetings',
  officials: 'officials',
  organizations: 'organizations',
  countries: 'countries',
  themes: 'themes',
  years: 'years',
} as const;
export type Section = keyof typeof SECTIONS;

/**
 * Joins a base path and URL segments into a root-relative path that always ends with a slash.
 * @example pathTo('/rencontres/', 'meetings', '2025-05-x') // "/rencontres/meetings/2025-05-x/"
 */
export function pathTo(base: string, ...segments: string[]): string {
  let path = '';
  for (const part of [base, ...segments]) {
    for (const piece of part.split('/')) {
      if (piece.length === 0) continue;
      // Slugs need no encoding; anything else is normalized (decoded, then encoded once). Pages call this thousands of times.
      path += `/${URL_SAFE.test(piece) ? piece : encodeURIComponent(decodeURIComponent(piece))}`;
    }
  }
  return `${path}/`;
}

/** A path segment that `encodeURIComponent` leaves as it is and that holds no `%` escape to normalize. */
const URL_SAFE = /^[\w.!~*'()-]+$/;

/**
 * Joins a base path and a file name (no trailing slash), for files such as `/sources/<id>.txt`.
 * @example fileTo('/', 'data', 'meetings.json') // "/data/meetings.json"
 */
export function fileTo(base: string, ...segments: string[]): string {
  return pathTo(base, ...segments).replace(/\/$/, '');
}

/** Path of the page of one entry in a section, e.g. an official or a meeting. */
export function entryPath(base: string, section: Section, id: string): string {
  return pathTo(base, SECTIONS[section], id);
}

/** Path of the index page of a section. */
export function sectionPath(base: string, section: Section): string {
  return pathTo(base, SECTIONS[section]);
}

/**
 * Absolute URL of a root-relative path on the configured site.
 * @example absoluteUrl('https://example.org', '/x/meetings/a/') // "https://example.org/x/meetings/a/"
 */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

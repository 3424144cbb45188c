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
  let path = appendPart('', base);
  for (const segment of segments) path = appendPart(path, segment);
  return `${path}/`;
}

/** A path segment that `encodeURIComponent` leaves as it is and that holds no `%` escape to normalize. */
const URL_SAFE = /^[\w.!~*'()-]+$/;
/** A part already in the form `pathTo` writes: `/`, or URL-safe segments each after a slash (`/en/`, `/themes/x`). */
const NORMALIZED_PATH = /^(?:\/[\w.!~*'()-]+)*\/?$/;

/** Appends a base path or segment to a path without a trailing slash. Pages call this thousands of times. */
function appendPart(path: string, part: string): string {
  // The usual parts (a slug, a base such as `/` or `/en/`) need no splitting.
  if (URL_SAFE.test(part)) return `${path}/${part}`;
  if (NORMALIZED_PATH.test(part)) return path + (part.endsWith('/') ? part.slice(0, -1) : part);
  for (const piece of part.split('/')) {
    if (piece.length === 0) continue;
    // Slugs need no encoding; anything else is normalized (decoded, then encoded once).
    path += `/${URL_SAFE.test(piece) ? piece : encodeURIComponent(decodeURIComponent(piece))}`;
  }
  return path;
}

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

import { followRenames } from '../ingest/pin-ids';
import { lookupKey } from '../ingest/gazetteer';
import type { Meeting } from '../schemas/meeting';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import type { Redirects } from '../schemas/redirects';
import { entryPath, sectionPath, type Section } from './permalinks';

/** One old URL that must keep working: a page that sends the reader on to `to`. */
export interface Redirect {
  /** Root-relative path of the old page, base included. @example "/meetings/2025-05-to-lam-yuri-maximo/" */
  from: string;
  /** Root-relative path of the page it now leads to. */
  to: string;
  /** Title of the target page, for the visible link. */
  label: string;
  /** True when nothing replaces the old page and it leads to its section's index. */
  gone: boolean;
}

/** Everything that was ever published, and what exists now. */
export interface RedirectInput {
  meetings: Pick<Meeting, 'id' | 'source' | 'position' | 'title'>[];
  officials: Pick<Official, 'id' | 'name' | 'aliases'>[];
  organizations: Pick<Organization, 'id' | 'name' | 'aliases'>[];
  /** Meeting pins: "<source>#<position>" → first slug published. */
  permalinks: Record<string, string>;
  /** Official and organization pins: written name → first id published. */
  entityPins: { officials: Record<string, string>; organizations: Record<string, string> };
  redirects: Redirects;
}

const SECTION_LABELS = { meetings: 'Toutes les rencontres', officials: 'Tous les officiels', organizations: 'Toutes les organisations' } as const;

function retired(published: Iterable<string>, current: Set<string>): string[] {
  return [...new Set(published)].filter((id) => !current.has(id)).sort();
}

/** An entity that now carries one of the names once pinned to `oldId`. */
function heirByName<T extends { id: string; name: string; aliases: string[] }>(entities: T[], pins: Record<string, string>, oldId: string): T | undefined {
  const names = new Set(Object.entries(pins).filter(([, id]) => id === oldId).map(([name]) => lookupKey(name)));
  return entities.find((entity) => [entity.name, ...entity.aliases].some((name) => names.has(lookupKey(name))));
}

/**
 * Lists the redirect pages the site needs: every meeting, official or organization id ever published (pinned or
 * renamed) that no longer has its own page leads to the page that replaced it. Targets, in order: the archivist's
 * rename in redirects.yaml; for a meeting, the first meeting still reported by the same source; for an official
 * or organization, the entry that now carries a name once pinned to the old id; else the section's index.
 */
export function getRedirects(input: RedirectInput, base: string): Redirect[] {
  const redirects: Redirect[] = [];
  const add = (section: Section & keyof typeof SECTION_LABELS, from: string, target: { id: string; label: string } | undefined) =>
    redirects.push({
      from: entryPath(base, section, from),
      to: target ? entryPath(base, section, target.id) : sectionPath(base, section),
      label: target?.label ?? SECTION_LABELS[section],
      gone: target === undefined,
    });

  const meetings = new Map(input.meetings.map((meeting) => [meeting.id, meeting]));
  for (const old of retired([...Object.values(input.permalinks), ...Object.keys(input.redirects.meetings)], new Set(meetings.keys()))) {
    let target = meetings.get(followRenames(input.redirects.meetings, old));
    const source = Object.entries(input.permalinks).find(([, slug]) => slug === old)?.[0].split('#')[0];
    target ??= input.meetings.filter((m) => m.source === source).sort((a, b) => a.position - b.position)[0];
    add('meetings', old, target && { id: target.id, label: target.title });
  }
  for (const section of ['officials', 'organizations'] as const) {
    const entities = input[section];
    const byId = new Map<string, (typeof entities)[number]>(entities.map((entity) => [entity.id, entity]));
    const pins = input.entityPins[section];
    for (const old of retired([...Object.values(pins), ...Object.keys(input.redirects[section])], new Set(byId.keys()))) {
      const target = byId.get(followRenames(input.redirects[section], old)) ?? heirByName(entities, pins, old);
      add(section, old, target && { id: target.id, label: target.name });
    }
  }
  return redirects;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML of a redirect page: an immediate `<meta http-equiv="refresh">`, a canonical link to the new page
 * (so search engines and citation tools move on), `noindex`, and a visible link for readers without refresh.
 * @param canonical absolute URL of the target page
 */
export function renderRedirectPage(redirect: Redirect, canonical: string): string {
  const to = escapeHtml(redirect.to);
  const message = redirect.gone
    ? `Cette page n'existe plus dans l'archive. Voir <a href="${to}">${escapeHtml(redirect.label)}</a>.`
    : `Cette page a changé d'adresse : <a href="${to}">${escapeHtml(redirect.label)}</a>.`;
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Page déplacée · Rencontres</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    '</head>',
    '<body>',
    `<main><h1>Page déplacée</h1><p>${message}</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

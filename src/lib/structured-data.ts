import type { Meeting } from '../schemas/meeting';
import type { Archive } from './archive';
import { absoluteUrl, entryPath } from './permalinks';

/** A schema.org object, as serialized in JSON-LD. */
export type JsonLd = Record<string, unknown>;

/**
 * A meeting as a schema.org `Event`: name, date, place, participants as `attendee` persons with their role,
 * organization and country, themes as `keywords`, and the page URL.
 * @see https://schema.org/Event
 */
export function meetingToJsonLd(archive: Archive, meeting: Meeting, site: string, base: string): JsonLd {
  const url = absoluteUrl(site, entryPath(base, 'meetings', meeting.id));
  const attendee = meeting.participants.map((participant) => {
    const organization = participant.organization === null ? undefined : archive.organization.get(participant.organization);
    const country = participant.country === null ? undefined : archive.country.get(participant.country);
    return {
      '@type': 'Person',
      name: archive.official.get(participant.official)?.name ?? participant.name,
      url: absoluteUrl(site, entryPath(base, 'officials', participant.official)),
      ...(participant.role ? { jobTitle: participant.role } : {}),
      ...(organization ? { affiliation: { '@type': 'Organization', name: organization.name, url: absoluteUrl(site, entryPath(base, 'organizations', organization.id)) } } : {}),
      ...(country ? { nationality: { '@type': 'Country', name: country.name } } : {}),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: meeting.title,
    startDate: meeting.date,
    eventStatus: 'https://schema.org/EventScheduled',
    ...(meeting.place ? { location: { '@type': 'Place', name: meeting.place } } : {}),
    attendee,
    ...(meeting.themes.length > 0 ? { keywords: meeting.themes.map((id) => archive.theme.get(id)?.label ?? id).join(', ') } : {}),
    inLanguage: 'fr',
  };
}

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script.
 * @example jsonLdToScriptText({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function jsonLdToScriptText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

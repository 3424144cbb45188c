import { describe, expect, test } from 'vitest';
import { jsonLdToScriptText, meetingToJsonLd } from '../../src/lib/structured-data';
import { fixtureArchive, meetingById } from './_site-fixture';

describe('meetingToJsonLd', () => {
  test('describes a meeting as a schema.org Event with its place and attendees', () => {
    const data = meetingToJsonLd(fixtureArchive(), meetingById('2026-02-19-luong-tam-quang-shannon-kellogg'), 'https://x.org', '/');
    const url = 'https://x.org/meetings/2026-02-19-luong-tam-quang-shannon-kellogg/';
    expect(data).toEqual({
      '@context': 'https://schema.org', '@type': 'Event', '@id': url, url,
      name: 'Le ministre rencontre un dirigeant d’Amazon',
      startDate: '2026-02-19',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Washington' },
      attendee: [
        {
          '@type': 'Person', name: 'Lương Tam Quang', url: 'https://x.org/officials/luong-tam-quang/', jobTitle: 'ministre de la Police',
          affiliation: { '@type': 'Organization', name: 'ministère de la Sécurité publique', url: 'https://x.org/organizations/ministere-securite-publique/' },
          nationality: { '@type': 'Country', name: 'Vietnam' },
        },
        {
          '@type': 'Person', name: 'Shannon Kellogg', url: 'https://x.org/officials/shannon-kellogg/', jobTitle: 'vice-président',
          affiliation: { '@type': 'Organization', name: 'Amazon', url: 'https://x.org/organizations/amazon/' },
          nationality: { '@type': 'Country', name: 'États-Unis' },
        },
      ],
      keywords: 'Numérique, Cybersécurité',
      inLanguage: 'fr',
    });
  });

  test('leaves out the location, role and affiliation the archive does not know, and keeps a month-precision date', () => {
    const data = meetingToJsonLd(fixtureArchive(), meetingById('2025-05-to-lam-kerry-person'), 'https://x.org', '/');
    expect(data).not.toHaveProperty('location');
    expect(data['startDate']).toBe('2025-05');
    expect((data['attendee'] as object[])[0]).toEqual({ '@type': 'Person', name: 'Tô Lâm', url: 'https://x.org/officials/to-lam/', nationality: { '@type': 'Country', name: 'Vietnam' } });
  });
});

describe('jsonLdToScriptText', () => {
  test('escapes "<" so that no value can close the script element', () => {
    expect(jsonLdToScriptText({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
    expect(JSON.parse(jsonLdToScriptText({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});

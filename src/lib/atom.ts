/** One entry of an Atom feed. */
export interface AtomEntry {
  /** Permanent IRI of the entry: the meeting's absolute URL. */
  id: string;
  url: string;
  title: string;
  /** RFC 3339 date-time. @example "2026-03-05T00:00:00Z" */
  updated: string;
  published?: string;
  /** Plain-text summary. */
  summary: string;
  /** Category terms and labels. */
  categories?: { term: string; label: string }[];
}

/** An Atom feed (RFC 4287). */
export interface AtomFeed {
  /** Permanent IRI of the feed: its own absolute URL. */
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows (rel="alternate"). */
  pageUrl: string;
  /** RFC 3339 date-time of the newest entry, or a fixed date for an empty feed. */
  updated: string;
  author: string;
  entries: AtomEntry[];
}

/** Escapes text for XML element content and attribute values. @example escapeXml('a < b & "c"') // "a &lt; b &amp; &quot;c&quot;" */
export function escapeXml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A date of the archive as an RFC 3339 date-time at midnight UTC; a month-precision date counts as the 1st.
 * @example partialDateToDateTime('2025-05') // "2025-05-01T00:00:00Z"
 */
export function partialDateToDateTime(date: string): string {
  return `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;
}

/**
 * An entry's lines, made once per entry object: feeds that list the same meeting share its entry (`getFeed`), and an
 * entry is not changed once made.
 */
const entryXml = new WeakMap<AtomEntry, string>();

function toEntryXml(entry: AtomEntry): string {
  let xml = entryXml.get(entry);
  if (xml === undefined) {
    xml = [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      ...(entry.published ? [`    <published>${escapeXml(entry.published)}</published>`] : []),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      ...(entry.categories ?? []).map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
      '  </entry>',
    ].join('\n');
    entryXml.set(entry, xml);
  }
  return xml;
}

/** Serializes an Atom 1.0 feed; the same feed always gives the same bytes. */
export function toAtomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map(toEntryXml),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

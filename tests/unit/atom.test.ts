import { describe, expect, test } from 'vitest';
import { escapeXml, partialDateToDateTime, toAtomXml } from '../../src/lib/atom';

describe('escapeXml', () => {
  test('escapes markup characters and drops control characters XML forbids', () => {
    expect(escapeXml('a < b & "c" > d\u0001')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});

describe('partialDateToDateTime', () => {
  test.each([
    ['2026-03-04', '2026-03-04T00:00:00Z'],
    ['2025-05', '2025-05-01T00:00:00Z'],
  ])('turns %s into %s', (date, expected) => {
    expect(partialDateToDateTime(date)).toBe(expected);
  });
});

describe('toAtomXml', () => {
  const xml = toAtomXml({
    id: 'https://x.org/feed.xml', title: 'Rencontres', selfUrl: 'https://x.org/feed.xml', pageUrl: 'https://x.org/', updated: '2026-03-05T00:00:00Z', author: 'Rencontres',
    entries: [{ id: 'https://x.org/meetings/a/', url: 'https://x.org/meetings/a/', title: 'Tô Lâm & AWS', updated: '2026-03-05T00:00:00Z', summary: '<b>', categories: [{ term: 'numerique', label: 'Numérique' }] }],
  });

  test('writes an Atom 1.0 feed with self and alternate links', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://x.org/"/>');
  });

  test('writes each entry with its id, escaped title and summary, and categories', () => {
    expect(xml).toContain('<entry>\n    <id>https://x.org/meetings/a/</id>\n    <title>Tô Lâm &amp; AWS</title>');
    expect(xml).toContain('<summary>&lt;b&gt;</summary>');
    expect(xml).toContain('<category term="numerique" label="Numérique"/>');
    expect(xml).not.toContain('<published>');
  });
});

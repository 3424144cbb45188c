import { describe, expect, test } from 'vitest';
import { isIndexable, toSitemapXml } from '../../src/lib/sitemap';

describe('isIndexable', () => {
  test('keeps pages out of the sitemap only when they say noindex', () => {
    expect(isIndexable('<head><meta name="robots" content="noindex"></head>')).toBe(false);
    expect(isIndexable('<head><title>Rencontres</title></head>')).toBe(true);
  });
});

describe('toSitemapXml', () => {
  test('lists each URL once, sorted and escaped', () => {
    expect(toSitemapXml(['https://x.org/b/', 'https://x.org/a/?x=1&y=2', 'https://x.org/b/'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://x.org/a/?x=1&amp;y=2</loc></url>',
        '  <url><loc>https://x.org/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { localeBase, monthAnchor, monthListingPath, translatePath } from '../../../src/i18n/paths';

describe('localeBase', () => {
  test.each([
    ['/', 'fr', '/'],
    ['/', 'en', '/en/'],
    ['/x/', 'en', '/x/en/'],
    ['/x', 'fr', '/x/'],
  ] as const)('base %s in %s is %s', (base, locale, expected) => {
    expect(localeBase(base, locale)).toBe(expected);
  });
});

describe('translatePath', () => {
  test.each([
    ['/meetings/2025-05-a/', '/', 'fr', 'en', '/en/meetings/2025-05-a/'],
    ['/en/meetings/2025-05-a/', '/', 'en', 'fr', '/meetings/2025-05-a/'],
    ['/', '/', 'fr', 'en', '/en/'],
    ['/en/', '/', 'en', 'fr', '/'],
    ['/x/officials/to-lam/', '/x/', 'fr', 'en', '/x/en/officials/to-lam/'],
    ['/x/en/officials/to-lam/', '/x/', 'en', 'fr', '/x/officials/to-lam/'],
    // A French page whose first segment merely starts with "en" keeps it.
    ['/entreprises/', '/', 'fr', 'en', '/en/entreprises/'],
  ] as const)('%s (base %s) from %s to %s is %s', (path, base, from, to, expected) => {
    expect(translatePath(path, base, from, to)).toBe(expected);
  });

  test('keeps encoded segments encoded once', () => {
    expect(translatePath('/themes/s%C3%A9curit%C3%A9/', '/', 'fr', 'en')).toBe('/en/themes/s%C3%A9curit%C3%A9/');
  });
});

describe('monthListingPath', () => {
  test("points at the month's page, under its year's, in the language", () => {
    expect(monthListingPath('/en/', '2025-05')).toBe('/en/years/2025/05/');
    expect(monthListingPath('/', '2026-02')).toBe('/years/2026/02/');
    expect(monthListingPath('/x/', '2024-12')).toBe('/x/years/2024/12/');
  });
});

describe('monthAnchor', () => {
  test('is the id the year pages have always given a month', () => {
    expect(monthAnchor('2025-05')).toBe('mois-2025-05');
  });
});

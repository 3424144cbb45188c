import { describe, expect, test } from 'vitest';
import { localeBase, monthListingPath, translatePath } from '../../../src/i18n/paths';

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
  test("points at the month anchor of its year's page in the language", () => {
    expect(monthListingPath('/en/', '2025-05')).toBe('/en/years/2025/#mois-2025-05');
    expect(monthListingPath('/', '2026-02')).toBe('/years/2026/#mois-2026-02');
  });
});

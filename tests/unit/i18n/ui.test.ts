import { describe, expect, test } from 'vitest';
import { formatCount, formatDate, formatMonth, formatNumber, getUi, LOCALES } from '../../../src/i18n/ui';

describe('formatDate', () => {
  test.each([
    ['en', '2026-02-19', '19 February 2026'],
    ['en', '2025-05', 'May 2025'],
    ['en', '2025-05-01', '1 May 2025'],
    ['fr', '2025-05-01', '1er mai 2025'],
    ['fr', '2025-05', 'mai 2025'],
  ] as const)('formats %s %s as "%s"', (locale, date, expected) => {
    expect(formatDate(locale, date)).toBe(expected);
  });
});

describe('formatMonth', () => {
  test.each([
    ['en', '2025-12', 'December 2025'],
    ['fr', '2025-08', 'Août 2025'],
  ] as const)('formats %s %s as "%s"', (locale, key, expected) => {
    expect(formatMonth(locale, key)).toBe(expected);
  });
});

describe('formatCount', () => {
  test('uses the singular for one in English and for zero and one in French', () => {
    expect(formatCount('en', 1, 'meeting')).toBe('1 meeting');
    expect(formatCount('en', 0, 'meeting')).toBe('0 meetings');
    expect(formatCount('fr', 0, 'meeting')).toBe('0 rencontre');
    expect(formatCount('en', 3, 'country')).toBe('3 countries');
    expect(formatCount('fr', 3, 'country')).toBe('3 pays');
  });

  test('groups thousands the way each language does', () => {
    expect(formatCount('en', 1234, 'meeting')).toBe('1,234 meetings');
    expect(formatCount('fr', 1234, 'meeting')).toMatch(/^1\s234 rencontres$/u);
  });
});

describe('formatNumber', () => {
  test('writes a number as formatCount does, without the noun', () => {
    expect(formatNumber('en', 2001)).toBe('2,001');
    expect(formatNumber('fr', 2001)).toMatch(/^2\s001$/u);
    for (const locale of LOCALES) expect(`${formatNumber(locale, 1234)} ${getUi(locale).nouns.meeting[1]}`).toBe(formatCount(locale, 1234, 'meeting'));
  });
});

describe('listing strings', () => {
  test('every language says which meetings a page shows, with its numbers in it', () => {
    for (const locale of LOCALES) {
      const ui = getUi(locale).listing;
      const shown = ui.shown('101', '200', '2,001');
      for (const part of ['101', '200', '2,001']) expect(shown).toContain(part);
      expect(ui.pageTitle('Énergie', '3')).toMatch(/Énergie.*3/u);
    }
    expect(getUi('fr').listing.nav).not.toBe(getUi('en').listing.nav);
  });
});

describe('getUi', () => {
  test('every language has a different name and tag', () => {
    const names = LOCALES.map((locale) => getUi(locale).languageName);
    expect(new Set(names).size).toBe(LOCALES.length);
    expect(LOCALES.map((locale) => getUi(locale).tag)).toEqual(['fr', 'en']);
  });
});

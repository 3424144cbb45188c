import { describe, expect, test } from 'vitest';
import { dateToSortKey, formatFrenchDate, formatFrenchMonth, isMonthPrecision, parsePartialDate, yearOf } from '../../src/lib/dates';

describe('formatFrenchDate', () => {
  test.each([
    ['2026-02-19', '19 février 2026'],
    ['2025-05-01', '1er mai 2025'],
    ['2025-08-03', '3 août 2025'],
    ['2025-12-31', '31 décembre 2025'],
    ['2025-05', 'mai 2025'],
    ['2019-04', 'avril 2019'],
  ])('formats %s as "%s"', (date, expected) => {
    expect(formatFrenchDate(date)).toBe(expected);
  });
});

describe('formatFrenchMonth', () => {
  test('capitalizes the month for a heading', () => {
    expect(formatFrenchMonth(2025, 2)).toBe('Février 2025');
  });
});

describe('parsePartialDate', () => {
  test('gives a null day for a month-precision date', () => {
    expect(parsePartialDate('2025-05')).toEqual({ year: 2025, month: 5, day: null });
  });
  test('reads the day of a full date', () => {
    expect(parsePartialDate('2025-09-05')).toEqual({ year: 2025, month: 9, day: 5 });
  });
});

describe('dateToSortKey', () => {
  test('sorts a month-precision date as the first of the month', () => {
    expect(dateToSortKey('2025-05')).toBe('2025-05-01');
  });
  test('keeps a full date', () => {
    expect(dateToSortKey('2025-05-20')).toBe('2025-05-20');
  });
});

describe('yearOf', () => {
  test('takes the year of either precision', () => {
    expect([yearOf('2025-05'), yearOf('2026-02-19')]).toEqual(['2025', '2026']);
  });
});

describe('isMonthPrecision', () => {
  test('tells month precision from day precision', () => {
    expect([isMonthPrecision('2025-05'), isMonthPrecision('2025-05-02')]).toEqual([true, false]);
  });
});

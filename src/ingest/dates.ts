import { MONTHS, WEEKDAYS } from './lexicon';
import { foldText } from './text';

/** A date expression found in a sentence. */
export interface DateMention {
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).join('|');
/** "le 19 février", "vendredi 5 septembre", "du 13 février", "les 4 et 5 septembre", "1er mars". */
const DAY_MONTH = new RegExp(`\\b(?:(${WEEKDAY_NAMES})\\s+)?(\\d{1,2})(?:er)?(?:\\s+(?:et|au|-)\\s+\\d{1,2}(?:er)?)?\\s+(${MONTH_NAMES})(?:\\s+(\\d{4}))?\\b`, 'g');
const RANGE = new RegExp(`\\bdu\\s+\\d{1,2}(?:er)?(?:\\s+(?:${MONTH_NAMES}))?\\s+au\\s+\\d{1,2}`, 'g');
const BARE_WEEKDAY = new RegExp(`\\b(${WEEKDAY_NAMES})\\b(?!\\s+\\d)`, 'g');

/** Year of a day/month given the publication date: a December meeting in a January article is last year's. */
function yearFor(month: number, published: string): number {
  const [year, publishedMonth] = published.split('-').map(Number) as [number, number];
  return month - publishedMonth > 6 ? year - 1 : year;
}

/** Shifts a YYYY-MM-DD date by a number of days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/**
 * Finds the meeting dates a sentence states, in order. Visit ranges ("du 22 au 28 octobre") are not meeting dates;
 * a single meeting over several days ("les 4 et 5 septembre") is dated by its first day; a bare weekday counts
 * back from a day-precision publication date, and gives the month when only the month is known.
 */
export function findDates(sentence: string, published: string): DateMention[] {
  const text = foldText(sentence);
  const ranges = [...text.matchAll(RANGE)].map((m) => [m.index, m.index + m[0].length] as const);
  const found: DateMention[] = [];
  for (const match of text.matchAll(DAY_MONTH)) {
    if (ranges.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const day = Number(match[2]);
    const month = MONTHS[match[3]!]!;
    const year = match[4] ? Number(match[4]) : yearFor(month, published);
    if (day < 1 || day > 31) continue;
    found.push({ date: `${year}-${pad(month)}-${pad(day)}`, index: match.index });
  }
  if (/\bavant-hier\b/.test(text) && published.length === 10) found.push({ date: addDays(published, -2), index: text.indexOf('avant-hier') });
  else if (/\bhier\b/.test(text) && published.length === 10) found.push({ date: addDays(published, -1), index: text.indexOf('hier') });
  if (/\baujourd'hui\b|\bce (?:matin|midi|soir)\b/.test(text) && published.length === 10) found.push({ date: published, index: text.search(/aujourd'hui|ce (?:matin|midi|soir)/) });
  if (found.length === 0) {
    for (const match of text.matchAll(BARE_WEEKDAY)) {
      if (published.length === 7) {
        found.push({ date: published, index: match.index });
      } else {
        const target = WEEKDAYS[match[1]!]!;
        const [y, m, d] = published.split('-').map(Number) as [number, number, number];
        const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        found.push({ date: addDays(published, -((weekday - target + 7) % 7)), index: match.index });
      }
      break;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Tells whether a sentence dates its event as the same day as the one before ("Le même jour"). */
export function saysSameDay(sentence: string): boolean {
  return /\b(?:le meme jour|dans la foulee|au cours de la meme journee|plus tot dans la journee|plus tard dans la journee|dans la matinee|dans l'apres-midi|dans la soiree|le matin|l'apres-midi|le soir|ce matin|cet apres-midi|ce soir)\b/.test(foldText(sentence)) && !/\d/.test(sentence.replace(/\d{4}/g, ''));
}

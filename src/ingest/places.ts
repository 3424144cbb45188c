import type { Mention } from './find-mentions';
import { lookupKey, type Gazetteer } from './gazetteer';
import type { Sentence } from './sentences';

const VENUE_BEFORE = /(?:(?<!\p{L})à|\bdans la capitale(?:\s+\p{L}+)?|\bla capitale|\bdans la ville de|(?<!\p{L})à la province de|\bdans la province de|\bau siège de [^,]{0,40} à)\s*(?:la |l')?$/iu;

/**
 * Finds where a sentence says a meeting took place: a known place (or an unknown capitalized one) right after
 * "à", "dans la capitale", "dans la province de"; places inside people's titles ("consule générale à X") do not count.
 */
export function findVenue(gazetteer: Gazetteer, sentence: Sentence, mentions: Mention[], roleSpans: { sentence: number; start: number; end: number }[]): string | null {
  for (const mention of mentions) {
    if (mention.sentence !== sentence.index || mention.kind !== 'place') continue;
    if (roleSpans.some((span) => span.sentence === sentence.index && mention.start >= span.start && mention.start < span.end)) continue;
    if (!VENUE_BEFORE.test(sentence.text.slice(Math.max(0, mention.start - 60), mention.start))) continue;
    return gazetteer.places.get(lookupKey(mention.name))?.name ?? mention.name;
  }
  return null;
}

const VISIT_ABROAD = /\b(?:visite|tournée|voyage|séjour)\s+(?:officielle?\s+|de travail\s+|d'État\s+|d'amitié\s+)?(?:au|en|aux)\s+((?:\p{Lu}[\p{L}-]*)(?:\s+(?:du|de|des)?\s*\p{Lu}[\p{L}-]*)*)/gu;

/** The foreign country the home delegation is visiting ("Dans le cadre de sa visite au Japon"), shown as the place when no city is given. */
export function visitedCountry(gazetteer: Gazetteer, sentences: Sentence[]): string | null {
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(VISIT_ABROAD)) {
      const country = gazetteer.countries.get(lookupKey(match[1]!));
      if (country && country.id !== gazetteer.homeCountry && /\b(?:sa|son|leur)\s+(?:visite|tournée|voyage)/.test(sentence.text)) return country.name;
    }
  }
  return null;
}

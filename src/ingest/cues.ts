import { foldText, normalizeApostrophes } from './text';

/** Sentence-level cues of French meeting reports: what reports an encounter, what recalls context. */

const MONTH = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const WEEKDAY = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
/** Words that may stand between an auxiliary and its participle: "a reçu, le 19 février à Washington D.C., X". */
// Case-sensitive and with disjoint alternatives: overlapping ones make the lazy repetition backtrack exponentially.
const GAP = `(?:,?\\s(?:le|la|l'|les|dans|à|au|en|du|de|d'|ce|cet|cette|matin|après-midi|soir|hier|même|jour|également|aussi|successivement|notamment|\\d{1,2}(?:er)?|${MONTH}|${WEEKDAY}|\\p{Lu}[\\p{L}.'-]*),?){0,10}?`;

/**
 * The clause patterns, each with words one of which every match contains (case-sensitive, as the patterns are): a
 * sentence holding none of them is not scanned with that pattern.
 */
const TRIGGER_PATTERNS: { needs: string[]; pattern: string }[] = [
  { needs: ['reçu', 'rencontré', 'accueilli', 'présidé'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+(?:reçu|rencontré|accueilli|co-?présidé)` },
  { needs: ['discuté', 'conversé', 'dialogué'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+(?:discuté|conversé|dialogué)${GAP}\\s+avec` },
  { needs: ['travaillé'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+travaillé${GAP}\\s+avec` },
  { needs: ['entretien', 'rencontre', 'séance', 'échange', 'conversation', 'réunion', 'discussion', 'visioconférence', 'vidéoconférence'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+eu${GAP}\\s+(?:un|une|des|de)\\s+(?:\\p{L}+\\s+)?(?:entretiens?|rencontres?|séances? de travail|échanges?|conversations?|réunions?|discussions?|visioconférences?|vidéoconférences?)` },
  { needs: ['visite de courtoisie'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+(?:rendu|fait|effectué)${GAP}\\s+(?:une\\s+)?visite de courtoisie` },
  { needs: ['audience'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+accordé${GAP}\\s+(?:une\\s+)?audience` },
  { needs: ['réuni'], pattern: `\\bs'est${GAP}\\s+réunie?\\s+avec` },
  { needs: ['lettres de créance'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+présenté\\s+(?:ses|leurs|sa)\\s+lettres de créance` },
  { needs: ['tenu'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+tenu${GAP}\\s+(?:des|un|une)\\s+(?:entretiens?|réunions?|séances? de travail|pourparlers)` },
  { needs: ['entretenu'], pattern: `\\bs'est${GAP}\\s+entretenue?` },
  { needs: ['téléphonique'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+eu${GAP}\\s+(?:un|une)\\s+(?:entretien|conversation)\\s+téléphonique` },
  { needs: ['se sont'], pattern: `\\bse sont${GAP}\\s+(?:entretenu(?:e)?s|rencontré(?:e)?s)` },
  { needs: ["s'entretient"], pattern: `\\bs'entretient\\b` },
  { needs: ['reçoit', 'rencontre', 'accueille'], pattern: `(?<!\\b(?:la|cette|une|sa|leur|de|du|en)\\s)\\b(?:reçoit|rencontre|accueille)\\s+(?=\\p{Lu}|l[ea]\\s|l'|les\\s|son\\s|sa\\s|ses\\s|une?\\s|des\\s)` },
  { needs: ['recevant', 'rencontrant', "s'entretenant"], pattern: `\\b[Ee]n\\s+(?:recevant|rencontrant|s'entretenant)` },
  { needs: ['ecevant', 'encontrant'], pattern: `(?:^|,\\s*)(?:[Rr]ecevant|[Rr]encontrant)\\s` },
  { needs: ['avec'], pattern: `\\b(?:[Ll]ors|[Aa]u cours)\\s+(?:de\\s+(?:sa|son|leur|la|cette)|d'une?|de l')\\s*(?:rencontre|entretien|réunion|séance de travail|visite de courtoisie|réception|audience)\\s+(?:entre\\s+)?avec` },
  { needs: ['avec'], pattern: `\\b(?:[Rr]encontre|[Ee]ntretien|[Ee]ntretiens|séance de travail|[Rr]éunion)\\s+(?:entre\\s+)?avec` },
  { needs: ['présidé'], pattern: `\\bco-?présidée?s?\\s+par` },
  { needs: ['présidence'], pattern: `\\bsous la co-?présidence\\s+d` },
  { needs: ['été'], pattern: `\\b(?:a|ont|avait|avaient)\\s+été\\s+reçue?s?${GAP}\\s+par` },
  { needs: ['présidé'], pattern: `\\b(?:a|ont|avait|avaient)${GAP}\\s+présidé${GAP}\\s+(?:des|les|un|une)\\s+(?:entretiens?|pourparlers|négociations|rencontres?)` },
  { needs: ['présenter'], pattern: `\\bvenue?s?\\s+(?:lui\\s+)?présenter\\s+(?:leurs|ses|sa)\\s+lettres` },
];
const TRIGGERS = TRIGGER_PATTERNS.map(({ needs, pattern }) => ({ needs, regexp: new RegExp(pattern, 'gu') }));

const triggerCache = new Map<string, number[]>();

/** Start offsets of every clause that reports an encounter ("a reçu", "s'est entretenu avec", "Lors de sa rencontre avec"). */
export function findTriggers(sentence: string): number[] {
  const cached = triggerCache.get(sentence);
  if (cached) return cached;
  // One-for-one replacement of typographic apostrophes keeps every offset valid.
  const found = scanTriggers(normalizeApostrophes(sentence));
  // Every step asks about the same sentences; the cache is bounded so a huge archive cannot grow it without end.
  if (triggerCache.size > 50_000) triggerCache.clear();
  triggerCache.set(sentence, found);
  return found;
}

/** Words every trigger contains: a sentence without any of them is not scanned with the full patterns. */
const TRIGGER_WORDS = /reçu|reçoit|rencontr|entreten|entretien|présid|visite de courtoisie|travaillé|discuté|conversé|dialogué|audience|réuni|créance|téléphonique|accueill|recevant|séance|réunion|échange|conversation|pourparlers|visioconférence|vidéoconférence/iu;

function scanTriggers(sentence: string): number[] {
  if (!TRIGGER_WORDS.test(sentence)) return [];
  const starts = new Set<number>();
  for (const { needs, regexp } of TRIGGERS) {
    if (!needs.some((word) => sentence.includes(word))) continue;
    for (const match of sentence.matchAll(regexp)) starts.add(match.index);
  }
  // Two patterns can fire on one clause; keep one start per 25 characters.
  return [...starts].sort((a, b) => a - b).filter((start, i, all) => i === 0 || start - all[i - 1]! > 25);
}

// The cues below are matched on folded text (no case, no accents): stored copies drop accents on capitals ("Etaient").
const CONTEXT = /\b(?:dans le cadre (?:du|de la|de sa|de son) (?:deplacement|visite|tournee|voyage)|a l'occasion de (?:la|sa) visite|ces activites ont eu lieu|s'inscri(?:vait|t) dans le cadre|sous la direction|transmettre (?:ses|les) salutations|a transmis (?:ses|les) salutations|de la part de|sous le parrainage)\b/;
/**
 * Tells whether a sentence recalls context (the trip that is the occasion, greetings sent) rather than the meeting.
 * A sentence that also reports an encounter ("Dans le cadre de sa visite au Japon, le ministre a eu un entretien
 * avec ...") is about the meeting.
 */
export function isContextSentence(sentence: string): boolean {
  return remembered(contextCache, sentence, () => CONTEXT.test(foldText(sentence)) && findTriggers(sentence).length === 0);
}

/**
 * The answer of a sentence test, computed once per sentence: every step asks about the same sentences. Bounded so a
 * huge archive cannot grow it without end.
 */
function remembered(cache: Map<string, boolean>, sentence: string, test: () => boolean): boolean {
  let answer = cache.get(sentence);
  if (answer === undefined) {
    answer = test();
    if (cache.size > 50_000) cache.clear();
    cache.set(sentence, answer);
  }
  return answer;
}

const contextCache = new Map<string, boolean>();
const presenceCache = new Map<string, boolean>();

const PRESENCE = /\b(?:etaient (?:egalement |aussi )?presente?s|etait (?:egalement |aussi )?presente?|ont (?:egalement |aussi )?assiste|a (?:egalement |aussi )?assiste|ont (?:egalement |aussi )?participe|a (?:egalement |aussi )?participe|en presence de)\b/;
/** Tells whether a sentence lists who else attended ("Étaient présents ..."). */
export function isPresenceSentence(sentence: string): boolean {
  return remembered(presenceCache, sentence, () => PRESENCE.test(foldText(sentence)));
}

const ANAPHORA = /^(?:(?:lors|au cours|a l'issue|a la fin)\s+(?:de\s+(?:la|cette|leur)\s+(?:rencontre|reception|seance|reunion|conference|ceremonie|visite)|de l'entretien|du dialogue|de cet entretien|des entretiens|des rencontres|de la seance de travail|de la seance de reception)|pendant (?:la rencontre|l'entretien))\b/;
/** Tells whether a sentence goes on about the meeting just reported ("Lors de la rencontre, ..."). */
export function continuesMeeting(sentence: string): boolean {
  return ANAPHORA.test(foldText(sentence.trim()));
}

/** Tells whether an encounter happened at a distance: a phone call or a videoconference. */
export function isRemoteEncounter(sentence: string): boolean {
  return /\b(?:au téléphone|par téléphone|téléphonique|visioconférence|vidéoconférence|en visio|en ligne avec|par vidéo)\b/iu.test(sentence);
}

/** Tells whether a sentence opens an earlier or separate encounter ("Auparavant", "Le même jour"). */
export function opensSeparateEncounter(sentence: string): boolean {
  return /^(?:auparavant|le meme jour|plus tot|plus tard|ensuite|le lendemain|la veille|par ailleurs|dans l'apres-midi|dans la soiree)\b/.test(foldText(sentence.trim()));
}

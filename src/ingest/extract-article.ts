import type { ExtractedMeeting, ExtractedParticipant } from '../schemas/extraction';
import type { Source } from '../schemas/source';
import { isContextSentence, isPresenceSentence, isRemoteEncounter } from './cues';
import { findDates, saysSameDay } from './dates';
import { findMentions, type Mention } from './find-mentions';
import { buildGazetteer, countryById, lookupCountry, lookupKey, type Gazetteer } from './gazetteer';
import type { Knowledge } from './knowledge';
import { canonicalOrganization, delegationOrganization, findOrganization, listedMinistries, organizationFromRole, organizationImpliedByRole, participantOrganization } from './organizations';
import { assignRoles, assignSides, countriesInRole, groupPersons, isInternational, type Person } from './people';
import { findVenue, visitedCountry } from './places';
import { parseSource } from './parse-source';
import { findDatelinePlace, toSentences, type Sentence } from './sentences';
import { splitMeetings, wholeArticleMeeting, type MeetingDraft } from './split-meetings';
import { compileThemeRules, detectThemes } from './themes';
import { generateTitle } from './titles';

/** What the extractor returns for one source text. */
export interface ArticleExtraction {
  source: Source;
  meetings: ExtractedMeeting[];
  warnings: string[];
}

/** Everything compiled once from the curated knowledge. */
interface Extractor {
  gazetteer: Gazetteer;
  themeRules: ReturnType<typeof compileThemeRules>;
  themeOrder: string[];
}

const extractors = new WeakMap<Knowledge, Extractor>();

function extractorFor(knowledge: Knowledge): Extractor {
  let extractor = extractors.get(knowledge);
  if (!extractor) {
    extractor = {
      gazetteer: buildGazetteer(knowledge),
      themeRules: compileThemeRules(knowledge.themeKeywords),
      themeOrder: knowledge.themes.map((theme) => theme.id),
    };
    extractors.set(knowledge, extractor);
  }
  return extractor;
}

/** A name the article once shows to be an organization ("le groupe chinois Jinko Solar") is one everywhere in it. */
function reclassifyOrganizations(mentions: Mention[]): Mention[] {
  const organizations = new Set(mentions.filter((m) => m.kind === 'organization').map((m) => lookupKey(m.name)));
  return mentions.map((m) => (m.kind === 'person' && organizations.has(lookupKey(m.name)) ? { ...m, kind: 'organization' } : m));
}

/** The foreign country an article is mostly about: the non-home country named most often. */
function dominantForeignCountry(gazetteer: Gazetteer, sentences: Sentence[], source: Source, mentions: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const text of [source.headline, ...sentences.map((s) => s.text)]) {
    for (const id of countriesInRole(gazetteer, text)) if (id !== gazetteer.homeCountry) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  // When no country is named at all, a foreign venue says it ("à Séoul"); a venue never outweighs a named country
  // (talks in Brussels with the European Commission are not about Belgium).
  for (const mention of counts.size > 0 ? [] : mentions) {
    const country = mention.kind === 'place' ? gazetteer.places.get(lookupKey(mention.name))?.country : undefined;
    if (country && country !== gazetteer.homeCountry) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** The feminine form of a title ("ambassadeur" → "ambassadrice"), for a list member introduced as "Mme". */
function feminine(title: string): string {
  return title.replace(/^ambassadeur\b/u, 'ambassadrice').replace(/teur\b/u, 'trice').replace(/^président\b/u, 'présidente').replace(/^consul\b/u, 'consule');
}

/** Gives people named in a list without their own role ("du Brésil, Fernando ...") the list's role and country. */
function fillEnumeratedRoles(gazetteer: Gazetteer, sentences: Sentence[], mentions: Mention[], persons: Person[]): void {
  const ordered = persons.filter((p) => p.role === null);
  for (const person of ordered) {
    const first = person.mentions[0]!;
    const text = sentences[first.sentence]!.text;
    const previous = mentions.filter((m) => m.sentence === first.sentence && m.end <= first.start && m.kind === 'person').at(-1);
    if (!previous) continue;
    const courtesy = /\b(Mme|M\.|Mlle)\s*$/u.exec(text.slice(previous.end, first.start))?.[1];
    const between = text
      .slice(previous.end, first.start)
      .replace(/\b(?:Mme|M\.|Mlle)\s*$/u, '')
      .replace(/^[\s,]+|[\s,]+$/g, '')
      .replace(/^et\s+/u, '');
    if (countriesInRole(gazetteer, between).length === 0 || between.length > 60) continue;
    const leader = persons.find((p) => p.mentions.includes(previous) || p.mentions.some((m) => m.sentence === previous.sentence && m.start === previous.start));
    const head = leader?.role?.split(/\s+(?:d'|de\s|du\s|des\s)/u)[0]?.replace(/^(?:nouveaux|nouvelles|nouvel|nouveau|nouvelle)\s+/, '').replace(/s$/, '');
    if (!head) continue;
    person.role = `${courtesy === 'Mme' || courtesy === 'Mlle' ? feminine(head) : head} ${between}`;
  }
}

function participant(gazetteer: Gazetteer, person: Person): ExtractedParticipant {
  return {
    name: person.name,
    role: person.role,
    organization: person.organization,
    country: countryById(gazetteer, person.country)?.name ?? null,
    side: person.side,
  };
}

/**
 * "son homologue chinois": a counterpart holds the home official's post in their own country, so the role and
 * ministry are the home official's with the counterpart's nationality ("vice-ministre chinois de la Sécurité publique").
 */
function inferCounterpartRoles(gazetteer: Gazetteer, persons: Person[]): void {
  const host = persons.find((p) => p.side === 'home' && p.role !== null && /\bministre\b/i.test(p.role));
  if (!host?.role) return;
  for (const person of persons) {
    if (person.side !== 'foreign') continue;
    const bare = person.role === null || /^(?:homologue\b|(?:vice-)?ministre$)/i.test(person.role);
    const saidCounterpart = person.roles.some((role) => /^homologue\b/i.test(role));
    if (!bare || !saidCounterpart) continue;
    const demonym = countryById(gazetteer, person.country)?.demonyms[0];
    if (!demonym) continue;
    const post = host.role.replace(/\s+vietnamien(?:ne)?s?\b/iu, '').replace(/^((?:vice-)?(?:Premier )?ministre)\b/iu, `$1 ${demonym}`);
    person.role = post;
    const ministry = organizationFromRole(post);
    person.organization = ministry ? participantOrganization(gazetteer, ministry, 'foreign', demonym) : person.organization;
  }
}

/** The leader of a delegation "du ministère X conduite par Y" speaks for X when their own title names no body. */
function assignDelegations(sentences: Sentence[], persons: Person[]): void {
  for (const sentence of sentences) {
    const delegation = delegationOrganization(sentence.text);
    if (!delegation) continue;
    const leader = persons
      .flatMap((person) => person.mentions.filter((m) => m.sentence === sentence.index && m.start >= delegation.leaderFrom).map((m) => ({ person, at: m.start })))
      .sort((a, b) => a.at - b.at)[0]?.person;
    if (leader && leader.organization === null) leader.organization = delegation.organization;
  }
}

/** A home minister given no portfolio ("le vice-ministre X et une délégation du ministère Y") serves the ministry named beside them. */
function findMinistriesInContext(gazetteer: Gazetteer, sentences: Sentence[], persons: Person[]): void {
  for (const person of persons) {
    if (person.side !== 'home' || person.organization !== null || !person.role || !/^(?:vice-)?ministre$/i.test(person.role)) continue;
    for (const mention of person.mentions) {
      const ministry = /\bminist[èe]re\s+(?:vietnamien\s+)?(?:de la|de l'|du|des)\s*[^,.;]+/iu.exec(sentences[mention.sentence]!.text);
      const curated = ministry ? findOrganization(gazetteer, ministry[0].replace(/\s+(?:dirigée?|du Vietnam|vietnamien|a|ont|en)\b.*$/u, '')) : undefined;
      if (curated?.country === gazetteer.homeCountry) {
        person.organization = curated.name;
        break;
      }
    }
  }
}

/** The home participants of a meeting: those its clauses name, else whoever leads the home side in the article. */
function homeParticipants(draft: MeetingDraft, persons: Person[], sentences: Sentence[], lead: Person | undefined): Person[] {
  const home = [...draft.home, ...draft.present.filter((person) => !draft.home.includes(person))];
  for (const person of persons) {
    if (person.side !== 'home' || home.includes(person)) continue;
    // Someone recalled in passing ("la visite du Premier ministre X en 2023") is not a participant: only a
    // person who acts in the meeting's own sentences ("X a souligné", "Selon X") joins it.
    const speaks = person.mentions.some((m) => {
      const sentence = sentences[m.sentence]!;
      return draft.sentences.includes(m.sentence) && sentence.kind !== 'caption' && !isContextSentence(sentence.text) && actsIn(sentence.text, m);
    });
    if (speaks) home.push(person);
  }
  // No host named ("la délégation vietnamienne a été reçue par ..."): the article's leading official hosts it.
  if (draft.home.length === 0 && lead && !home.includes(lead)) home.push(lead);
  return home.sort((a, b) => persons.indexOf(a) - persons.indexOf(b));
}

const ACTS_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,160},\s*)?(?:a|ont|avait|s'est|se sont|est|était|l'a|lui a|leur a|y a)\s/u;
/** Whether a name is the subject of a verb ("X a souligné", "X, ministre de Y, a affirmé") or the source of a statement ("Selon X"). */
function actsIn(text: string, mention: Mention): boolean {
  return ACTS_AFTER.test(text.slice(mention.end)) || /(?:^|,\s*)(?:[Ss]elon|[Pp]our)\s+(?:le|la|l')?[^,]{0,80}$/u.test(text.slice(0, mention.start));
}

/** Text of a meeting's own sentences for theme detection: no captions, no context, no people's titles. */
function themeText(draft: MeetingDraft, sentences: Sentence[], persons: Person[]): string {
  return draft.sentences
    .map((index) => sentences[index]!)
    // Context sentences are kept: "a transmis les salutations de X et remercié pour la formation de policiers" still
    // discusses training; captions only show who stood where.
    .filter((s) => s.kind !== 'caption')
    .map((s) => {
      let text = s.text;
      const spans = persons.flatMap((p) => p.roleSpans.filter((span) => span.sentence === s.index)).sort((a, b) => b.start - a.start);
      for (const span of spans) text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
      return text;
    })
    .join('\n');
}

/** Extracts the meetings an article reports, with participants, date, place, organizations, countries and themes. */
export function extractArticle(sourceId: string, raw: string, knowledge: Knowledge, file = `content/sources/${sourceId}.txt`): ArticleExtraction {
  const { gazetteer, themeRules, themeOrder } = extractorFor(knowledge);
  const source = parseSource(sourceId, file, raw);
  const sentences = toSentences(source);
  const mentions = reclassifyOrganizations(sentences.flatMap((sentence) => findMentions(gazetteer, sentence)));
  const persons = groupPersons(gazetteer, sentences, mentions);
  assignRoles(sentences, persons);
  fillEnumeratedRoles(gazetteer, sentences, mentions, persons);
  for (const person of persons) {
    const phrase = person.role ? organizationFromRole(person.role) : null;
    // "secrétaire d'État adjoint des États-Unis": a country is not an organization.
    person.organization = phrase && !lookupCountry(gazetteer, phrase) ? phrase : null;
    if (person.organization === null && person.role) person.organization = organizationImpliedByRole(gazetteer, person.role)?.name ?? null;
  }
  assignDelegations(sentences, persons);
  assignSides(gazetteer, persons, () => dominantForeignCountry(gazetteer, sentences, source, mentions));
  inferCounterpartRoles(gazetteer, persons);
  findMinistriesInContext(gazetteer, sentences, persons);
  for (const person of persons) {
    const org = person.organization ? gazetteer.organizations.get(lookupKey(person.organization)) : undefined;
    if (person.side === 'foreign' && (org ? org.country === null : isInternational(person.organization))) person.country = null;
  }

  let drafts = splitMeetings(sentences, persons);
  if (drafts.length === 0) {
    const whole = wholeArticleMeeting(sentences, persons);
    drafts = whole ? [whole] : [];
  }
  const warnings = drafts.length === 0 ? ['no meeting found: no foreign participant is named as meeting a Vietnamese official'] : [];
  const triggerPersons = persons.filter((p) => p.side === 'home' && p.mentions.some((m) => drafts.some((d) => d.triggerSentences.includes(m.sentence))));
  const lead = triggerPersons[0] ?? persons.find((p) => p.side === 'home' && p.mentions.some((m) => !isContextSentence(sentences[m.sentence]!.text)));
  const datelinePlace = findDatelinePlace(source);
  const abroad = visitedCountry(gazetteer, sentences);

  const meetings: ExtractedMeeting[] = [];
  drafts.forEach((draft, i) => {
    const previous = meetings[i - 1];
    const triggers = draft.triggerSentences.map((index) => sentences[index]!);
    let date: string | undefined;
    for (const sentence of triggers) {
      if (previous && saysSameDay(sentence.text)) date = previous.date;
      date ??= findDates(sentence.text, source.published)[0]?.date;
      if (date) break;
    }
    if (!date && previous) date = triggers.some((s) => /^auparavant\b/i.test(s.text.trim())) ? previous.date.slice(0, 7) : previous.date;
    // The first meeting may be dated and placed in the sentence that announces it before the clause that names
    // the parties ("Le dialogue a eu lieu le 22 février à Canberra. Il a été coprésidé par ...").
    const opening = previous ? [] : openingSentences(draft, sentences);
    date ??= opening.map((s) => findDates(s.text, source.published)[0]?.date).find((d) => d !== undefined);
    date ??= source.published.slice(0, 7);
    const roleSpans = persons.flatMap((p) => p.roleSpans);
    const venue = [...triggers, ...opening].map((s) => findVenue(gazetteer, s, mentions, roleSpans)).find((place) => place !== null);
    // A call or a videoconference has no venue, whatever the dateline says.
    const remote = triggers.some((s) => isRemoteEncounter(s.text));
    const home = homeParticipants(draft, persons, sentences, lead);
    const place = remote ? null : (venue ?? previous?.place ?? abroad ?? (datelinePlace ? displayPlace(gazetteer, datelinePlace) : null) ?? hostCity(gazetteer, home));
    const people = [...home, ...draft.foreign];
    const listed = draft.sentences.map((index) => sentences[index]!).filter((s) => isPresenceSentence(s.text)).flatMap((s) => listedMinistries(s.text));
    const organizations = [...new Set([...people.map((p) => p.organization), ...listed.map((name) => canonicalOrganization(gazetteer, name))].filter((o): o is string => o !== null))];
    const countries = [...new Set([gazetteer.homeCountry, ...people.map((p) => p.country).filter((c): c is string => c !== null)])]
      .map((id) => countryById(gazetteer, id)?.name)
      .filter((name): name is string => name !== undefined);
    const paragraphs = [...new Set(draft.sentences.map((index) => sentences[index]!.paragraph).filter((p) => p >= 0))].sort((a, b) => a - b);
    meetings.push({
      date,
      place,
      participants: people.map((person) => participant(gazetteer, person)),
      organizations,
      countries,
      themes: detectThemes(themeRules, themeText(draft, sentences, persons), themeOrder),
      paragraphs,
      title: null,
    });
  });
  for (const meeting of meetings) {
    const hostedAtHome = meeting.place !== null && gazetteer.places.get(lookupKey(meeting.place))?.country === gazetteer.homeCountry;
    meeting.title = generateTitle(source, meeting, meetings.length, hostedAtHome);
  }
  return { source, meetings, warnings };
}

/** Sentences of a meeting up to and including the paragraph of its first reporting clause, context left out. */
function openingSentences(draft: MeetingDraft, sentences: Sentence[]): Sentence[] {
  const first = Math.min(...draft.triggerSentences);
  const paragraph = sentences[first]?.paragraph;
  return draft.sentences
    .map((index) => sentences[index]!)
    .filter((s) => (s.index <= first || s.paragraph === paragraph) && s.kind !== 'caption' && !isContextSentence(s.text));
}

/** A local official receives in their own city or province: "président du Comité populaire de Ho Chi Minh-Ville". */
function hostCity(gazetteer: Gazetteer, hosts: Person[]): string | null {
  for (const host of hosts) {
    const local = host.role && /\b(?:Comité|Conseil) (?:populaire|provincial|municipal)|\bprovince de\b|\bville de\b/u.test(host.role);
    if (!local) continue;
    for (const match of host.role!.matchAll(/\b(?:de|du)\s+(?:la province de\s+|la ville de\s+)?(\p{Lu}[\p{L}'-]*(?:[\s-]\p{Lu}[\p{L}'-]*){0,3})/gu)) {
      const place = gazetteer.places.get(lookupKey(match[1]!));
      if (place?.country === gazetteer.homeCountry) return place.name;
    }
  }
  return null;
}

/** The archive's display form of a place ("Hanoi" → "Hanoï"), or the name as written. */
function displayPlace(gazetteer: Gazetteer, name: string): string {
  return gazetteer.places.get(lookupKey(name))?.name ?? name;
}

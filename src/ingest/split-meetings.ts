import type { Mention } from './find-mentions';
import type { Person } from './people';
import type { Sentence } from './sentences';
import { continuesMeeting, findTriggers, isContextSentence, isPresenceSentence, opensSeparateEncounter } from './cues';
import { namesAParty } from './find-role';
import { foldText } from './text';

/** A meeting while it is being assembled from the article's sentences. */
export interface MeetingDraft {
  foreign: Person[];
  /** Home officials named in the clauses that report the encounter (the hosts). */
  home: Person[];
  /** Home officials said to attend ("Étaient également présents ..."). */
  present: Person[];
  /** Sentences whose clause reports this encounter. */
  triggerSentences: number[];
  /** Every sentence that talks about this meeting. */
  sentences: number[];
  /** Later clauses that give some of the foreign participants an encounter of their own ("Lors de sa rencontre avec X"). */
  accounts: Person[][];
}

const GREETED = /(?:salutations|vœux|voeux|message|lettre)\s+(?:\p{Ll}+\s+){0,2}(?:de|du|des|d')\s*[^.;]{0,90}$/iu;
const PAST_VISIT = /\bvisite\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:au|en|aux|à)\s+\p{Lu}[^,.;]{0,30}\s(?:de|du|d')\s*[^.;]{0,70}$/u;

/** A person named only as the sender of greetings or as a past visitor ("la visite au Vietnam du président X en 2017"). */
export function isRecalledOnly(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 140), start);
  return GREETED.test(before) || PAST_VISIT.test(before);
}

function mentionsIn(sentence: Sentence, persons: Person[]): { person: Person; at: number }[] {
  return persons
    .flatMap((person) =>
      person.mentions.filter((m: Mention) => m.sentence === sentence.index && !isRecalledOnly(sentence.text, m.start)).map((m) => ({ person, at: m.start })),
    )
    .sort((a, b) => a.at - b.at);
}

function addUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * Splits an article into meetings. Each clause that reports an encounter ("a reçu X", "Lors de sa rencontre avec Y",
 * "et s'est entretenu avec Z") opens a meeting for the foreign people it names, unless they already have one;
 * people named later join the meeting under way only when the text says it goes on ("Lors de la rencontre, ...")
 * or when that meeting has nobody named yet. Context sentences (the trip that is the occasion) name no participant.
 */
export function splitMeetings(sentences: Sentence[], persons: Person[]): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  const draftOf = new Map<Person, MeetingDraft>();
  // Assigned inside the clause loop's callback, which TypeScript's narrowing does not follow.
  let current = null as MeetingDraft | null;
  const leading: number[] = [];
  const open = (): MeetingDraft => {
    const draft: MeetingDraft = { foreign: [], home: [], present: [], triggerSentences: [], sentences: [], accounts: [] };
    drafts.push(draft);
    return draft;
  };
  for (const sentence of sentences) {
    if (sentence.kind === 'headline') continue;
    if (isContextSentence(sentence.text)) {
      if (current) addUnique(current.sentences, sentence.index);
      continue;
    }
    const here = mentionsIn(sentence, persons);
    const triggers = sentence.kind === 'caption' && !/\b(?:reçoit|a reçu|rencontre)\b/.test(sentence.text) ? [] : findTriggers(sentence.text);
    const touched = new Set<MeetingDraft>();
    if (triggers.length > 0) {
      // Hosts named in a clause that opens no meeting ("X a eu le 23 août une séance de travail | avec Y") host the next.
      let carried: Person[] = [];
      triggers.forEach((start, i) => {
        const end = triggers[i + 1] ?? sentence.text.length;
        const clauseStart = i === 0 ? 0 : start;
        const inClause = here.filter(({ at }) => at >= clauseStart && at < end);
        const foreign = inClause.filter(({ person }) => person.side === 'foreign').map(({ person }) => person);
        const home = [...carried, ...inClause.filter(({ person }) => person.side === 'home').map(({ person }) => person)];
        carried = [];
        // "Le même jour, le Premier ministre X a reçu le gouverneur de la Banque d'Indonésie": the guest named
        // earlier, now designated by their title, meets another host.
        if (foreign.length === 0 && home.length > 0 && opensSeparateEncounter(sentence.text)) {
          const guest = guestDesignatedByTitle(sentence.text.slice(start, end), persons);
          if (guest) foreign.push(guest);
        }
        let known = foreign.map((person) => draftOf.get(person)).find((draft) => draft !== undefined);
        // "Le même jour, M. X a été reçu par le vice-ministre Y": the same guest meets another host, a new meeting.
        if (known && known.home.length > 0 && home.length > 0 && home.every((h) => !known!.home.includes(h)) && opensSeparateEncounter(sentence.text)) known = undefined;
        // "a rencontré X et Y ... Lors de sa rencontre avec X ... Lors de sa rencontre avec Y": the lead announced two meetings.
        if (known && foreign.length > 0 && foreign.length < known.foreign.length) known.accounts.push(foreign);
        let draft: MeetingDraft | null = known ?? null;
        if (!draft) {
          if (foreign.length === 0 && sentence.kind === 'caption') return;
          // "Khanh Hoa avait accueilli 3,5 millions de touristes": a clause naming no party is no encounter.
          if (foreign.length === 0 && !namesAParty(sentence.text.slice(clauseStart, end))) {
            carried = home;
            return;
          }
          draft = current && current.foreign.length === 0 && (foreign.length > 0 || sentence.kind === 'caption') ? current : open();
        }
        for (const person of foreign) {
          if (!draftOf.has(person)) draftOf.set(person, draft);
          addUnique(draft.foreign, person);
        }
        for (const person of home) addUnique(draft.home, person);
        addUnique(draft.triggerSentences, sentence.index);
        touched.add(draft);
        if (sentence.kind !== 'caption' || !current) current = draft;
      });
    } else if (current && sentence.kind !== 'caption') {
      const joins = continuesMeeting(sentence.text) || isPresenceSentence(sentence.text) || current.foreign.length === 0;
      for (const { person } of here) {
        if (person.side === 'foreign' && !draftOf.has(person) && joins) {
          draftOf.set(person, current);
          addUnique(current.foreign, person);
        }
        if (person.side === 'home' && isPresenceSentence(sentence.text)) {
          // "a participé aux deux rencontres": present at every meeting so far.
          const everywhere = /\b(?:aux deux|à toutes les|à l'ensemble des|à ces) (?:rencontres|réunions|entretiens|séances)\b/iu.test(sentence.text);
          for (const draft of everywhere ? drafts : [current]) addUnique(draft.present, person);
        }
      }
    }
    // The sentence belongs to every meeting whose foreign participants it names, else to the meeting under way;
    // naming a participant of an earlier meeting takes the account back to that meeting.
    for (const { person } of here) {
      const draft = draftOf.get(person);
      if (draft) touched.add(draft);
    }
    const lastNamed = [...here].reverse().map(({ person }) => draftOf.get(person)).find((draft) => draft !== undefined);
    if (lastNamed && triggers.length === 0 && sentence.kind !== 'caption') current = lastNamed;
    if (touched.size === 0 && current) touched.add(current);
    if (touched.size === 0) leading.push(sentence.index);
    for (const draft of touched) addUnique(draft.sentences, sentence.index);
  }
  return mergeUnnamed(drafts, leading).flatMap(splitAccounts);
}

/**
 * Splits a meeting whose lead named several guests when the article then gives each of them an encounter of its
 * own, in separate clauses that name disjoint guests: each becomes a meeting with the sentences that name them.
 */
function splitAccounts(draft: MeetingDraft): MeetingDraft[] {
  const groups: Person[][] = [];
  for (const account of draft.accounts) {
    if (!groups.some((group) => group.some((person) => account.includes(person)))) groups.push(account);
  }
  if (groups.length < 2 || groups.some((group) => group.length === draft.foreign.length)) return [draft];
  const rest = draft.foreign.filter((person) => !groups.some((group) => group.includes(person)));
  if (rest.length > 0) groups[0]!.push(...rest);
  const namesGroup = (index: number, group: Person[]) => group.some((person) => person.mentions.some((m) => m.sentence === index));
  const namesOther = (index: number, group: Person[]) => groups.some((other) => other !== group && namesGroup(index, other));
  let owner: Person[] | null = null;
  const owned = new Map<Person[], number[]>(groups.map((group) => [group, []]));
  for (const index of draft.sentences) {
    const named = groups.filter((group) => namesGroup(index, group));
    if (named.length === 1) owner = named[0]!;
    // Sentences naming several guests (the lead) belong to each; the others to the guest last named.
    const targets = named.length > 1 ? named : owner ? [owner] : groups;
    for (const group of targets) if (!(named.length === 1 && namesOther(index, group))) owned.get(group)!.push(index);
  }
  const mentionedIn = (person: Person, indices: number[]) => person.mentions.some((m) => indices.includes(m.sentence));
  return groups.map((group) => ({
    foreign: group,
    home: draft.home,
    present: draft.present.filter((person) => mentionedIn(person, owned.get(group)!)),
    triggerSentences: draft.triggerSentences.filter((index) => namesGroup(index, group) || !groups.some((other) => namesGroup(index, other))),
    sentences: owned.get(group)!,
    accounts: [],
  }));
}

/**
 * Keeps the meetings that name a foreign participant. A clause that names nobody ("ont discuté de ...", a past
 * dialogue recalled) gives its sentences back to the meeting before it; sentences before the first meeting
 * (a standfirst) belong to the first.
 */
function mergeUnnamed(drafts: MeetingDraft[], leading: number[]): MeetingDraft[] {
  const kept: MeetingDraft[] = [];
  let orphans: number[] = [...leading];
  for (const draft of drafts) {
    if (draft.foreign.length === 0) {
      const previous = kept.at(-1);
      if (previous) for (const index of draft.sentences) addUnique(previous.sentences, index);
      else orphans.push(...draft.sentences);
      continue;
    }
    if (orphans.length > 0) {
      draft.sentences.unshift(...orphans.filter((index) => !draft.sentences.includes(index)));
      orphans = [];
    }
    kept.push(draft);
  }
  for (const draft of kept) draft.sentences.sort((a, b) => a - b);
  return kept;
}

/** The one foreign person whose organization a clause names ("le gouverneur de la Banque d'Indonésie"), if any. */
function guestDesignatedByTitle(clause: string, persons: Person[]): Person | undefined {
  const text = foldText(clause);
  const candidates = persons.filter((person) => {
    if (person.side !== 'foreign' || person.organization === null) return false;
    const body = foldText(person.organization.replace(/\s*\([^)]*\)/g, '')).trim();
    return body.length > 3 && text.includes(body);
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * When no clause reports an encounter in so many words ("X s'est rendu à Ninh Binh. Lors de la réception, ..."),
 * the article is one meeting between everyone it names outside context sentences.
 */
export function wholeArticleMeeting(sentences: Sentence[], persons: Person[]): MeetingDraft | null {
  const body = sentences.filter((s) => !isContextSentence(s.text));
  const named = persons.filter((person) => person.mentions.some((m) => body.some((s) => s.index === m.sentence && !isRecalledOnly(s.text, m.start))));
  const foreign = named.filter((p) => p.side === 'foreign');
  if (foreign.length === 0) return null;
  const opening = body.filter((s) => s.kind !== 'caption' && s.kind !== 'headline').slice(0, 2);
  return { foreign, home: named.filter((p) => p.side === 'home'), present: [], triggerSentences: opening.map((s) => s.index), sentences: body.map((s) => s.index), accounts: [] };
}

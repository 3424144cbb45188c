import type { ExtractedMeeting } from '../schemas/extraction';
import type { Source } from '../schemas/source';

/** Joins names the French way: "A", "A et B", "A, B et C", "A, B et 7 autres". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 3) return `${names.slice(0, 2).join(', ')} et ${names.length - 2} autres`;
  return `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/**
 * The meeting's title: the article's headline when it is a real one and the article reports one meeting,
 * else generated from the participants ("Luong Tam Quang reçoit Kerry Person (Amazon Web Services)").
 */
export function generateTitle(source: Source, meeting: ExtractedMeeting, meetingsInArticle: number, hostedAtHome: boolean): string {
  if (source.headlineKind === 'headline' && meetingsInArticle === 1 && source.headline !== '') return source.headline;
  const home = meeting.participants.filter((p) => p.side === 'home').map((p) => p.name);
  const foreign = meeting.participants.filter((p) => p.side === 'foreign');
  const organizations = [...new Set(foreign.map((p) => p.organization).filter((o): o is string => o !== null))];
  const guests = joinNames(foreign.map((p) => p.name)) + (organizations.length === 1 ? ` (${organizations[0]})` : '');
  if (home.length === 0) return `Rencontre avec ${guests}`;
  // At home the Vietnamese side receives its guests; abroad, or when the place is unknown, it meets them.
  const verb = hostedAtHome ? (home.length > 1 ? 'reçoivent' : 'reçoit') : home.length > 1 ? 'rencontrent' : 'rencontre';
  return `${joinNames(home)} ${verb} ${guests}`;
}

import type { Meeting } from '../schemas/meeting';
import type { LinkEntity } from '../markdown/rehype-link-entities';
import type { Archive } from './archive';
import { entryPath } from './permalinks';

/** The first and last words of a personal name: a surname or a given name, whichever order the name uses. */
export function getShortNames(name: string): string[] {
  const words = name.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 2) return [];
  return [...new Set([words[0] as string, words.at(-1) as string])];
}

/** The officials and organizations of a meeting, as things its article text can link to. */
export function getLinkEntities(archive: Archive, base: string, meeting: Meeting): LinkEntity[] {
  const officials = [...new Set(meeting.participants.map((participant) => participant.official))].map((id) => {
    const official = archive.official.get(id);
    const written = meeting.participants.filter((participant) => participant.official === id).map((participant) => participant.name);
    const names = [...new Set([...written, ...(official ? [official.name, ...official.aliases] : [])])];
    return { href: entryPath(base, 'officials', id), kind: 'official' as const, names, shortNames: [...new Set(names.flatMap(getShortNames))] };
  });
  const organizationIds = new Set([...meeting.organizations, ...meeting.participants.flatMap((participant) => (participant.organization ? [participant.organization] : []))]);
  const organizations = [...organizationIds].sort().flatMap((id) => {
    const organization = archive.organization.get(id);
    if (!organization) return [];
    return [{
      href: entryPath(base, 'organizations', id),
      kind: 'organization' as const,
      names: [organization.name, ...organization.aliases],
      abbreviations: organization.abbreviation ? [organization.abbreviation] : [],
    }];
  });
  return [...officials, ...organizations];
}

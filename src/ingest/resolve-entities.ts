import slugify from '@sindresorhus/slugify';
import type { Country } from '../schemas/country';
import type { ExtractedMeeting } from '../schemas/extraction';
import type { Official } from '../schemas/official';
import type { Organization } from '../schemas/organization';
import { countryById, lookupCountry, lookupKey, type Gazetteer } from './gazetteer';
import { NameIndex } from './name-index';
import { findOrganization } from './organizations';
import { nameWords, sameName } from './people';

/** Turns a name into a URL slug: accents, "đ" and punctuation folded. @example toSlug("Lương Tam Quang") === "luong-tam-quang" */
export function toSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = slugify(text.replace(/[đĐ]/g, 'd'), { customReplacements: [['ü', 'u'], ['ö', 'o'], ['ä', 'a']] }) || 'x';
    // Dates and names repeat across thousands of meetings; bounded so a huge archive cannot grow it without end.
    if (slugCache.size > 100_000) slugCache.clear();
    slugCache.set(text, slug);
  }
  return slug;
}

const slugCache = new Map<string, string>();

/** Picks a slug not yet taken: "name", then "name-2", "name-3". */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/**
 * Resolves the names the extractor wrote to archive-wide entities: one official per person whatever the spelling
 * (curated aliases, then loose name matching within a side and country), one organization per curated entry or
 * written name, countries by name or alias. Call in a stable order (sources sorted) so ids are deterministic.
 */
/**
 * Whether a written name can be one more spelling of an official: it must be the same name as every spelling of two
 * words or more already known (each a shorter or longer form of the other), not just as one of them. Otherwise a short
 * form ("Ho Thi") joins "Ho Thi Hai", and then "Ho Thi Binh" joins through it: different people chained into one.
 */
function isCompatible(official: Official, name: string): boolean {
  const spellings = [official.name, ...official.aliases];
  const comparable = spellings.filter((spelling) => nameWords(spelling).length >= 2);
  if (comparable.length === 0) return spellings.some((spelling) => sameName(spelling, name, { misspellings: false }));
  return comparable.every((spelling) => sameName(spelling, name, { misspellings: false }));
}

export class EntityResolver {
  readonly officials = new Map<string, Official>();
  readonly organizations = new Map<string, Organization>();
  readonly countries = new Map<string, Country>();
  private readonly officialSlugs = new Set<string>();
  private readonly organizationSlugs = new Set<string>();
  private readonly organizationKeys = new Map<string, string>();
  // Officials of different articles join on exact spellings and shorter forms only (see `official`).
  private readonly officialNames = new NameIndex<Official>({ misspellings: false });
  /** `findOrganization` of each written name seen, which depends on the name and curated data only. */
  private readonly curatedOrganizations = new Map<string, ReturnType<typeof findOrganization>>();

  constructor(private readonly gazetteer: Gazetteer) {
    for (const person of gazetteer.knowledge.officials) this.officialSlugs.add(person.id);
    for (const org of gazetteer.knowledge.organizations) this.organizationSlugs.add(org.id);
  }

  /** The country id of a French country name, registering the country; null when unknown. */
  country(name: string | null): string | null {
    if (name === null) return null;
    const country = lookupCountry(this.gazetteer, name);
    if (!country) return null;
    this.countries.set(country.id, { id: country.id, name: country.name, nameEn: country.nameEn });
    return country.id;
  }

  /** The official id for a participant, registering the person and the spelling seen. */
  official(name: string, side: 'home' | 'foreign', countryId: string | null): string {
    const curated = this.gazetteer.officials.get(lookupKey(name));
    if (curated) {
      const entry = this.officials.get(curated.id) ?? { id: curated.id, name: curated.name, aliases: [], country: curated.country, side: curated.country === this.gazetteer.homeCountry ? 'home' : 'foreign' };
      this.addAlias(entry, name);
      this.officials.set(curated.id, entry);
      this.officialNames.add(entry, entry.name);
      this.officialNames.add(entry, name);
      return curated.id;
    }
    // Only the officials the name index finds can be the same person: the same result as scanning every official.
    const same = this.officialNames.candidates(name).find(
      (entry) => entry.side === side && (entry.country === countryId || entry.country === null || countryId === null) && // Across articles only exact spellings (diacritics aside) and shorter forms join: a slip forgiven within one
      // article would chain different people together over thousands.
      isCompatible(entry, name),
    );
    if (same) {
      this.addAlias(same, name);
      this.officialNames.add(same, name);
      return same.id;
    }
    const entry: Official = { id: uniqueSlug(toSlug(name), this.officialSlugs), name, aliases: [], country: countryId, side };
    this.officials.set(entry.id, entry);
    this.officialNames.add(entry, name);
    return entry.id;
  }

  /** The organization id for a written name, registering it. */
  organization(name: string): string {
    let curated = this.curatedOrganizations.get(name);
    if (curated === undefined && !this.curatedOrganizations.has(name)) {
      curated = findOrganization(this.gazetteer, name);
      this.curatedOrganizations.set(name, curated);
    }
    if (curated) {
      const entry = this.organizations.get(curated.id) ?? {
        id: curated.id,
        name: curated.name,
        abbreviation: curated.abbreviations[0] ?? null,
        aliases: [...curated.aliases],
        country: curated.country,
      };
      if (name !== entry.name && !entry.aliases.includes(name)) entry.aliases.push(name);
      this.organizations.set(curated.id, entry);
      return curated.id;
    }
    const key = lookupKey(name.replace(/\s*\([^)]*\)\s*$/, ''));
    const known = this.organizationKeys.get(key);
    if (known) return known;
    const abbreviation = /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? null;
    const demonymCountry = name.split(/\s+/).map((word) => this.gazetteer.demonyms.get(lookupKey(word))).find((c) => c !== undefined);
    const entry: Organization = { id: uniqueSlug(toSlug(name.replace(/\s*\([^)]*\)\s*$/, '')), this.organizationSlugs), name, abbreviation, aliases: [], country: demonymCountry?.id ?? null };
    this.organizations.set(entry.id, entry);
    this.organizationKeys.set(key, entry.id);
    return entry.id;
  }

  private addAlias(entry: Official, name: string): void {
    if (name !== entry.name && !entry.aliases.includes(name)) entry.aliases.push(name);
  }

  /** The display name of a country id. */
  countryName(id: string | null): string | null {
    return countryById(this.gazetteer, id)?.name ?? null;
  }
}

/** The base of a new meeting slug: date, then the first home and first foreign participant. */
export function meetingSlugBase(meeting: ExtractedMeeting): string {
  const home = meeting.participants.find((p) => p.side === 'home')?.name;
  const foreign = meeting.participants.find((p) => p.side === 'foreign')?.name ?? meeting.organizations[0];
  return [meeting.date, home, foreign].filter((part): part is string => Boolean(part)).map(toSlug).join('-').slice(0, 90).replace(/-+$/, '');
}

import { lookupKey } from './gazetteer';
import { uniqueSlug } from './resolve-entities';

/**
 * Follows a chain of renames ("a" → "b" → "c") to the current id; an id that is not renamed is returned as is.
 * @example followRenames({ a: 'b', b: 'c' }, 'a') // "c"
 */
export function followRenames(renames: Readonly<Record<string, string>>, id: string): string {
  const seen = new Set([id]);
  let current = id;
  const next = (id: string) => (Object.hasOwn(renames, id) ? renames[id] : undefined);
  for (let to = next(current); to !== undefined; to = next(current)) {
    if (seen.has(to)) throw new Error(`content/data/redirects.yaml: the renames of "${id}" loop (${[...seen, to].join(' → ')}): break the loop`);
    seen.add(to);
    current = to;
  }
  return current;
}

/** An official or organization as the resolver made it, before its id is pinned. */
export interface PinnableEntity {
  /** Id chosen by the resolver: curated, or a slug of the first name seen. */
  id: string;
  /** Display name first, then the other written forms. */
  names: string[];
  /** True for an entity of content/data/officials.yaml or organizations.yaml: its id was chosen by an archivist. */
  curated: boolean;
}

/** The ids an ingest settles on, and the pins to write back (existing ones untouched, new names added). */
export interface PinnedIds {
  /** Resolver id → published id. */
  ids: Map<string, string>;
  /** Written name → the first id ever published for it. */
  pins: Record<string, string>;
}

/**
 * Gives officials or organizations ids that survive extractor changes. Curated entities keep their curated id;
 * any other entity takes the id pinned to one of its names (the first id ever published for that name), or, when
 * none of its names was seen before, its resolver id made unique against every id ever published. Archivist
 * renames apply last. Pins are only ever added to, so every id once published stays known (and redirects).
 * @param kind used in error messages, e.g. "officials"
 */
export function pinEntityIds(
  entities: readonly PinnableEntity[],
  pins: Readonly<Record<string, string>>,
  renames: Readonly<Record<string, string>>,
  kind: string,
): PinnedIds {
  const pinByKey = new Map<string, string>();
  for (const [name, id] of Object.entries(pins)) if (!pinByKey.has(lookupKey(name))) pinByKey.set(lookupKey(name), id);
  const reserved = new Set([...Object.values(pins), ...Object.keys(renames), ...Object.values(renames), ...entities.filter((e) => e.curated).map((e) => e.id)]);
  const renamedTo = new Set(Object.values(renames));
  const assigned = new Map<string, string>();
  const ids = new Map<string, string>();
  /** `reserved` and every id assigned so far: what a new id must differ from. */
  const taken = new Set(reserved);
  const assign = (entity: PinnableEntity, id: string) => {
    assigned.set(id, entity.names[0] ?? id);
    taken.add(id);
    ids.set(entity.id, id);
  };
  const mergeError = (entity: PinnableEntity, id: string) =>
    new Error(
      `${kind}: "${entity.names[0]}" and "${assigned.get(id)}" would share the id "${id}" (content/data/redirects.yaml joins them): ` +
        `to merge them, list both spellings under one entry of content/data/${kind}.yaml; otherwise remove the redirect`,
    );
  // Curated entities first: their ids are chosen on purpose and win over pins.
  const ordered = [...entities.filter((e) => e.curated), ...entities.filter((e) => !e.curated)];
  for (const entity of ordered) {
    // The ids this entity may claim: its curated id, else the ids pinned to its names or its own renamed id.
    const pinned = entity.names.map((name) => pinByKey.get(lookupKey(name)));
    const claims = (entity.curated ? [entity.id] : [...pinned, ...(Object.hasOwn(renames, entity.id) ? [entity.id] : [])])
      .filter((id): id is string => id !== undefined)
      .map((id) => followRenames(renames, id));
    const free = claims.find((id) => !assigned.has(id));
    const merged = claims.find((id) => assigned.has(id) && renamedTo.has(id));
    if (free === undefined && merged !== undefined) throw mergeError(entity, merged);
    if (free === undefined && entity.curated) throw mergeError(entity, claims[0]!);
    assign(entity, free ?? uniqueSlug(entity.id, taken));
  }
  const nextPins = { ...pins };
  for (const entity of entities) {
    const id = ids.get(entity.id)!;
    for (const name of entity.names) {
      if (!pinByKey.has(lookupKey(name))) {
        pinByKey.set(lookupKey(name), id);
        nextPins[name] = id;
      }
    }
  }
  return { ids, pins: nextPins };
}

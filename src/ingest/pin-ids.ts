import { lookupKey } from './gazetteer';
import { uniqueSlug } from './resolve-entities';

/**
 * Follows a chain of renames ("a" → "b" → "c") to the current id; an id that is not renamed is returned as is.
 * @example followRenames({ a: 'b', b: 'c' }, 'a') // "c"
 */
export function followRenames(renames: Readonly<Record<string, string>>, id: string): string {
  const seen = new Set([id]);
  let current = id;
  for (let next = renames[current]; next !== undefined; next = renames[current]) {
    if (seen.has(next)) throw new Error(`content/data/redirects.yaml: the renames of "${id}" loop (${[...seen, next].join(' → ')}): break the loop`);
    seen.add(next);
    current = next;
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
  const assigned = new Map<string, string>();
  const ids = new Map<string, string>();
  const assign = (entity: PinnableEntity, id: string) => {
    const owner = assigned.get(id);
    if (owner !== undefined) {
      throw new Error(
        `${kind}: "${entity.names[0]}" and "${owner}" would share the id "${id}" (content/data/redirects.yaml or a curated id joins them): ` +
          `to merge them, list both spellings under one entry of content/data/${kind}.yaml; otherwise remove the redirect`,
      );
    }
    assigned.set(id, entity.names[0] ?? id);
    ids.set(entity.id, id);
  };
  // Curated entities first: their ids are chosen on purpose and win over pins.
  const ordered = [...entities.filter((e) => e.curated), ...entities.filter((e) => !e.curated)];
  for (const entity of ordered) {
    if (entity.curated) {
      assign(entity, followRenames(renames, entity.id));
      continue;
    }
    const pinned = entity.names.map((name) => pinByKey.get(lookupKey(name))).filter((id): id is string => id !== undefined);
    const free = pinned.map((id) => followRenames(renames, id)).find((id) => !assigned.has(id));
    if (free !== undefined) assign(entity, free);
    else assign(entity, followRenames(renames, uniqueSlug(entity.id, new Set([...reserved, ...assigned.keys()]))));
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

import { foldText } from './text';

/** The folded words of a name, split as `sameName` (people.ts) splits them. */
function words(name: string): string[] {
  return foldText(name).split(/[\s-]+/).filter((w) => w !== '');
}

/** Past this many distinct words, a name is compared with every entry (its word subsets would be too many). */
const MAX_WORDS = 6;

/** Every subset of at least two of `items` (sorted, so a set has one key). */
function subsets(items: string[]): string[] {
  const sorted = [...items].sort();
  const found: string[] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) {
    const picked = sorted.filter((_, i) => mask & (1 << i));
    if (picked.length >= 2) found.push(picked.join(' '));
  }
  return found;
}

/** `text` and every string made by deleting one (or, with `twice`, up to two) of its characters. */
function deletions(text: string, twice: boolean): Set<string> {
  const found = new Set([text]);
  for (let i = 0; i < text.length; i++) {
    const once = text.slice(0, i) + text.slice(i + 1);
    found.add(once);
    if (twice) for (let j = i; j < once.length; j++) found.add(once.slice(0, j) + once.slice(j + 1));
  }
  return found;
}

/** `sameName` allows one edit per 8 letters of the known name, at most 2: two only from 16 letters on. */
const TWO_EDITS_FROM = 16;

/**
 * The keys a name is stored under (`stored`) and looked up by (`query`), such that two names `sameName` may match
 * always meet under one key:
 * - a shorter form: the distinct words of the shorter name are a subset of the longer one's, so the stored name is
 *   kept under every subset of its words and looked up by its full word set, and the other way round;
 * - a misspelling: same word count, at most two edits in all, so the names joined by spaces are within two edits
 *   and share a string made by deleting at most two characters from each (the symmetric-deletion property).
 * Null for a name of one repeated word or of too many words, which is compared with everything.
 */
function keys(name: string, misspellings: boolean): { stored: string[]; query: string[] } | null {
  const cache = misspellings ? keyCache : wordKeyCache;
  let found = cache.get(name);
  if (found === undefined) {
    found = computeKeys(name, misspellings);
    // Names repeat across articles; bounded so a huge archive cannot grow it without end.
    if (cache.size > 100_000) cache.clear();
    cache.set(name, found);
  }
  return found;
}

const keyCache = new Map<string, { stored: string[]; query: string[] } | null>();
/** Keys without the misspelling ones. */
const wordKeyCache = new Map<string, { stored: string[]; query: string[] } | null>();

function computeKeys(name: string, misspellings: boolean): { stored: string[]; query: string[] } | null {
  const all = words(name);
  const distinct = [...new Set(all)];
  if ((all.length >= 2 && distinct.length < 2) || distinct.length > MAX_WORDS) return null;
  const stored: string[] = [];
  const query: string[] = [];
  if (distinct.length >= 2) {
    // `w` keys find entries holding every word of the query; `f` keys find entries whose words the query all holds.
    const full = [...distinct].sort().join(' ');
    const parts = subsets(distinct);
    stored.push(`f ${full}`, ...parts.map((subset) => `w ${subset}`));
    query.push(`w ${full}`, ...parts.map((subset) => `f ${subset}`));
  }
  if (misspellings && all.length >= 2) {
    // A misspelling keeps the first letter; a known name under 16 letters allows one edit, and a written name within
    // two letters of 16 may meet a known one that allows two.
    const letters = all.join('').length;
    const prefix = `m ${all.length} ${all[0]![0]} `;
    for (const variant of deletions(all.join(' '), letters >= TWO_EDITS_FROM)) stored.push(prefix + variant);
    for (const variant of deletions(all.join(' '), letters + 2 >= TWO_EDITS_FROM)) query.push(prefix + variant);
  }
  return { stored: [...new Set(stored)], query: [...new Set(query)] };
}

/**
 * Finds, among the entries registered so far, the few whose names could be the same person as a written name
 * (see `sameName`), in registration order, so a resolver need not compare a name with every official of the archive.
 * Exact: every entry `sameName` would match is among the candidates; the caller still applies `sameName`. An index
 * made with `{ misspellings: false }` serves `sameName(..., { misspellings: false })` only: without the misspelling
 * keys it holds far fewer keys and returns fewer candidates.
 */
export class NameIndex<T> {
  private readonly misspellings: boolean;
  private readonly order = new Map<T, number>();
  private readonly names = new Map<T, Set<string>>();
  private readonly buckets = new Map<string, Set<T>>();
  /** Entries with a name `keys` cannot index, compared with every name. */
  private readonly unkeyed = new Set<T>();

  constructor(options: { misspellings: boolean } = { misspellings: true }) {
    this.misspellings = options.misspellings;
  }

  /** Registers `name` as one of `entry`'s names; the entry's rank is the order of its first registration. */
  add(entry: T, name: string): void {
    if (!this.order.has(entry)) this.order.set(entry, this.order.size);
    const names = this.names.get(entry) ?? new Set<string>();
    if (names.has(name)) return;
    names.add(name);
    this.names.set(entry, names);
    const found = keys(name, this.misspellings);
    if (found === null) {
      this.unkeyed.add(entry);
      return;
    }
    for (const key of found.stored) {
      let bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, (bucket = new Set()));
      bucket.add(entry);
    }
  }

  /** The entries that may share a person with `name`, in registration order. */
  candidates(name: string): T[] {
    const found = keys(name, this.misspellings);
    if (found === null) return [...this.order.keys()];
    const hits = new Set<T>(this.unkeyed);
    for (const key of found.query) for (const entry of this.buckets.get(key) ?? []) hits.add(entry);
    return [...hits].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

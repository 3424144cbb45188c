import { foldText } from './text';

/** The folded words of a name, split as `sameName` (people.ts) splits them. */
function words(name: string): string[] {
  return foldText(name).split(/[\s-]+/).filter((w) => w !== '');
}

/**
 * Keys under which two names that `sameName` may match always meet: every pair of distinct words (a shorter form
 * keeps at least two words of the longer one), and word count + first letter + total length (a misspelling keeps the
 * word count and the first letter and changes the length by at most 2). Null for a name whose words are all the same,
 * which needs the full scan.
 */
function keys(name: string, query: boolean): string[] | null {
  const all = words(name);
  const distinct = [...new Set(all)];
  if (all.length >= 2 && distinct.length < 2) return null;
  const found: string[] = [];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) found.push(distinct[i]! < distinct[j]! ? `p ${distinct[i]} ${distinct[j]}` : `p ${distinct[j]} ${distinct[i]}`);
  }
  if (all.length >= 2) {
    const length = all.join('').length;
    // Stored under its own length; looked up under every length within 2 of the query's.
    for (let d = query ? -2 : 0; d <= (query ? 2 : 0); d++) found.push(`m ${all.length} ${all[0]![0]} ${length + d}`);
  }
  return found;
}

/**
 * Finds, among the entries registered so far, the few whose names could be the same person as a written name
 * (see `sameName`), in registration order, so a resolver need not compare a name with every official of the archive.
 * Exact: every entry `sameName` would match is among the candidates; the caller still applies `sameName`.
 */
export class NameIndex<T> {
  private readonly order = new Map<T, number>();
  private readonly buckets = new Map<string, Set<T>>();
  /** Entries with a name made of one repeated word, compared with every name. */
  private readonly unkeyed = new Set<T>();

  /** Registers `name` as one of `entry`'s names; the entry's rank is the order of its first registration. */
  add(entry: T, name: string): void {
    if (!this.order.has(entry)) this.order.set(entry, this.order.size);
    const found = keys(name, false);
    if (found === null) {
      this.unkeyed.add(entry);
      return;
    }
    for (const key of found) {
      let bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, (bucket = new Set()));
      bucket.add(entry);
    }
  }

  /** The entries that may share a person with `name`, in registration order. */
  candidates(name: string): T[] {
    const found = keys(name, true);
    if (found === null) return [...this.order.keys()];
    const hits = new Set<T>(this.unkeyed);
    for (const key of found) for (const entry of this.buckets.get(key) ?? []) hits.add(entry);
    return [...hits].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../src/ingest/name-index';
import { sameName } from '../../../src/ingest/people';
import { createRandom } from '../../../src/bench/synthetic-corpus';

/** Written names as articles vary them: full, without the middle name, with or without accents, misspelt. */
function variants(random: () => number): string[] {
  const surnames = ['Nguyễn', 'Nguyen', 'Trần', 'Le', 'Lê', 'Phạm', 'Vu', 'Do'];
  const middles = ['Văn', 'Van', 'Thị', 'Duc', 'Minh', 'Van Van'];
  const givens = ['Hùng', 'Hung', 'Hunh', 'Quang', 'Quanq', 'Son', 'Nam', 'Lam', 'Hoa'];
  const foreign = ['John Miller', 'Jon Miller', 'John Millet', 'Sarah Clark', 'Sara Clark', 'Klaus Müller', 'Klaus Muller', 'Kerry', 'Wang Wei', 'Wang Wei Ming', 'Houngbuongnuang Sithong', 'Houngboungnuang Sithong', 'Houngboungnuag Sithong', 'Alexandrovich Petrovsky', 'Alexandrowitsch Petrovsky'];
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const names: string[] = [];
  for (let i = 0; i < 400; i++) {
    const roll = random();
    if (roll < 0.6) names.push(`${pick(surnames)} ${pick(middles)} ${pick(givens)}`);
    else if (roll < 0.75) names.push(`${pick(surnames)} ${pick(givens)}`);
    else names.push(pick(foreign));
  }
  return names;
}

/**
 * Resolves random name variants to entries twice, through the index and by scanning every entry in order, and expects
 * the same entry each time; returns how many names joined an entry and how many entries there are.
 */
function resolveWithIndexAndScan(seed: number, index: NameIndex<{ names: string[] }>, same: (known: string, name: string) => boolean): { matched: number; entries: number } {
  const entries: { names: string[] }[] = [];
  let matched = 0;
  for (const name of variants(createRandom(seed))) {
    const scanned = entries.find((entry) => entry.names.some((known) => same(known, name)));
    const indexed = index.candidates(name).find((entry) => entry.names.some((known) => same(known, name)));
    expect(indexed, name).toBe(scanned);
    if (scanned) {
      matched += 1;
      scanned.names.push(name);
      index.add(scanned, name);
    } else {
      const entry = { names: [name] };
      entries.push(entry);
      index.add(entry, name);
    }
  }
  return { matched, entries: entries.length };
}

describe('NameIndex', () => {
  test('finds the first entry sameName matches, as a scan over every entry in order does', () => {
    const { matched, entries } = resolveWithIndexAndScan(7, new NameIndex<{ names: string[] }>(), (known, name) => sameName(known, name));
    // The table exercises both outcomes: names joining a person and new persons.
    expect(matched).toBeGreaterThan(50);
    expect(entries).toBeGreaterThan(20);
  });

  test('without misspellings, finds the first entry sameName without misspellings matches, as a scan does', () => {
    const same = (known: string, name: string) => sameName(known, name, { misspellings: false });
    const { matched, entries } = resolveWithIndexAndScan(11, new NameIndex<{ names: string[] }>({ misspellings: false }), same);
    expect(matched).toBeGreaterThan(50);
    expect(entries).toBeGreaterThan(20);
  });

  test('without misspellings, does not offer a misspelt name', () => {
    const index = new NameIndex<string>({ misspellings: false });
    index.add('miller', 'John Miller');
    index.add('clark', 'Sarah Clark');
    expect(index.candidates('Jon Miller')).toEqual([]);
    expect(index.candidates('John Miller')).toEqual(['miller']);
    expect(index.candidates('Sarah Jane Clark')).toEqual(['clark']);
  });

  test('returns far fewer candidates than entries for an unrelated name', () => {
    const index = new NameIndex<string>();
    for (let i = 0; i < 100; i++) index.add(`e${i}`, `Nguyen Van Person${i}`);
    index.add('miller', 'John Miller');
    expect(index.candidates('Jon Miller')).toEqual(['miller']);
  });

  test('compares a name made of one repeated word with every entry, in order', () => {
    const index = new NameIndex<string>();
    index.add('a', 'Nguyen Van Hung');
    index.add('b', 'John Miller');
    expect(index.candidates('Van Van')).toEqual(['a', 'b']);
  });
});

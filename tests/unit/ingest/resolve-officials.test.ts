import { describe, expect, test } from 'vitest';
import { EntityResolver } from '../../../src/ingest/resolve-entities';
import { projectGazetteer } from './helpers';

describe('EntityResolver.official', () => {
  test('joins a shorter form and a spelling without diacritics to the same person', async () => {
    const resolver = new EntityResolver(await projectGazetteer());
    const full = resolver.official('Hồ Thị Hải', 'home', 'vietnam');
    expect(resolver.official('Ho Thi Hai', 'home', 'vietnam')).toBe(full);
    expect(resolver.official('Hồ Thị', 'home', 'vietnam')).toBe(full);
  });

  test('does not chain a different person through a shorter form already joined', async () => {
    const resolver = new EntityResolver(await projectGazetteer());
    const hai = resolver.official('Hồ Thị Hải', 'home', 'vietnam');
    resolver.official('Hồ Thị', 'home', 'vietnam');
    // "Hồ Thị" is a shorter form of both names; "Hồ Thị Bình" is still not "Hồ Thị Hải".
    const binh = resolver.official('Hồ Thị Bình', 'home', 'vietnam');
    expect(binh).not.toBe(hai);
    expect(resolver.officials.get(hai)?.aliases).not.toContain('Hồ Thị Bình');
  });

  test('keeps people of different countries apart', async () => {
    const resolver = new EntityResolver(await projectGazetteer());
    expect(resolver.official('John Smith', 'foreign', 'royaume-uni')).not.toBe(resolver.official('John Smith', 'foreign', 'australie'));
  });
});

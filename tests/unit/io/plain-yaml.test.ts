import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { createRandom } from '../../../src/bench/synthetic-corpus';
import { formatEntityPins, parseEntityPins } from '../../../src/io/entity-pins';
import { formatPermalinks, parsePermalinks } from '../../../src/io/permalinks';
import { isPlainString, parsePlainYaml, stringifyPlainMap } from '../../../src/io/plain-yaml';

/** Random short strings over characters that matter to YAML, and ordinary letters. */
function randomStrings(count: number): string[] {
  const random = createRandom(5);
  const pool = ['a', 'Z', 'é', 'ễ', 'Đ', '0', '9', ' ', ' ', '#', '-', '.', "'", '_', ':', '"', '!', '&', '*', '?', '{', '}', '[', ']', ',', '%', '@', '`', '|', '>', '\t', '\u00a0', '\u0301', 'e', 'x', 't', 'r', 'u', 'n', 'l', 'o', 'N', '(', ')', '«', '»', '/', '°', '’', '–', ';', '+', '='];
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 7) }, () => pool[Math.floor(random() * pool.length)]!).join(''));
}

/** Drops the comment header the pin files start with. */
const withoutHeader = (text: string) => text.replace(/^(?:#.*\n)+\n?/, '');

describe('isPlainString', () => {
  test.each(['Nguyễn Văn Hải', "D'Arcy O'Brien", '000_5d764ea162d0ebda#12', '2024-03-01-to-lam-kerry', 'Jean-Pierre Raffarin', 'yes', 'A.B.C.', 'Assemblée nationale (AN)', '(AN) x', 'a, b'])('%j is plain', (text) => {
    expect(isPlainString(text)).toBe(true);
  });

  test.each(['123', '1e-5', '0x1f', 'true', 'null', '~', '', ' lead', 'trail ', 'two  spaces', 'a #b', 'a: b', '#x', '-x', "'x", '"x"', 'x\ny', 'x'.repeat(1001)])('%j is not', (text) => {
    expect(isPlainString(text)).toBe(false);
  });

  test('every plain string is written bare by yaml and read back as itself', () => {
    let plain = 0;
    for (const text of randomStrings(20_000)) {
      if (!isPlainString(text)) continue;
      plain += 1;
      expect(stringify({ [text]: text }, { lineWidth: 0 }), text).toBe(`${text}: ${text}\n`);
      expect(parse(`${text}: ${text}\n`), text).toEqual({ [text]: text });
    }
    expect(plain).toBeGreaterThan(1000);
  });
});

describe('stringifyPlainMap', () => {
  test('writes what yaml writes, or nothing when yaml would quote', () => {
    const map = { 'Nguyễn Văn Hải': 'nguyen-van-hai', "D'Arcy": 'd-arcy', '000_a#0': '2024-03-01-a' };
    expect(stringifyPlainMap(map)).toBe(stringify(map, { lineWidth: 0 }));
    expect(stringifyPlainMap(map, 'officials')).toBe(stringify({ officials: map }, { lineWidth: 0 }).replace(/^officials:\n/, ''));
    const quoted = { ...map, 'a: b': 'x', x: '42', '%25': 'y', '---x': 'z', '[a]': 'b' };
    expect(stringifyPlainMap(quoted)).toBe(stringify(quoted, { lineWidth: 0 }));
    expect(stringifyPlainMap(quoted, 'officials')).toBe(stringify({ officials: quoted }, { lineWidth: 0 }).replace(/^officials:\n/, ''));
    expect(stringifyPlainMap({ x: 'a\nb' })).toBeNull();
    expect(stringifyPlainMap({})).toBeNull();
    // Its pairs, in the same order, give the same text.
    expect(stringifyPlainMap(Object.entries(quoted))).toBe(stringifyPlainMap(quoted));
    expect(stringifyPlainMap(Object.entries(quoted), 'officials')).toBe(stringifyPlainMap(quoted, 'officials'));
    expect(stringifyPlainMap([])).toBeNull();
  });
});

describe('parsePlainYaml', () => {
  test.each([
    ['a flat map with comments', '# pins\n# more\n\n000_a#0: 2024-03-01-a\n000_a#1: 2024-03-01-b\n'],
    ['nested maps', 'officials:\n  Nguyễn Văn Hải: nguyen-van-hai\n\n  John Miller: john-miller\norganizations: {}\n'],
    ['no final newline', 'a: b'],
    ['double-quoted keys', '"a: b": c\n"x #y": z\nofficials:\n  "%25": y\n'],
  ])('reads %s as yaml.parse does', (_, text) => {
    expect(parsePlainYaml(text)).toEqual(parse(text));
  });

  test.each([
    ['a repeated key', 'a: b\na: c\n'],
    ['a repeated nested key', 'officials:\n  x: a\n  x: b\n'],
    ['a section without entries', 'officials:\norganizations: {}\n'],
    ['a number', 'a: 12\n'],
    ['a quoted key with an escape', '"a\\tb": c\n'],
    ['a single-quoted key', "'a#0': b\n"],
    ['an empty map', '{}\n'],
    ['only comments', '# nothing\n'],
    ['CRLF line ends', 'a: b\r\nc: d\r\n'],
    ['deeper nesting', 'a:\n  b:\n    c: d\n'],
    ['a sequence', '- a\n- b\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(parsePlainYaml(text)).toBeNull();
  });
});

describe('pin files', () => {
  test('are written as yaml writes them, and read back', () => {
    const random = createRandom(9);
    const names = randomStrings(3000);
    const permalinks: Record<string, string> = {};
    const officials: Record<string, string> = {};
    const organizations: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) {
      permalinks[`${String(i).padStart(6, '0')}_${Math.floor(random() * 1e9).toString(16)}#${i % 3}`] = `2024-03-${String(1 + (i % 28)).padStart(2, '0')}-person-${i}`;
      officials[`Nguyễn Văn ${names[i]!.replace(/[^\p{L}]/gu, '') || 'X'} ${i}`] = `nguyen-van-${i}`;
    }
    for (let i = 0; i < 300; i++) organizations[`Ministère n° ${i}`] = `ministere-${i}`;
    const pinsText = formatPermalinks(permalinks);
    const sorted = Object.fromEntries(Object.entries(permalinks).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(withoutHeader(pinsText)).toBe(stringify(sorted, { lineWidth: 0 }));
    expect(parsePermalinks(pinsText, 'permalinks.yaml')).toEqual(permalinks);

    const entityText = formatEntityPins({ officials, organizations });
    const byName = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(withoutHeader(entityText)).toBe(stringify({ officials: byName(officials), organizations: byName(organizations) }, { lineWidth: 0 }));
    expect(parseEntityPins(entityText, 'entity-pins.yaml')).toEqual({ officials, organizations });
    expect(withoutHeader(formatEntityPins({ officials, organizations: {} }))).toBe(stringify({ officials: byName(officials), organizations: {} }, { lineWidth: 0 }));
    // Plain names only: written line by line.
    const plainOrganizations = Object.fromEntries(Object.entries(organizations).map(([name, id]) => [name.replace(' n°', ''), id]));
    expect(stringifyPlainMap(officials)).not.toBeNull();
    expect(stringifyPlainMap(plainOrganizations)).not.toBeNull();
    const plainText = formatEntityPins({ officials, organizations: plainOrganizations });
    expect(withoutHeader(plainText)).toBe(stringify({ officials: byName(officials), organizations: byName(plainOrganizations) }, { lineWidth: 0 }));
    expect(parsePlainYaml(plainText)).toEqual({ officials, organizations: plainOrganizations });
  });
});

import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseYamlData } from '../../src/io/parse-yaml-data';

describe('parseYamlData', () => {
  test.each([
    ['a flat map', '"500_a#0": 2024-03-01-a\n"500_a#1": 2024-03-01-b\n'],
    ['nested maps', 'officials:\n  Nguyen Van Hai: nguyen-van-hai\norganizations: {}\n'],
    ['an empty file', ''],
  ])('reads %s as yaml.parse does', (_, text) => {
    expect(parseYamlData(text)).toEqual(parse(text));
  });

  test.each([
    ['a flat map', 'a: 1\nb: 2\na: 3\n', 3],
    ['a nested map', 'officials:\n  x: 1\n  x: 2\n', 3],
  ])('refuses a repeated key in %s, naming its line', (_, text, line) => {
    expect(() => parse(text)).toThrow(/unique/);
    expect(() => parseYamlData(text)).toThrow(`Map keys must be unique at line ${line}`);
  });

  test('reports a syntax error', () => {
    expect(() => parseYamlData('a: [1\n')).toThrow(/Flow sequence/);
  });
});

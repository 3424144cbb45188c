import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom } from '../../../src/bench/synthetic-corpus';
import { foldKey, foldReference, foldText, lookupKeyReference, squashSpaces } from '../../../src/ingest/text';
import { seedFixturesDir } from '../../helpers';

describe('foldText', () => {
  test.each([
    ['Lương Tâm Quang', 'luong tam quang'],
    ['Đà Nẵng', 'da nang'],
    ['Nguyễn Xuân Phúc', 'nguyen xuan phuc'],
    ['œuvre et Cæsar', 'oeuvre et caesar'],
    ['l’ambassadeur «français»', `l'ambassadeur "francais"`],
    ['Lu\u031Bo\u031Bng', 'luong'],
    ['plain ascii, 2024', 'plain ascii, 2024'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  test('gives the reference folding for texts with characters outside the per-character table', () => {
    // Cyrillic, Greek (whose final sigma lowercases by context), Chinese, an emoji, a lone surrogate.
    for (const text of ['Сергей Лавров', 'ΟΔΟΣ Οδός', '王毅 à Pékin', 'Hà Nội 🇻🇳', 'x\uD800y', 'Ǆ ǅ ǆ İstanbul']) {
      expect(foldText(text)).toBe(foldReference(text));
    }
  });

  test('gives the reference folding for every pair of Latin letters, marks and punctuation', () => {
    const codes: number[] = [];
    for (const [first, last] of [[0x0000, 0x024f], [0x0300, 0x036f], [0x1e00, 0x1eff], [0x2000, 0x206f]] as const) {
      for (let code = first; code <= last; code++) codes.push(code);
    }
    const mismatches: string[] = [];
    // Every character before and after a fixed set of partners covers letters, marks and punctuation side by side.
    const partners = ['A', 'z', ' ', 'Đ', 'œ', '\u0301', '\u031B', '’', 'Ư', 'ẞ', 'İ', '\u00A0'];
    for (const code of codes) {
      const char = String.fromCharCode(code);
      for (const partner of partners) {
        for (const text of [char + partner, partner + char, char + char]) {
          if (foldText(text) !== foldReference(text)) mismatches.push(JSON.stringify(text));
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('squashSpaces', () => {
  test.each([
    ['already squashed', 'already squashed'],
    ['  two  spaces ', 'two spaces'],
    ['no\u00a0break\u202fspaces', 'no break spaces'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['\ufeffbyte order mark', 'byte order mark'],
    ['trailing ', 'trailing'],
    ['', ''],
  ])('squashes %j to %j', (input, expected) => {
    expect(squashSpaces(input)).toBe(expected);
  });
});

describe('foldKey', () => {
  test.each([
    ['Hô Chi Minh-Ville', 'ho chi minh ville'],
    ['l’ État', "l'etat"],
    ['  Washington D.C. ', 'washington d c'],
    ["a ' ' b", "a''b"],
    ['Lào  Cai\u00a0(Vietnam)', 'lao cai (vietnam)'],
  ])('makes %j the key %j', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  test('gives the reference key for random texts of spaces, dashes, apostrophes and letters', () => {
    const random = createRandom(13);
    const pool = ['a', 'É', 'ễ', 'œ', ' ', ' ', '\u00a0', '\t', '\n', '-', '‐', '–', '—', '.', "'", '’', '`', 'x', '(', '"', '«', 'Đ', '\u0301', 'Σ', '\ufeff', '\u3000'];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pool[Math.floor(random() * pool.length)]!).join('');
      expect(foldKey(text), JSON.stringify(text)).toBe(lookupKeyReference(text));
    }
  });

  test('gives the reference key for every line of the seed articles', () => {
    const lines = readdirSync(seedFixturesDir)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(path.join(seedFixturesDir, name), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(foldKey(line)).toBe(lookupKeyReference(line));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CuratedCountrySchema } from '../../src/schemas/country';
import { CuratedPlaceSchema } from '../../src/schemas/place';

const root = path.resolve(import.meta.dirname, '../..');
const readList = <T extends z.ZodType>(schema: T, file: string): z.output<T>[] =>
  z.array(schema).parse(parseYaml(readFileSync(path.join(root, 'content/data', file), 'utf8')));

const countries = readList(CuratedCountrySchema, 'countries.yaml');
const places = readList(CuratedPlaceSchema, 'places.yaml');

/** How a matcher compares written forms: case, diacritics, đ, apostrophes, dashes and spacing do not count. */
const normalize = (text: string): string =>
  text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Maps each normalized form to the owners that claim it; returns the forms claimed by more than one owner. */
function sharedForms(owners: { owner: string; forms: string[] }[]): string[] {
  const claims = new Map<string, Set<string>>();
  for (const { owner, forms } of owners) {
    for (const form of forms) {
      const key = normalize(form);
      claims.set(key, (claims.get(key) ?? new Set()).add(owner));
    }
  }
  return [...claims].filter(([, who]) => who.size > 1).map(([form, who]) => `${form}: ${[...who].sort().join(', ')}`);
}

const countryForms = (c: (typeof countries)[number]) => [c.name, ...c.aliases, ...c.demonyms];
const placeForms = (p: (typeof places)[number]) => [p.name, ...p.aliases];

/** The country whose name, alias or demonym is written `form` (compared like a matcher would). */
const countryOf = (form: string) => countries.find((c) => countryForms(c).some((f) => normalize(f) === normalize(form)))?.id;
/** The place whose name or alias is written `form`. */
const placeOf = (form: string) => places.find((p) => placeForms(p).some((f) => normalize(f) === normalize(form)));

/** Every hand-made gold annotation kept in the repository's fixtures. */
function goldMeetings(): { place: string | null; countries: string[]; foreign_side: { country: string | null }[] }[] {
  const fixtures = path.join(root, 'tests/fixtures');
  return readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.gold.json'))
    .flatMap((file) => JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')).meetings);
}

describe('content/data/countries.yaml', () => {
  test('lists every UN member and observer plus Taiwan, Kosovo and Palestine', () => {
    expect(countries.length).toBeGreaterThanOrEqual(197);
    for (const id of ['vatican', 'palestine', 'taiwan', 'kosovo']) expect(countries.map((c) => c.id)).toContain(id);
  });

  test('gives each country a unique id made from its French name', () => {
    const ids = countries.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(countries.filter((c) => c.id !== slugify(c.name)).map((c) => c.id)).toEqual([]);
  });

  test('lets no name, alias or demonym belong to two countries', () => {
    expect(sharedForms(countries.map((c) => ({ owner: c.id, forms: countryForms(c) })))).toEqual([]);
  });

  test('repeats no form within one country', () => {
    const repeated = countries.flatMap((c) => countryForms(c).filter((f, i, all) => all.indexOf(f) !== i).map((f) => `${c.id}: ${f}`));
    expect(repeated).toEqual([]);
  });

  test.each([
    ['Etats-Unis', 'etats-unis'],
    ['USA', 'etats-unis'],
    ['Amérique', 'etats-unis'],
    ['américaines', 'etats-unis'],
    ['République arabe syrienne', 'syrie'],
    ['Malta', 'malte'],
    ['RPDC', 'coree-du-nord'],
    ['sud-coréenne', 'coree-du-sud'],
    ['Viet Nam', 'vietnam'],
    ['Việt Nam', 'vietnam'],
    ['vietnamiens', 'vietnam'],
    ['Grande-Bretagne', 'royaume-uni'],
    ['britanniques', 'royaume-uni'],
    ['République populaire de Chine', 'chine'],
    ['lao', 'laos'],
    ['laotienne', 'laos'],
    ['russes', 'russie'],
    ['saoudien', 'arabie-saoudite'],
    ['sud-africaine', 'afrique-du-sud'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['RDC', 'republique-democratique-du-congo'],
  ])('recognises "%s" as %s', (form, id) => {
    expect(countryOf(form)).toBe(id);
  });

  // A bare "Corée" is the Republic of Korea in these newsrooms' usage (see countries.yaml), so it is not listed here.
  test.each(['Congo', 'congolais', 'Guinea'])('leaves the ambiguous form "%s" to no country', (form) => {
    expect(countryOf(form)).toBeUndefined();
  });

  test('names every country of the gold annotations exactly as the gold writes it', () => {
    const names = new Set(countries.map((c) => c.name));
    const gold = goldMeetings().flatMap((m) => [...m.countries, ...m.foreign_side.map((p) => p.country)]);
    expect(gold.length).toBeGreaterThan(0);
    expect(gold.filter((name): name is string => name !== null && !names.has(name))).toEqual([]);
  });
});

describe('content/data/places.yaml', () => {
  test('places every place in a country of countries.yaml', () => {
    const ids = new Set(countries.map((c) => c.id));
    expect(places.filter((p) => !ids.has(p.country)).map((p) => `${p.name}: ${p.country}`)).toEqual([]);
  });

  test('lets no name or alias belong to two places', () => {
    expect(sharedForms(places.map((p) => ({ owner: p.name, forms: placeForms(p) })))).toEqual([]);
  });

  test('repeats no form within one place', () => {
    const repeated = places.flatMap((p) => placeForms(p).filter((f, i, all) => all.indexOf(f) !== i).map((f) => `${p.name}: ${f}`));
    expect(repeated).toEqual([]);
  });

  test('has a place for every capital of a country', () => {
    const placed = new Set(places.map((p) => p.country));
    expect(countries.filter((c) => !placed.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['Hanoi', 'Hanoï'],
    ['Ha Noi', 'Hanoï'],
    ['Hà Nội', 'Hanoï'],
    ['Hô Chi Minh-Ville', 'Ho Chi Minh-Ville'],
    ['HCM-Ville', 'Ho Chi Minh-Ville'],
    ['Ho Chi Minh Ville', 'Ho Chi Minh-Ville'],
    ['Dà Nang', 'Da Nang'],
    ['Đà Nẵng', 'Da Nang'],
    ['Beijing', 'Pékin'],
    ['Washington D.C.', 'Washington'],
    ['Moscou', 'Moscou'],
    ['Genève', 'Genève'],
    ['Saint-Pétersbourg', 'Saint-Pétersbourg'],
    ['Quantico', 'Quantico'],
  ])('recognises "%s" as %s', (form, name) => {
    expect(placeOf(form)?.name).toBe(name);
  });

  // The 63 provinces and centrally-run cities before the 2025 reform, then the 34 after it, as Vietnam writes them.
  test.each([
    ...'An Giang,Bà Rịa – Vũng Tàu,Bắc Giang,Bắc Kạn,Bạc Liêu,Bắc Ninh,Bến Tre,Bình Định,Bình Dương,Bình Phước,Bình Thuận,Cà Mau,Cần Thơ,Cao Bằng,Đà Nẵng,Đắk Lắk,Đắk Nông,Điện Biên,Đồng Nai,Đồng Tháp,Gia Lai,Hà Giang,Hà Nam,Hà Nội,Hà Tĩnh,Hải Dương,Hải Phòng,Hậu Giang,Hòa Bình,Hưng Yên,Khánh Hòa,Kiên Giang,Kon Tum,Lai Châu,Lâm Đồng,Lạng Sơn,Lào Cai,Long An,Nam Định,Nghệ An,Ninh Bình,Ninh Thuận,Phú Thọ,Phú Yên,Quảng Bình,Quảng Nam,Quảng Ngãi,Quảng Ninh,Quảng Trị,Sóc Trăng,Sơn La,Tây Ninh,Thái Bình,Thái Nguyên,Thanh Hóa,Thừa Thiên Huế,Tiền Giang,TP Hồ Chí Minh,Trà Vinh,Tuyên Quang,Vĩnh Long,Vĩnh Phúc,Yên Bái'.split(','),
    ...'Hà Nội,Huế,Hải Phòng,Đà Nẵng,TP Hồ Chí Minh,Cần Thơ,Lai Châu,Điện Biên,Sơn La,Lạng Sơn,Quảng Ninh,Thanh Hóa,Nghệ An,Hà Tĩnh,Cao Bằng,Tuyên Quang,Lào Cai,Thái Nguyên,Phú Thọ,Bắc Ninh,Hưng Yên,Ninh Bình,Quảng Trị,Quảng Ngãi,Gia Lai,Khánh Hòa,Lâm Đồng,Đắk Lắk,Đồng Nai,Tây Ninh,Vĩnh Long,Đồng Tháp,Cà Mau,An Giang'.split(','),
  ])('knows the Vietnamese province or city "%s"', (form) => {
    expect(placeOf(form)?.country).toBe('vietnam');
  });

  test('knows every place of the gold annotations, as a place or a country', () => {
    // Gold files write places as the article does ("Lào Cai"); the archive knows them by name or alias.
    const gold = goldMeetings().map((m) => m.place);
    expect(gold.length).toBeGreaterThan(0);
    expect(gold.filter((name): name is string => name !== null && placeOf(name) === undefined && countryOf(name) === undefined)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { assignSides, countriesInRole, looksVietnamese, sameName, type Person } from '../../../src/ingest/people';
import { projectGazetteer } from './helpers';

describe('sameName', () => {
  test.each([
    ['Luong Tam Quang', 'Lương Tam Quang'],
    ['Nguyên Xuân Phuc', 'Nguyễn Xuân Phúc'],
    ['Sergei Kudryashov', 'Sergei Ivanovich Kudryashov'],
    ['Sengphet Houngbuongnuang', 'Sengphet Houngboungnuang'],
  ])('treats %j and %j as one person', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  test.each([
    ['Nguyen Van Quang', 'Nguyen Van Thanh'],
    ['Tran Dai Quang', 'Luong Tam Quang'],
    ['Quang', 'Luong Tam Quang'],
    ['Kim Min-seok', 'Kim Jong-un'],
    // A one-letter slip is forgiven only in a long word: short names that differ by a letter are different people.
    ['Ho Thi Hai', 'Ho Thi Mai'],
    ['Maru Tarnowka', 'Mary Tarnowka'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

describe('sameName across articles', () => {
  test('forgives no slip when misspellings are off, but still matches shorter forms and diacritics', () => {
    expect(sameName('Sengphet Houngbuongnuang', 'Sengphet Houngboungnuang', { misspellings: false })).toBe(false);
    expect(sameName('Sergei Kudryashov', 'Sergei Ivanovich Kudryashov', { misspellings: false })).toBe(true);
    expect(sameName('Lương Tam Quang', 'Luong Tam Quang', { misspellings: false })).toBe(true);
  });
});

describe('looksVietnamese', () => {
  test.each([['Lê Quôc Hùng', true], ['Tat Thanh Cang', true], ['Pham Minh Chinh', true], ['Choi Joo Ho', false], ['Kim Min-seok', false], ['Shannon Kellogg', false], ['Sar Kheng', false]])('%j → %s', (name, expected) => {
    expect(looksVietnamese(name)).toBe(expected);
  });
});

describe('countriesInRole', () => {
  test.each([
    ['ministre lao de la Sécurité publique', ['laos']],
    ['ambassadeur du Vietnam aux États-Unis', ['vietnam']],
    ['coordinatrice résidente des Nations Unies au Vietnam', []],
    ["consule générale des Etats-Unis à Ho Chi Minh-Ville", ['etats-unis']],
    ['ancien ambassadeur spécial Vietnam-Japon', []],
    ["vice-Premier ministre cambodgien et ministre de l'Intérieur", ['cambodge']],
    ["première secrétaire générale adjointe du Congrès national africain (ANC) d'Afrique du Sud", ['afrique-du-sud']],
  ])('reads the nationality in %j', async (role, expected) => {
    expect(countriesInRole(await projectGazetteer(), role)).toEqual(expected);
  });
});

describe('assignSides', () => {
  const person = (name: string, role: string | null): Person => ({ name, mentions: [], role, roles: role ? [role] : [], roleSpans: [], side: 'foreign', officialId: null, country: null, organization: null });

  test('asks for the fallback country only for a foreign person nothing else places, and once', async () => {
    const gazetteer = await projectGazetteer();
    let asked = 0;
    const fallback = () => {
      asked += 1;
      return 'japon';
    };
    const placed = [person('Hans Keller', 'ambassadeur de Suisse'), person('Nguyen Van Hai', 'ministre')];
    assignSides(gazetteer, placed, fallback);
    expect(asked).toBe(0);
    expect(placed.map((p) => [p.side, p.country])).toEqual([['foreign', 'suisse'], ['home', 'vietnam']]);

    const unplaced = [person('Kenji Sato', 'directeur général'), person('Akira Ito', null)];
    assignSides(gazetteer, unplaced, fallback);
    expect(asked).toBe(1);
    expect(unplaced.map((p) => [p.side, p.country])).toEqual([['foreign', 'japon'], ['foreign', 'japon']]);
  });
});

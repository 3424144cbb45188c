import { describe, expect, test } from 'vitest';
import { countriesInRole, looksVietnamese, sameName } from '../../../src/ingest/people';
import { projectGazetteer } from './helpers';

describe('sameName', () => {
  test.each([
    ['Luong Tam Quang', 'Lương Tam Quang'],
    ['Nguyên Xuân Phuc', 'Nguyễn Xuân Phúc'],
    ['Sergei Kudryashov', 'Sergei Ivanovich Kudryashov'],
    ['Sengphet Houngbuongnuang', 'Sengphet Houngboungnuang'],
    ['Maru Tarnowka', 'Mary Tarnowka'],
  ])('treats %j and %j as one person', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  test.each([
    ['Nguyen Van Quang', 'Nguyen Van Thanh'],
    ['Tran Dai Quang', 'Luong Tam Quang'],
    ['Quang', 'Luong Tam Quang'],
    ['Kim Min-seok', 'Kim Jong-un'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(sameName(a, b)).toBe(false);
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

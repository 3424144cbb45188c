import { describe, expect, test } from 'vitest';
import { continuesMeeting, findTriggers, isContextSentence, isPresenceSentence, isRemoteEncounter, opensSeparateEncounter } from '../../../src/ingest/cues';

describe('findTriggers', () => {
  test.each([
    'Le ministre a reçu le 4 mars à Hanoï l’ambassadeur de France.',
    'Le vice-ministre s’est entretenu à Pékin avec son homologue chinois.',
    'Lors de sa rencontre avec Vladimir Petrov, le ministre a affirmé',
    'Les deux ministres ont coprésidé vendredi 5 septembre à Washington le deuxième dialogue.',
    'La conférence a été coprésidée par le ministre et son homologue.',
    'La délégation vietnamienne a été reçue par la secrétaire d’État.',
    'L’ambassadeur avait rendu le 16 novembre une visite de courtoisie au gouverneur.',
    'Le ministre a eu le 13 avril un entretien avec le président de la JCCI.',
    'En rencontrant le fondateur de la société, le secrétaire général a affirmé',
    'Le Dialogue s’est tenu à Paris, sous la coprésidence du vice-ministre et de la directrice générale.',
    'Le président a reçu les lettres de créance de trois ambassadeurs, venus lui présenter leurs lettres de créance.',
  ])('finds the encounter in %j', (sentence) => {
    expect(findTriggers(sentence).length).toBeGreaterThan(0);
  });

  test.each([
    'Malgré les nombreuses difficultés rencontrées ces dernières années, le Vietnam a progressé.',
    'Il a souligné que la rencontre intervenait à un moment significatif.',
    'Les deux parties ont discuté de la coopération dans l’énergie.',
    'Lors de la rencontre, le ministre a salué les résultats obtenus.',
  ])('finds no new encounter in %j', (sentence) => {
    expect(findTriggers(sentence)).toEqual([]);
  });

  test('finds one clause per encounter when a sentence reports two', () => {
    const sentence = 'Le 6 décembre, le vice-ministre a rendu une visite de courtoisie au ministre lao, Vilay, et s’est entretenu avec son homologue Kongthong.';
    expect(findTriggers(sentence)).toHaveLength(2);
  });
});

describe('isContextSentence', () => {
  test.each([
    ['La rencontre s’inscrivait dans le cadre du déplacement du secrétaire général aux États-Unis.', true],
    ['Il les a priés de transmettre ses salutations aux dirigeants de leurs pays.', true],
    ['Dans le cadre de sa visite au Japon, le ministre a eu un entretien avec le président de la JCCI, Akio Mimura.', false],
    ['Le ministre a salué les résultats de la coopération.', false],
  ])('%j → %s', (sentence, expected) => {
    expect(isContextSentence(sentence)).toBe(expected);
  });
});

describe('sentence cues', () => {
  test.each([
    ['Étaient présents l’ambassadeur du Vietnam aux États-Unis, Nguyên Quôc Dung.', true],
    ['Etait également présent le président du Comité populaire, Cao Tuong Huy.', true],
    ['L’ambassadeur a participé aux deux rencontres.', true],
    ['Le ministre a présidé la séance.', false],
  ])('isPresenceSentence(%j) → %s', (sentence, expected) => {
    expect(isPresenceSentence(sentence)).toBe(expected);
  });

  test.each([
    ['Lors de la rencontre, le ministre a salué', true],
    ['Au cours de l’entretien, Bui Thanh Son a félicité', true],
    ['Lors de sa rencontre avec X, le ministre a affirmé', false],
  ])('continuesMeeting(%j) → %s', (sentence, expected) => {
    expect(continuesMeeting(sentence)).toBe(expected);
  });

  test.each([
    ['Le ministre s’est entretenu hier au téléphone avec son homologue.', true],
    ['Le ministre a eu une séance de travail par visioconférence avec la ministre.', true],
    ['Le ministre a reçu à Hanoï la ministre.', false],
  ])('isRemoteEncounter(%j) → %s', (sentence, expected) => {
    expect(isRemoteEncounter(sentence)).toBe(expected);
  });

  test.each([
    ['Le même jour, le ministre a reçu', true],
    ['Auparavant, le ministre a présidé', true],
    ['Le ministre a reçu le même jour', false],
  ])('opensSeparateEncounter(%j) → %s', (sentence, expected) => {
    expect(opensSeparateEncounter(sentence)).toBe(expected);
  });
});

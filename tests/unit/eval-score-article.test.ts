import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCountryMatcher, createOrganizationMatcher, createRoleMatcher } from '../../src/eval/entity-match';
import { extractedToEvalMeetings, goldToEvalMeetings, GoldSchema, type EvalMeeting } from '../../src/eval/gold';
import { pairMeetings } from '../../src/eval/pair-meetings';
import { scoreArticle } from '../../src/eval/score-article';
import { ExtractedMeetingSchema } from '../../src/schemas/extraction';
import { testKnowledge } from './eval-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/eval-scoring');
const cases = readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const read = (name: string, file: string): unknown => JSON.parse(readFileSync(path.join(fixtures, name, file), 'utf8'));
const matchers = {
  organization: createOrganizationMatcher(testKnowledge),
  country: createCountryMatcher(testKnowledge),
  role: createRoleMatcher(testKnowledge),
};

/** A meeting for the scorer: one home and one foreign participant. */
function meeting(home: string, foreign: string, fields: Partial<EvalMeeting> = {}): EvalMeeting {
  return {
    optional: false,
    date: '2025-01-12',
    place: 'Hanoï',
    participants: [
      { name: home, role: null, side: 'home' },
      { name: foreign, role: null, side: 'foreign' },
    ],
    organizations: [],
    countries: [],
    themes: [],
    ...fields,
  };
}

describe('scoreArticle', () => {
  test.each(cases)('scores fixture %s as worked out by hand', (name) => {
    const gold = goldToEvalMeetings(GoldSchema.parse(read(name, 'gold.json')));
    const predicted = extractedToEvalMeetings(ExtractedMeetingSchema.array().parse(read(name, 'predicted.json')));
    const { id: _, mismatches: __, ...score } = scoreArticle(name, gold, predicted, matchers);
    expect(score).toEqual(read(name, 'expected.json'));
  });

  test.each([
    [0, false],
    [1, true],
    [2, true],
    [3, true],
    [4, false],
  ])('with 1 required and 2 optional meetings, %i predicted is right: %s', (count, right) => {
    const gold = [meeting('A Ba', 'X Yi'), meeting('A Ba', 'Z Wo', { optional: true }), meeting('A Ba', 'Q Ro', { optional: true })];
    const predicted = ['X Yi', 'Z Wo', 'Q Ro', 'P Lu'].slice(0, count).map((foreign) => meeting('A Ba', foreign));
    expect(scoreArticle('a', gold, predicted, matchers).countRight).toBe(right);
  });

  test('a prediction paired with an optional meeting is neither a true nor a false positive', () => {
    const gold = [meeting('A Ba', 'X Yi'), meeting('A Ba', 'Z Wo', { optional: true })];
    const predicted = [meeting('A Ba', 'X Yi'), meeting('A Ba', 'Z Wo', { themes: ['drogue'], date: '2020-01' })];
    const score = scoreArticle('a', gold, predicted, matchers);
    expect(score.fields.meetings).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.fields.officials).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.fields.themes).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.fields.date).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  test('an unpaired optional meeting is not missed, an unpaired prediction is extra', () => {
    const gold = [meeting('A Ba', 'X Yi'), meeting('C Da', 'Z Wo', { optional: true })];
    const predicted = [meeting('A Ba', 'X Yi'), meeting('E Fa', 'G Ha', { countries: ['Laos'] })];
    const score = scoreArticle('a', gold, predicted, matchers);
    expect(score.fields.meetings).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.fields.officials).toEqual({ tp: 2, fp: 2, fn: 0 });
    expect(score.fields.countries).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.mismatches).toEqual(['extra meeting #1 (2025-01-12, E Fa / G Ha)']);
  });

  test('describes mismatches with expected and predicted values', () => {
    const gold = [meeting('A Ba', 'X Yi', { place: null, organizations: ['AFP'] })];
    const predicted = [meeting('A Ba', 'X Ye', { place: 'Hanoï', organizations: ['Police fédérale australienne (AFP)', 'Interpol'] })];
    expect(scoreArticle('a', gold, predicted, matchers).mismatches).toEqual([
      'meeting #0 place: expected none, got "Hanoï"',
      'meeting #0 foreign officials: missing "X Yi"; extra "X Ye"',
      'meeting #0 organizations: missing none; extra "Interpol"',
    ]);
  });
});

describe('pairMeetings', () => {
  test('pairs by participants first, whatever the order', () => {
    const gold = [meeting('A Ba', 'X Yi'), meeting('A Ba', 'Z Wo')];
    const predicted = [meeting('A Ba', 'Z Wo'), meeting('A Ba', 'X Yi')];
    expect(pairMeetings(gold, predicted, matchers.organization)).toEqual([
      { gold: 0, predicted: 1 },
      { gold: 1, predicted: 0 },
    ]);
  });

  test('breaks a participant tie by organizations, then by date', () => {
    const gold = [meeting('A Ba', 'X Yi', { date: '2025-01-10' }), meeting('A Ba', 'X Yi', { organizations: ['AWS'] })];
    const predicted = [meeting('A Ba', 'X Yi', { organizations: ['Amazon Web Services'] }), meeting('A Ba', 'X Yi', { date: '2025-01-10' })];
    expect(pairMeetings(gold, predicted, matchers.organization)).toEqual([
      { gold: 0, predicted: 1 },
      { gold: 1, predicted: 0 },
    ]);
  });

  test('leaves meetings that share no participant and no organization unpaired', () => {
    expect(pairMeetings([meeting('A Ba', 'X Yi')], [meeting('C Da', 'E Fa')], matchers.organization)).toEqual([]);
  });
});

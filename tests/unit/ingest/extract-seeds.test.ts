import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createCountryMatcher, createOrganizationMatcher, createRoleMatcher } from '../../../src/eval/entity-match';
import { extractedToEvalMeetings, goldToEvalMeetings } from '../../../src/eval/gold';
import { scoreArticle } from '../../../src/eval/score-article';
import { extractArticle } from '../../../src/ingest/extract-article';
import type { Knowledge } from '../../../src/ingest/knowledge';
import { loadKnowledge } from '../../../src/io/load-knowledge';
import { readCorpus, type CorpusArticle } from '../../../src/io/read-corpus';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let knowledge: Knowledge;
let seeds: CorpusArticle[];

beforeAll(async () => {
  knowledge = await loadKnowledge(root);
  seeds = await readCorpus(path.join(root, 'tests/fixtures/seeds'));
});

// Expected values are the hand-made gold annotations of the seeds, compared with the scorer's matching rules.
describe('extractArticle on the seed articles', () => {
  test('finds the five seeds with their gold files', () => {
    expect(seeds.map((seed) => seed.id)).toHaveLength(5);
  });

  test.each(['000', '001', '002', '003', '004'])('seed %s: meetings, dates, people, organizations and countries match the gold file', (prefix) => {
    const seed = seeds.find((s) => s.id.startsWith(prefix))!;
    const { meetings } = extractArticle(seed.id, seed.raw, knowledge);
    const matchers = { organization: createOrganizationMatcher(knowledge), country: createCountryMatcher(knowledge), role: createRoleMatcher(knowledge) };
    const score = scoreArticle(seed.id, goldToEvalMeetings(seed.gold), extractedToEvalMeetings(meetings), matchers);
    expect(score.countRight, score.mismatches.join('\n')).toBe(true);
    for (const field of ['meetings', 'date', 'place', 'home', 'foreign', 'organizations', 'countries'] as const) {
      expect({ field, ...score.fields[field], mismatches: score.mismatches }).toMatchObject({ field, fp: 0, fn: 0 });
    }
  });
});

/**
 * npm run eval -- DIR... [--check] [--json FILE]
 * Runs the extractor over every annotated article (*.txt with a *.gold.json beside it) of the folders given and
 * prints per-field scores, the mismatches per file and one summary line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCountryMatcher, createOrganizationMatcher, createRoleMatcher } from '../src/eval/entity-match';
import { formatFieldTable, formatMismatches, formatSummaryLine } from '../src/eval/format-report';
import { extractedToEvalMeetings, goldToEvalMeetings } from '../src/eval/gold';
import { scoreArticle, type ArticleScore } from '../src/eval/score-article';
import { checkTargets, summarize } from '../src/eval/summarize';
import { extractArticle } from '../src/ingest/extract-article';
import type { ExtractedMeeting } from '../src/schemas/extraction';
import { loadKnowledge } from '../src/io/load-knowledge';
import { readCorpus } from '../src/io/read-corpus';
import { runCli } from '../src/io/run-cli';

const USAGE = `Usage: npm run eval -- DIR... [--check] [--json FILE]
  DIR           folders holding NNN_<hex>.txt articles with NNN_<hex>.gold.json beside them
  --check       exit with code 1 when a figure is below its target (see docs/extraction.md)
  --json FILE   also write the scores as JSON`;

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const knowledge = await loadKnowledge(root);
  const matchers = {
    organization: createOrganizationMatcher(knowledge),
    country: createCountryMatcher(knowledge),
    role: createRoleMatcher(knowledge),
  };
  const scores: ArticleScore[] = [];
  for (const dir of positionals) {
    const articles = await readCorpus(path.resolve(dir));
    if (articles.length === 0) console.log(`warning: no *.txt with a *.gold.json beside it in ${dir}`);
    for (const article of articles) {
      let meetings: ExtractedMeeting[] = [];
      let failure: string | null = null;
      try {
        meetings = extractArticle(article.id, article.raw, knowledge).meetings;
      } catch (error) {
        // A crash on one article is scored as "found nothing" and reported, so the run still gives figures.
        failure = `extractor failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      const score = scoreArticle(article.id, goldToEvalMeetings(article.gold), extractedToEvalMeetings(meetings), matchers);
      if (failure !== null) score.mismatches.unshift(failure);
      scores.push(score);
    }
  }
  const summary = summarize(scores);
  console.log(formatFieldTable(summary));
  const mismatches = formatMismatches(scores);
  console.log(mismatches === '' ? '\nno mismatches' : `\nmismatches:\n${mismatches}`);
  console.log(`\n${formatSummaryLine(summary)}`);
  if (values.json !== undefined) {
    const file = path.resolve(values.json);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify({ summary, articles: scores }, null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
  if (values.check) {
    const failures = checkTargets(summary);
    for (const line of failures) console.log(`below target: ${line}`);
    console.log(failures.length === 0 ? 'check: all targets met' : `check: ${failures.length} target(s) missed`);
    return failures.length === 0 ? 0 : 1;
  }
  return 0;
}

runCli('eval', main);

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GoldSchema, type Gold } from '../eval/gold';
import { decodeSource } from './decode-source';
import { formatIssues } from './format-issues';
import { listTextFiles } from './read-sources';

/** One annotated article: its id, its decoded text and its gold annotation. */
export interface CorpusArticle {
  id: string;
  /** Path of the text file as given (for messages). */
  file: string;
  raw: string;
  gold: Gold;
}

/** Reads every `*.txt` of a folder that has a `*.gold.json` beside it, sorted by name; invalid files throw, naming the file. */
export async function readCorpus(dir: string): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  for (const file of await listTextFiles(dir)) {
    const goldFile = file.replace(/\.txt$/, '.gold.json');
    let goldText: string;
    try {
      goldText = await readFile(goldFile, 'utf8');
    } catch {
      continue; // an article without gold is not part of the evaluation
    }
    let data: unknown;
    try {
      data = JSON.parse(goldText);
    } catch (error) {
      throw new Error(`${goldFile} is not valid JSON: ${(error as Error).message}`);
    }
    const gold = GoldSchema.safeParse(data);
    if (!gold.success) throw new Error(`${goldFile} is not a valid gold annotation:\n${formatIssues(gold.error.issues)}`);
    const decoded = decodeSource(await readFile(file));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.error}`);
    articles.push({ id: path.basename(file, '.txt'), file, raw: decoded.text, gold: gold.data });
  }
  return articles;
}

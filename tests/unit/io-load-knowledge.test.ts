import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../../src/io/load-knowledge';
import { tempDirs } from '../helpers';

const tempDir = tempDirs();

/** A project root with the given content/data files. */
async function rootWith(files: Record<string, string>): Promise<string> {
  const root = tempDir('knowledge-');
  await mkdir(path.join(root, 'content/data'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, 'content/data', name), text);
  return root;
}

const valid = {
  'countries.yaml': '- { id: vietnam, name: Vietnam, nameEn: Vietnam }\n',
  'places.yaml': '- { name: Hanoï, country: vietnam }\n',
  'organizations.yaml': '[]\n',
  'officials.yaml': '[]\n',
  'themes.tsv': 'slug\tlabel_fr\tlabel_en\tscope\ndrogue\tDrogue\tDrugs\tnarcotics\n',
  'theme-keywords.yaml': 'drogue: [drogue]\n',
};

describe('loadKnowledge', () => {
  test('reads valid curated data', async () => {
    const knowledge = await loadKnowledge(await rootWith(valid));
    expect(knowledge.places.map((p) => p.name)).toEqual(['Hanoï']);
    expect(knowledge.themes.map((t) => t.id)).toEqual(['drogue']);
  });

  test('a missing file is named', async () => {
    const { 'officials.yaml': _, ...rest } = valid;
    await expect(loadKnowledge(await rootWith(rest))).rejects.toThrow(/^content\/data\/officials\.yaml cannot be read \(ENOENT\)/);
  });

  test('a YAML syntax error is named', async () => {
    await expect(loadKnowledge(await rootWith({ ...valid, 'places.yaml': '- name: [Hanoï\n' }))).rejects.toThrow(
      /^content\/data\/places\.yaml is not valid YAML/,
    );
  });

  test('an invalid entry is named with its file', async () => {
    await expect(loadKnowledge(await rootWith({ ...valid, 'places.yaml': '- { name: Hanoï, country: vietnam, pays: x }\n' }))).rejects.toThrow(
      /content\/data\/places\.yaml is not valid/,
    );
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkOverrideThemes, loadOverrides, parseOverride } from '../../src/io/load-overrides';
import { tempDirs } from '../helpers';

const tempDir = tempDirs();

const root = path.resolve(import.meta.dirname, '../..');

describe('loadOverrides', () => {
  test('an invalid override names the file and each wrong entry', async () => {
    await expect(loadOverrides(path.join(root, 'tests/fixtures/invalid-override'), root)).rejects.toThrow(
      [
        'tests/fixtures/invalid-override/001_e91ffa279b4d12f7.yaml is not a valid override:',
        '  - meetings[0]: Unrecognized key: "plce"',
        '  - meetings[1].date: expected YYYY-MM-DD or YYYY-MM',
      ].join('\n'),
    );
  });

  test('keys overrides by source id and treats a missing folder as no overrides', async () => {
    const dir = tempDir('overrides-');
    await writeFile(path.join(dir, '007_abc.yaml'), 'note: wrong place\nmeetings:\n  - position: 0\n    place: Vientiane\n');
    const overrides = await loadOverrides(dir, dir);
    expect([...overrides.keys()]).toEqual(['007_abc']);
    expect(overrides.get('007_abc')?.meetings[0]?.place).toBe('Vientiane');
    expect((await loadOverrides(path.join(dir, 'missing'), dir)).size).toBe(0);
  });
});

describe('parseOverride', () => {
  test('accepts the example of content/overrides/README.md', async () => {
    const readme = await readFile(path.join(root, 'content/overrides/README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const override = parseOverride(example, 'README example');
    expect(override.meetings.map((m) => m.position)).toEqual([0, 2]);
    expect(override.add[0]?.participants.map((p) => p.side)).toEqual(['home', 'foreign']);
  });

  test('a YAML syntax error names the file', () => {
    expect(() => parseOverride('note: [unclosed', 'content/overrides/x.yaml')).toThrow(/^content\/overrides\/x\.yaml is not valid YAML/);
  });
});

describe('checkOverrideThemes', () => {
  const override = parseOverride(
    'note: n\nmeetings:\n  - { position: 0, themes: [drogue, cyber] }\nadd:\n  - { date: 2026-01-01, participants: [{ name: A B, side: home }], themes: [drog] }\n',
    'x.yaml',
  );
  test('names each unknown theme slug with its file and entry', () => {
    expect(() => checkOverrideThemes(new Map([['007_abc', override]]), new Set(['drogue']))).toThrow(
      'content/overrides/007_abc.yaml: meetings[0].themes: unknown theme "cyber"\ncontent/overrides/007_abc.yaml: add[0].themes: unknown theme "drog"',
    );
  });

  test('accepts known slugs', () => {
    expect(() => checkOverrideThemes(new Map([['007_abc', override]]), new Set(['drogue', 'cyber', 'drog']))).not.toThrow();
  });
});

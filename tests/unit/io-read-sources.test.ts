import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../src/io/decode-source';
import { readSources } from '../../src/io/read-sources';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/source-encodings');
const expected = readFileSync(path.join(fixtures, 'expected.utf8'), 'utf8');

describe('decodeSource', () => {
  test('strips a UTF-8 byte-order mark', () => {
    const result = decodeSource(Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0x61, 0x6e, 0x6f, 0xc3, 0xaf]));
    expect(result).toEqual({ ok: true, text: 'Hanoï', warnings: [] });
  });

  test('decodes invalid UTF-8 as Windows-1252 with a warning', () => {
    // 0xEF is ï in Windows-1252; 0x92 is the typographic apostrophe; alone they are not valid UTF-8.
    const result = decodeSource(Buffer.from([0x48, 0x61, 0x6e, 0x6f, 0xef, 0x20, 0x6c, 0x92, 0x61]));
    expect(result.ok && result.text).toBe('Hanoï l’a');
    expect(result.ok && result.warnings.join()).toMatch(/Windows-1252/);
  });

  test('refuses content with NUL bytes', () => {
    const result = decodeSource(Buffer.from('abc\u0000def'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/binary content/);
  });
});

describe('readSources', () => {
  test('reads the .txt files sorted by name, decodes them and reports the binary one', async () => {
    const result = await readSources(fixtures, root);
    expect(result.inputs.map((input) => [input.id, input.file])).toEqual([
      ['a-utf8', 'tests/fixtures/source-encodings/a-utf8.txt'],
      ['b-bom', 'tests/fixtures/source-encodings/b-bom.txt'],
      ['c-windows-1252', 'tests/fixtures/source-encodings/c-windows-1252.txt'],
    ]);
    for (const input of result.inputs) expect(input.raw).toBe(expected);
    expect(Object.keys(result.warnings)).toEqual(['c-windows-1252']);
    expect(result.failures).toEqual([
      {
        source: 'd-binary',
        file: 'tests/fixtures/source-encodings/d-binary.txt',
        meetings: 0,
        warnings: [],
        errors: [expect.stringMatching(/^binary content/)],
      },
    ]);
  });
});

import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { copyIfChanged } from '../../../src/io/copy-if-changed';
import { tempDirs } from '../../helpers';

const tempDir = tempDirs();

test('copies a file once, then only when its source changes, even to an older file of the same size', () => {
  const dir = tempDir('copy-if-changed-');
  const source = path.join(dir, 'source.txt');
  const copy = path.join(dir, 'copy.txt');
  writeFileSync(source, 'première version');

  expect(copyIfChanged(source, copy)).toBe(true);
  expect(readFileSync(copy, 'utf8')).toBe('première version');
  expect(copyIfChanged(source, copy)).toBe(false);

  // Edited: a new modification time.
  writeFileSync(source, 'seconde version!');
  utimesSync(source, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
  expect(copyIfChanged(source, copy)).toBe(true);
  expect(readFileSync(copy, 'utf8')).toBe('seconde version!');

  // Replaced by an older file of the same size (a restored backup keeping its time).
  writeFileSync(source, 'ancienne version');
  utimesSync(source, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
  expect(copyIfChanged(source, copy)).toBe(true);
  expect(readFileSync(copy, 'utf8')).toBe('ancienne version');

  // A copy changed by hand has another size or time: made again.
  writeFileSync(copy, 'abîmée');
  expect(copyIfChanged(source, copy)).toBe(true);
  expect(readFileSync(copy, 'utf8')).toBe('ancienne version');
});

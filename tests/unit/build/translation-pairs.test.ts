import { describe, expect, test } from 'vitest';
import { pairTranslations, sameThreadForDocument, translationKey, type LocaleRouting } from '../../../src/build/translation-pairs';

const routing: LocaleRouting = { defaultLocale: 'fr', locales: ['fr', 'en'], prefixDefaultLocale: false };

describe('translationKey', () => {
  test('is the same for a page and its translation', () => {
    expect(translationKey('/meetings/a/', '/', routing)).toBe('meetings/a/');
    expect(translationKey('/en/meetings/a/', '/', routing)).toBe('meetings/a/');
    expect(translationKey('/', '/', routing)).toBe('');
    expect(translationKey('/en/', '/', routing)).toBe('');
  });

  test('takes the base path off first', () => {
    expect(translationKey('/archive/en/meetings/a/', '/archive/', routing)).toBe('meetings/a/');
    expect(translationKey('/archive/meetings/a/', '/archive', routing)).toBe('meetings/a/');
  });

  test('keeps a first segment that is no prefixed language', () => {
    expect(translationKey('/fr/meetings/a/', '/', routing)).toBe('fr/meetings/a/');
    expect(translationKey('/english/', '/', routing)).toBe('english/');
    expect(translationKey('/fr/meetings/a/', '/', { ...routing, prefixDefaultLocale: true })).toBe('meetings/a/');
  });
});

describe('pairTranslations', () => {
  const key = (pathname: string) => translationKey(pathname, '/', routing);

  test('puts each translation right after the first page of its document', () => {
    const pages = ['/meetings/a/', '/meetings/b/', '/officials/x/', '/en/meetings/a/', '/en/meetings/b/', '/en/officials/x/', '/en/search/'];
    expect(pairTranslations(pages, key)).toEqual(['/meetings/a/', '/en/meetings/a/', '/meetings/b/', '/en/meetings/b/', '/officials/x/', '/en/officials/x/', '/en/search/']);
  });

  test('keeps every page once, in their order within a document', () => {
    const pages = ['/en/a/', '/b/', '/a/', '/en/b/', '/c/'].map((pathname, index) => ({ pathname, index }));
    const paired = pairTranslations(pages, (page) => key(page.pathname));
    expect(paired.map((page) => page.index)).toEqual([0, 2, 1, 3, 4]);
    expect([...paired].sort((a, b) => a.index - b.index)).toEqual(pages);
  });
});

describe('sameThreadForDocument', () => {
  test('sends a page where the page before went when both show the same document, else where it is told', () => {
    let next = 0;
    const threadFor = sameThreadForDocument((pathname) => translationKey(pathname, '/', routing), () => (next += 1));
    const targets = ['/meetings/a/', '/en/meetings/a/', '/meetings/b/', '/en/meetings/b/', '/en/search/', '/meetings/a/'].map(threadFor);
    expect(targets).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

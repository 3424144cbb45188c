import { describe, expect, test } from 'vitest';
import { formatEntityPins, parseEntityPins, parseRedirects } from '../../src/io/entity-pins';

describe('formatEntityPins', () => {
  test('writes names sorted under officials and organizations, and round-trips', () => {
    const pins = { officials: { 'Tô Lâm': 'to-lam', 'Kerry Person': 'kerry-person' }, organizations: { Amazon: 'amazon' } };
    const text = formatEntityPins(pins);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['officials:', '  Kerry Person: kerry-person', '  Tô Lâm: to-lam', 'organizations:', '  Amazon: amazon', '']);
    expect(parseEntityPins(text, 'p.yaml')).toEqual(pins);
  });
});

describe('parseEntityPins', () => {
  test('reads an empty file as no pins, and names the file on a bad id', () => {
    expect(parseEntityPins('', 'p.yaml')).toEqual({ officials: {}, organizations: {} });
    expect(() => parseEntityPins('officials:\n  Tô Lâm: Tô Lâm\n', 'content/data/entity-pins.yaml')).toThrow(/content\/data\/entity-pins.yaml is not valid:[\s\S]*lowercase slug/);
  });
});

describe('parseRedirects', () => {
  test('reads renames per kind, missing kinds as none', () => {
    expect(parseRedirects('meetings:\n  old-slug: new-slug\n', 'r.yaml')).toEqual({ meetings: { 'old-slug': 'new-slug' }, officials: {}, organizations: {} });
  });

  test.each([
    ['a misspelt kind', 'meeting:\n  a: b\n', /Unrecognized key/],
    ['an id redirected to itself', 'officials:\n  a: a\n', /"a" redirects to itself: delete the line/],
    ['an id that is not a slug', 'meetings:\n  a: Nouvelle Rencontre\n', /lowercase slug/],
  ])('refuses %s, naming the file', (_, text, message) => {
    expect(() => parseRedirects(text, 'content/data/redirects.yaml')).toThrow(message);
    expect(() => parseRedirects(text, 'content/data/redirects.yaml')).toThrow('content/data/redirects.yaml is not valid');
  });
});

import { describe, expect, it } from 'vitest';
import { buildSwedishTsQuery, derivationalRoot, searchWords } from './search-query.js';

describe('public search query', () => {
  it('lets "digitalisering" also match words built on "digital"', () => {
    expect(buildSwedishTsQuery('digitalisering')).toBe('(digitalisering:* | digital:*)');
  });

  it('requires every word to match', () => {
    expect(buildSwedishTsQuery('Digitala Västerbotten')).toBe('(digitala:*) & (västerbotten:*)');
  });

  it('keeps only letters and digits so that input cannot inject query syntax', () => {
    expect(buildSwedishTsQuery("iot' | !x & (y:*")).toBe('(iot:*)');
    expect(searchWords('a & b')).toEqual([]);
  });

  it('returns null when nothing searchable is left', () => {
    expect(buildSwedishTsQuery('   ')).toBeNull();
    expect(buildSwedishTsQuery('!!')).toBeNull();
  });

  it.each([
    ['samverkan', null],
    ['utveckling', 'utveckl'],
    ['hållbarhet', 'hållbar'],
    ['ledning', 'ledn'],
    ['ring', null],
  ])('finds the root of %s', (word, root) => {
    expect(derivationalRoot(word)).toBe(root);
  });

  it('limits a query to eight words', () => {
    expect(searchWords('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toHaveLength(8);
  });
});

import { describe, expect, it } from 'vitest';
import { checkNameSpellings, levenshtein, normalizePersonName } from './index.js';

describe('names spelled two ways', () => {
  it('finds the DVIS chair written "Richard Carstedt (S)" and "Rickard Carstedt (S)," in seed 000', () => {
    const findings = checkNameSpellings(['Richard Carstedt (S)', ' Rickard Carstedt (S),   ', 'Rickard Carstedt']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'name.spelling',
      severity: 'warning',
      details: { first: 'Richard Carstedt (S)', second: 'Rickard Carstedt (S)' },
      message: {
        sv: 'Samma person verkar stavas på två sätt: "Richard Carstedt (S)" och "Rickard Carstedt (S)".',
        en: 'The same person seems to be spelled two ways: "Richard Carstedt (S)" and "Rickard Carstedt (S)".',
      },
    });
  });

  it.each([
    ['Mikael Lindgren', 'Michael Lindgren'],
    ['Therese Burström', 'Terese Burström'],
    ['Anna-Karin Ek', 'Anna-Carin Ek'],
    ['Eva Ek', 'Ewa Ek'],
    ['Hans Svensson', 'Hans Svenson'],
    ['Nils Enwald', 'Nils Enwall'],
  ])('warns that "%s" and "%s" may be one person', (a, b) => {
    expect(checkNameSpellings([a, b]).map((f) => f.code)).toEqual(['name.spelling']);
  });

  it.each([
    ['Therese Burström', 'THERESE  BURSTROM'],
    ['Therese Burström', 'Therese Burström (S)'],
    ['Hans Svensson', 'Hans\u00a0Svensson'],
    ['Anders Byström', 'Anders Byström, Regional utvecklingsdirektör'.split(',')[0]!],
  ])('takes "%s" and "%s" as the same spelling', (a, b) => {
    expect(checkNameSpellings([a, b])).toEqual([]);
  });

  it.each([
    ['Nils Enwald', 'Therese Burström'],
    ['Hans Svensson', 'Anders Byström'],
    ['Per Ek', 'Eva Ek'], // short names: two letters is too many
    ['Anna Nilsson', 'Anna Olsson'],
    ['Lars Ek', 'Lars Ed'], // short surnames are often different families
    ['Maria Andersson', 'Marie Persson'],
  ])('does not confuse "%s" with "%s"', (a, b) => {
    expect(checkNameSpellings([a, b])).toEqual([]);
  });

  it('does not compare a single word, which says too little', () => {
    expect(checkNameSpellings(['Richard', 'Rickard'])).toEqual([]);
  });

  it('reports each pair of spellings once, however often they occur', () => {
    const names = ['Richard Carstedt', 'Rickard Carstedt', 'Richard Carstedt', 'Rickard Carstedt', 'Rikard Carstedt'];
    expect(checkNameSpellings(names).map((f) => [f.details.first, f.details.second])).toEqual([
      ['Richard Carstedt', 'Rickard Carstedt'],
      ['Richard Carstedt', 'Rikard Carstedt'],
      ['Rickard Carstedt', 'Rikard Carstedt'],
    ]);
  });

  it.each([
    ['Richard Carstedt (S)', 'richard carstedt'],
    ['  Åsa   Öberg  ', 'asa oberg'],
    ['Rickard Carstedt (S),', 'rickard carstedt'],
    ['Anna-Karin Ek (ordförande)', 'anna-karin ek'],
  ])('normalises "%s" to "%s"', (name, normal) => {
    expect(normalizePersonName(name)).toBe(normal);
  });

  it.each([
    ['richard', 'rickard', 1],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['mikael', 'michael', 2],
    ['same', 'same', 0],
  ])('measures the edit distance between "%s" and "%s" as %s', (a, b, n) => {
    expect(levenshtein(a, b)).toBe(n);
    expect(levenshtein(b, a)).toBe(n);
  });
});

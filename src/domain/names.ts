import { finding, type Finding } from './finding.js';

/** A personal name for comparison: no party or title in parentheses, no accents, case or extra spaces. */
export function normalizePersonName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ') // "(S)", "(ordförande)"
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance (insertions, deletions, substitutions), one row at a time. */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const cleanSpelling = (name: string) =>
  name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.]+$/, '');

/**
 * Two spellings look like one person when the surname is the same and the given names differ by a letter
 * or two (Richard / Rickard, Mikael / Michael), or the given names are the same and a longer surname
 * differs by one letter (Hansson / Hanson). Short names need a smaller distance, so Jan and Jon can still
 * differ by one letter but Per and Eva never match.
 */
function looksLikeSamePerson(a: string[], b: string[]): boolean {
  const [surnameA, surnameB] = [a.at(-1)!, b.at(-1)!];
  const [givenA, givenB] = [a.slice(0, -1).join(' '), b.slice(0, -1).join(' ')];
  if (surnameA === surnameB) {
    const d = levenshtein(givenA, givenB);
    return d >= 1 && d <= 2 && d * 2 < Math.max(givenA.length, givenB.length);
  }
  return givenA === givenB && Math.min(surnameA.length, surnameB.length) >= 5 && levenshtein(surnameA, surnameB) === 1;
}

/**
 * docs/domain/rules.md, "Consistency checks": the same person spelled two ways in one document ("Richard Carstedt" and
 * "Rickard Carstedt" in seed 000). One warning per pair of spellings, naming both as first written. Names of one word
 * are not compared: a first name alone says too little.
 */
export function checkNameSpellings(names: readonly string[]): Finding[] {
  const spellings = new Map<string, string>();
  for (const name of names) {
    const key = normalizePersonName(name);
    if (key.split(' ').length >= 2 && !spellings.has(key)) spellings.set(key, cleanSpelling(name));
  }
  const keys = [...spellings.keys()];
  const findings: Finding[] = [];
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      if (!looksLikeSamePerson(a.split(' '), b.split(' '))) continue;
      const [first, second] = [spellings.get(a)!, spellings.get(b)!];
      findings.push(finding('name.spelling', 'warning', { first, second }));
    }
  });
  return findings;
}

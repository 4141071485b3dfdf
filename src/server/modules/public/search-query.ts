/**
 * Turns what a member of the public types into a PostgreSQL tsquery for the 'swedish' configuration.
 *
 * The Snowball stemmer keeps derivations apart ("digitalisering" and "digitala" have different
 * stems), but a person searching for "digitalisering" expects "Digitala Västerbotten". So each word
 * also matches, as a prefix, its root with a common derivational suffix removed. Every word must
 * match (AND). Only letters and digits reach the query, so user input cannot inject tsquery syntax.
 */
const DERIVATIONAL_SUFFIXES = [
  'iseringarna',
  'iseringen',
  'iseringar',
  'isering',
  'eringen',
  'eringar',
  'ering',
  'ningarna',
  'ningen',
  'ningar',
  'ning',
  'heten',
  'het',
  'ande',
  'ende',
  'skapen',
  'skap',
  'ingarna',
  'ingen',
  'ingar',
  'ing',
];
const MIN_ROOT = 4;
const MAX_WORDS = 8;

export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2).slice(0, MAX_WORDS);
}

export function derivationalRoot(word: string): string | null {
  for (const suffix of DERIVATIONAL_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_ROOT) return word.slice(0, -suffix.length);
  }
  return null;
}

/** `null` when the text holds no searchable word. */
export function buildSwedishTsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const root = derivationalRoot(word);
      const alternatives = root ? [word, root] : [word];
      return `(${alternatives.map((a) => `${a}:*`).join(' | ')})`;
    })
    .join(' & ');
}

/*
 * Text as PDF extraction and web pages leave it: no-break and thin spaces, soft hyphens, words split
 * over lines, markdown emphasis from converters, page headers in the middle of a table. The importer
 * works on a normalised copy; `flat` joins everything into one line for phrase matching, `lines` keeps
 * the line structure for tables and lists.
 */

export interface DocumentText {
  /** The text with spaces and dashes normalised, line breaks kept. */
  text: string;
  /** Non-empty lines, trimmed. */
  lines: string[];
  /** All lines joined by single spaces: phrases broken over lines match as one. */
  flat: string;
}

const ODD_SPACES = /[\u00a0\u202f\u2009\u2007\u2002\u2003\u200a\t]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

export function normaliseText(raw: string): DocumentText {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '') // soft hyphen
    .replace(/[\u200b\ufeff]/g, '') // zero-width space, byte-order mark
    .replace(ODD_SPACES, ' ')
    .replace(DASHES, '-')
    .replace(/\*\*|__/g, '\n') // emphasis markers of converted documents often stand where a line broke
    .replace(/^#+ +/gm, '') // markdown headings
    .replace(/[ ]{2,}/g, ' ');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return { text, lines, flat: joinLines(lines) };
}

/** Joins lines into running text, mending words hyphenated at a line end ("projekt-\nverksamhet"). */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (/[a-zåäö]-$/.test(out) && /^[a-zåäö]/.test(line)) out = out.slice(0, -1) + line;
    else out += ` ${line}`;
  }
  return out.replace(/ {2,}/g, ' ');
}

/** Removes repeated page furniture: lines that occur on several pages ("Sida 2 (5)", a letterhead). */
export function withoutPageFurniture(lines: readonly string[]): string[] {
  const pageNumber = /^(sida|page|sid\.?)\s*\d+(\s*(\(|av|of|\/)\s*\d+\)?)?$/i;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return lines.filter((l) => !pageNumber.test(l) && !(l.length > 12 && (counts.get(l) ?? 0) >= 3 && /^\D/.test(l)));
}

import { parseSekDetailed } from '../../domain/index.js';
import type { Activity } from '../contract.js';
import { joinLines, withoutPageFurniture, type DocumentText } from '../text.js';
import { findDates, findPeriods, wholeKronor } from './values.js';

/*
 * A time and activity plan ("Tid- och aktivitetsplan") as PDF extraction leaves it: one table cell after
 * another, rows broken over several lines and over page breaks, with page headers and footers in between.
 *
 *   4.1 Kunskapshöjning Skapa kunskap om vikten av strategier genom …
 *   2023-05-01 -
 *   2025-12-31
 *   0
 *
 * A row starts with the activity's number on a line of its own making ("1.", "4.1", "6.3"), in plan order
 * (after 4 comes 4.1, 5 or a later one; never 2 again), so numbers in descriptions are not taken for rows.
 * The title is the words after the number up to where the description starts (a capitalised word, a bullet,
 * a date); the dates are the row's first period; the cost is the amount right after it. A cost that the row
 * does not state is null, not 0.
 */

export interface ActivityTable {
  activities: Activity[];
  /** The plan's own total ("Summa 3 333 015"), when it states one. */
  statedTotalSek: number | null;
}

const HEADING = /(?:aktivitetsplan|aktiviteter och budget|^aktivitet(?:er)?\b|^nr\.?\s+aktivitet|^delaktivitet)/i;
const ROW_START = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=[\p{L}"“(-])(.*)$/u;
const TOTAL_ROW = /^(?:summa|totalt|total(?:\s+kostnad)?|totalsumma|summa kostnader)\b\s*:?\s*(.*)$/i;
const PAGE_LINE =
  /^(?:sida|sid\.?|page)\s*:?\s*(?:\d+\s*(?:\(\s*\d+\s*\)|(?:av|of|\/)\s*\d+)?)?$|^\d+\s*\(\s*\d+\s*\)$|^\d+\s*(?:av|of|\/)\s*\d+$/i;

/** Lowercase words that may stand before a capitalised word inside a title ("Samverkan med Tillväxtverket"). */
const JOINERS = new Set([
  'och',
  'i',
  'av',
  'för',
  'med',
  'till',
  'inom',
  'på',
  'om',
  'mot',
  'vid',
  '&',
  'samt',
  'kring',
]);

const parts = (n: string) => n.split('.').map(Number);

/** Whether `next` may follow `prev` in a plan: a first child, the next sibling, or the next of an ancestor. */
function follows(prev: string | null, next: string): boolean {
  const b = parts(next);
  if (prev === null) return b[0] === 1 || (b[0]! <= 2 && b.length === 1);
  const a = parts(prev);
  if (b.length === a.length + 1 && b.slice(0, -1).every((x, i) => x === a[i]) && b.at(-1) === 1) return true;
  for (let depth = Math.min(a.length, b.length); depth >= 1; depth--) {
    if (b.length !== depth) continue;
    const samePrefix = b.slice(0, depth - 1).every((x, i) => x === a[i]);
    if (samePrefix && b[depth - 1] === a[depth - 1]! + 1) return true;
  }
  return false;
}

/** The title: words after the number until the description, a bullet, a date or an amount starts. */
function readTitle(first: string, nextLines: readonly string[]): string {
  const words: string[] = [];
  const lines = [first, ...nextLines];
  let done = false;
  for (let li = 0; li < lines.length && !done; li++) {
    const line = lines[li]!;
    // A title continues on the next line in lower case, or after a word that cannot end it ("i", "och", "Jämställdhets-").
    const last = words.at(-1);
    if (li > 0 && !/^[a-zåäö]/.test(line) && !(last && (JOINERS.has(last.toLowerCase()) || /-$/.test(last)))) break;
    for (const token of line.split(' ')) {
      const prev = words.at(-1);
      if (
        /^\d/.test(token) ||
        /^[-–•*]$/.test(token) ||
        (/^\p{Lu}/u.test(token) && prev !== undefined && !JOINERS.has(prev.toLowerCase()) && !/-$/.test(prev))
      ) {
        done = true;
        break;
      }
      words.push(token);
      if (/[.:;]$/.test(token) || words.length >= 14) {
        done = true;
        break;
      }
    }
  }
  return words
    .join(' ')
    .replace(/[\s.:;,-]+$/, '')
    .replace(/^["“]|["”]$/g, '')
    .trim();
}

/** The cost written right after the row's period: "150 000", "824 015 kr", "450 tkr"; null when none. */
function costAfter(text: string, unitSek: number): number | null {
  const m =
    /^\s*(?:kr\s*)?(\d{1,3}(?: \d{3})+|\d+)(?:,(\d{1,2}))?(?!\d| \d|[-/.:]\d)\s*(kr\b|kronor\b|sek\b|:-|tkr\b|tusen\b|mkr\b|miljoner\b)?/i.exec(
      text,
    );
  if (!m) return null;
  const unit = m[3] ?? (unitSek === 1000 ? 'tkr' : unitSek === 1_000_000 ? 'miljoner' : 'kr');
  const parsed = parseSekDetailed(`${m[1]}${m[2] ? `,${m[2]}` : ''} ${unit}`);
  if (!parsed.ok) return null;
  return wholeKronor({
    ore: parsed.value.ore,
    sek: parsed.value.ore / 100,
    unitSek: parsed.value.unitSek,
    decimals: parsed.value.decimals,
  });
}

/** The row's period: the first "A - B" (also broken over lines), else two dates standing side by side. */
function rowPeriod(text: string): { start: string | null; end: string | null; endIndex: number } {
  const p = findPeriods(text)[0];
  const dates = findDates(text);
  if (p && (!dates[0] || dates[0].index >= p.index)) {
    return { start: p.value.start, end: p.value.end, endIndex: p.index + p.length };
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (/^\s*$/.test(text.slice(a.index + a.length, b.index)) && b.value >= a.value) {
      return { start: a.value, end: b.value, endIndex: b.index + b.length };
    }
  }
  if (p) return { start: p.value.start, end: p.value.end, endIndex: p.index + p.length };
  return { start: null, end: null, endIndex: -1 };
}

/** The activity plan of a document; an empty list when the document has none. */
export function extractActivityTable(doc: DocumentText): ActivityTable {
  const lines = withoutPageFurniture(doc.lines).filter((l) => !PAGE_LINE.test(l));
  const headingAt = lines.findIndex((l) => l.length <= 80 && HEADING.test(l));
  if (headingAt < 0) return { activities: [], statedTotalSek: null };

  // Rows: their start lines in plan order; a row runs until the next one starts.
  const starts: { at: number; number: string; rest: string }[] = [];
  let prev: string | null = null;
  let end = lines.length;
  let totalLine: string | null = null;
  for (let i = headingAt + 1; i < lines.length; i++) {
    const total = starts.length ? TOTAL_ROW.exec(lines[i]!) : null;
    if (total) {
      totalLine = joinLines(lines.slice(i, i + 2)).replace(TOTAL_ROW, '$1');
      end = i;
      break;
    }
    const m = ROW_START.exec(lines[i]!);
    if (!m || !follows(prev, m[1]!)) continue;
    if (/^\d{4}/.test(m[2]!)) continue;
    starts.push({ at: i, number: m[1]!, rest: m[2]! });
    prev = m[1]!;
  }
  if (starts.length === 0) return { activities: [], statedTotalSek: null };

  // A unit in the header ("Kostnad (tkr)") applies to the costs written without one.
  const header = joinLines(lines.slice(headingAt, starts[0]!.at));
  const unitSek = /\b(?:tkr|tsek|ksek|tusen)\b/i.test(header)
    ? 1000
    : /\b(?:mkr|mnkr|msek|miljoner)\b/i.test(header)
      ? 1_000_000
      : 1;
  const statedTotalSek = totalLine === null ? null : costAfter(totalLine, unitSek);

  const activities = starts.map((s, k) => {
    const rowEnd = k + 1 < starts.length ? starts[k + 1]!.at : end;
    const rowLines = [s.rest, ...lines.slice(s.at + 1, rowEnd)];
    const text = joinLines(rowLines);
    const { start, end: finish, endIndex } = rowPeriod(text);
    return {
      number: s.number,
      title: readTitle(s.rest, lines.slice(s.at + 1, rowEnd)),
      start,
      end: finish,
      costSek: endIndex >= 0 ? costAfter(text.slice(endIndex), unitSek) : null,
    };
  });
  return { activities, statedTotalSek };
}

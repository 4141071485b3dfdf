import {
  parseOrgNumber,
  parseSekDetailed,
  parseSwedishDate,
  percentToBasisPoints,
  type LocalDate,
  type Period,
} from '../../domain/index.js';

/*
 * Finding values in running Swedish text. Each finder scans the text for every place a value of its
 * kind is written, in any of the forms Swedish documents use, and reads it with the domain's own
 * parser (so "5 505 389 kr" means the same here as everywhere in Bidra). Results carry their position,
 * so a genre can take "the amount after 'beviljas'" or "the dates in this sentence".
 */

export interface Found<T> {
  value: T;
  /** Offset in the searched text, and the length of the match. */
  index: number;
  length: number;
  raw: string;
}

const UNIT =
  '(?:kr\\b|kronor\\b|sek\\b|:-|tkr\\b|tsek\\b|ksek\\b|tusen(?: kronor| kr)?\\b|mkr\\b|mnkr\\b|msek\\b|milj\\.?(?![a-zåäö])(?: kr| kronor)?|miljon(?:er)?(?: kronor| kr)?\\b|mdkr\\b|miljard(?:er)?(?: kronor| kr)?\\b)';
const NUMBER = '(?<![\\d.,])(?:\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:,\\d+)?';
const AMOUNT = new RegExp(`${NUMBER} ?${UNIT}`, 'gi');

export interface Amount {
  /** Öre, exact. */
  ore: number;
  /** Kronor as the document states them (may have öre: 5 505 388,50). */
  sek: number;
  /** The unit written, in kronor: 1 for "kr", 1 000 for "tkr", 1 000 000 for "miljoner". */
  unitSek: number;
  /** Decimals written: "25,5 miljoner" has 1, so it is precise to 100 000 kr. */
  decimals: number;
}

/** Every amount of money in the text: "5 505 389 kr", "25,5 miljoner kronor", "745 tkr", "265 tusen kronor". */
export function findAmounts(text: string): Found<Amount>[] {
  const out: Found<Amount>[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const raw = m[0].replace(/ {2,}/g, ' ');
    const parsed = parseSekDetailed(raw.replace(/\.(?=\s|$)/, ''));
    if (!parsed.ok) continue;
    const { ore, unitSek, decimals } = parsed.value;
    out.push({ value: { ore, sek: ore / 100, unitSek, decimals }, index: m.index, length: m[0].length, raw });
  }
  return out;
}

/**
 * Whole kronor for the extraction (docs/domain/import.md): an amount with öre is rounded half up (the documents' unit
 * is kronor).
 */
export const wholeKronor = (a: Amount): number => Math.floor((a.ore + 50) / 100);

const MONTH =
  '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)';
const DATE = new RegExp(
  `(?<![\\d-])(?:\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d])|(?:den )?\\d{1,2}(?::[ea])? ${MONTH}\\.? \\d{4}(?!\\d))`,
  'gi',
);

/** Every calendar date: "2024-02-01", "7 december 2023", "den 31 augusti 2026", "31 aug. 2026". */
export function findDates(text: string): Found<LocalDate>[] {
  const out: Found<LocalDate>[] = [];
  for (const m of text.matchAll(DATE)) {
    const parsed = parseSwedishDate(m[0]);
    if (parsed.ok) out.push({ value: parsed.value, index: m.index, length: m[0].length, raw: m[0] });
  }
  return out;
}

/**
 * Every period written as two dates joined by a dash or a word: "2024-02-01 - 2027-01-31" (also broken
 * over a line), "1 mars 2023 till 31 augusti 2026", "från och med 2023-03-01 till och med 2026-08-31".
 * A "period" whose end is before its start is not one and is left out.
 */
export function findPeriods(text: string): Found<Period>[] {
  const dates = findDates(text);
  const out: Found<Period>[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const between = text.slice(a.index + a.length, b.index);
    if (!/^\s*(?:-|–|—|till(?: och med)?|t\.?\s?o\.?\s?m\.?|tom)\s*$/i.test(between)) continue;
    if (b.value < a.value) continue;
    out.push({
      value: { start: a.value, end: b.value },
      index: a.index,
      length: b.index + b.length - a.index,
      raw: text.slice(a.index, b.index + b.length),
    });
    i++;
  }
  return out;
}

/** Every percentage: "50,00 %", "50 procent", "42.5%"; as basis points (50,00 % = 5000). */
export function findPercentages(text: string): Found<number>[] {
  const out: Found<number>[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?) ?(?:%|procent\b)/gi)) {
    const bp = percentToBasisPoints(m[1]!);
    if (bp.ok) out.push({ value: bp.value, index: m.index, length: m[0].length, raw: m[0] });
  }
  return out;
}

/** SFS numbers of ordinances and laws cited: "förordning (2003:596)" → "2003:596", in order, once each. */
export function findSfsNumbers(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(/\b((?:19|20)\d{2}:\d{1,4})\b/g)) seen.add(m[1]!);
  return [...seen];
}

/** Valid Swedish organisation numbers ("232100-0222"), checked with the domain's Luhn rule. */
export function findOrgNumbers(text: string): Found<string>[] {
  const out: Found<string>[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)/g)) {
    const parsed = parseOrgNumber(`${m[1]}-${m[2]}`);
    if (parsed.ok) out.push({ value: parsed.value, index: m.index, length: m[0].length, raw: m[0] });
  }
  return out;
}

/** The first match of `pattern` at or after `from`, with the text that follows it (up to `window` characters). */
export function after(text: string, pattern: RegExp, window = 400, from = 0): { index: number; rest: string } | null {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length;
  return { index: m.index, rest: text.slice(start, start + window) };
}

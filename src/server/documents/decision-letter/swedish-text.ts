// Small pieces of written Swedish that letters need and Intl does not give exactly as the documents
// write them. Pure: no clock, no locale data from the machine.
import { dateParts, SWEDISH_MONTHS, type LocalDate, type Period } from '../../../domain/index.js';

const MONTHS = SWEDISH_MONTHS;

/** 2026-08-31 → "31 augusti 2026" (no leading zero, month in lower case, as Swedish prose writes it). */
export function formatSwedishLongDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`not a date: ${date}`);
  return `${day} ${name} ${year}`;
}

const NBSP = '\u00a0';

/** The date as prose prints it: "31 augusti 2026" with non-breaking spaces, so it never wraps inside. */
export const longDateInProse = (date: LocalDate): string => formatSwedishLongDate(date).replace(/ /g, NBSP);

/**
 * "2024-02-01 - 2027-01-31", the seed letters' way of writing a period. The spaces around the dash are
 * non-breaking, like those in amounts, so a period is never split across two lines.
 */
export const formatPeriod = (p: Period): string => `${p.start}${NBSP}-${NBSP}${p.end}`;

/**
 * The genitive: "Region Västerbotten" → "Region Västerbottens", "Regionala utvecklingsnämnden" →
 * "Regionala utvecklingsnämndens"; a name that already ends in s, x or z takes no extra s ("Lars").
 */
export function swedishGenitive(name: string): string {
  const trimmed = name.trim();
  return /[sxz]$/i.test(trimmed) ? trimmed : `${trimmed}s`;
}

/** ["a"] → "a"; ["a", "b"] → "a och b"; ["a", "b", "c"] → "a, b och c". */
export function joinSwedishList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

const COUNT_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** 1 → "en månad", 6 → "sex månader", 18 → "18 månader": words up to twelve, as Swedish prose does. */
export function swedishMonths(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a positive number of months: ${n}`);
  const count = COUNT_WORDS[n] ?? String(n);
  return `${count} ${n === 1 ? 'månad' : 'månader'}`;
}

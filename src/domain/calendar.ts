import { domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** A calendar date "YYYY-MM-DD" (no time, no zone). Instants are `Date`s and come from the injected clock. */
export type LocalDate = string & { readonly __brand: 'LocalDate' };
/** An inclusive date range: a period from a day to the same day is one day long. */
export interface Period {
  start: LocalDate;
  end: LocalDate;
}
/** The clock is injected everywhere; the domain never asks the system for the time. */
export interface Clock {
  now(): Date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

const isValidDate = (y: number, m: number, d: number): boolean =>
  [y, m, d].every(Number.isInteger) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** For dates known to be valid (code, tests); text from outside goes through `parseLocalDate`. */
export function localDate(y: number, m: number, d: number): LocalDate {
  if (!isValidDate(y, m, d)) throw new RangeError(`not a calendar date: ${y}-${m}-${d}`);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}` as LocalDate;
}

/** Strict "YYYY-MM-DD", the API's and the database's form; leap years checked. */
export function parseLocalDate(s: string): Result<LocalDate> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3])))
    return err(domainError('date.invalid', { input: s }));
  return ok(s as LocalDate);
}
export const isLocalDate = (s: string): s is LocalDate => parseLocalDate(s).ok;

export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** ISO dates of one fixed width compare correctly as strings. */
export const compareDates = (a: LocalDate, b: LocalDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a <= b ? a : b);
export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);

// Day arithmetic through UTC epoch days: no time zone or daylight-saving change can shift a calendar date.
const MS_PER_DAY = 86_400_000;
const toEpochDay = (d: LocalDate): number => {
  const { year, month, day } = dateParts(d);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
};
const fromEpochDay = (n: number): LocalDate => {
  const t = new Date(n * MS_PER_DAY);
  return localDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

export function addDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`days must be whole: ${n}`);
  return fromEpochDay(toEpochDay(d) + n);
}
/** Days from a to b (b − a); negative when b is earlier. */
export const daysBetween = (a: LocalDate, b: LocalDate): number => toEpochDay(b) - toEpochDay(a);
/** 1 = Monday … 7 = Sunday (ISO 8601, as Swedish calendars count). */
export function isoWeekday(d: LocalDate): number {
  const w = new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
  return w === 0 ? 7 : w;
}

export function lastDayOfMonth(d: LocalDate): LocalDate {
  const { year, month } = dateParts(d);
  return localDate(year, month, daysInMonth(year, month));
}
export const isLastDayOfMonth = (d: LocalDate): boolean => lastDayOfMonth(d) === d;

/**
 * Calendar months with month-end semantics (docs/domain/rules.md, "Periods"): the last day of a month maps to the last
 * day of the target month, because "extend by six months" from a period ending 28 February means to the end of August
 * (2026-02-28 + 6 = 2026-08-31); any other day keeps its number, clamped to the target month's length (2026-01-30 + 1 =
 * 2026-02-28). Negative n counts backwards by the same rule.
 */
export function addMonths(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`months must be whole: ${n}`);
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return localDate(targetYear, targetMonth, isLastDayOfMonth(d) ? last : Math.min(day, last));
}

// ---- Periods (inclusive) ----

export function period(start: LocalDate, end: LocalDate): Result<Period> {
  if (start > end) return err(domainError('period.inverted', { start, end }));
  return ok({ start, end });
}
export const periodContains = (p: Period, d: LocalDate): boolean => p.start <= d && d <= p.end;
export const periodContainsPeriod = (outer: Period, inner: Period): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
export const periodOverlaps = (a: Period, b: Period): boolean => a.start <= b.end && b.start <= a.end;
/**
 * Whether a calendar year has days in the period: a budget may spend in the years the period touches
 * (2023-03-01 – 2026-08-31 spans 2023 to 2026), and in no other.
 */
export const periodCoversYear = (p: { start: string; end: string }, year: number): boolean =>
  Number(p.start.slice(0, 4)) <= year && year <= Number(p.end.slice(0, 4));
export const periodLengthDays = (p: Period): number => daysBetween(p.start, p.end) + 1;
/** "Extend by six months": the end moves by calendar months with month-end semantics; the start stays. */
export function extendPeriodByMonths(p: Period, months: number): Result<Period> {
  return period(p.start, addMonths(p.end, months));
}

// ---- Instants to dates ----

const stockholmFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The calendar date in Sweden at an instant: a decision approved at 00:30 Swedish time is dated that day. */
export function localDateInStockholm(instant: Date): LocalDate {
  const parts = stockholmFormat.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return localDate(get('year'), get('month'), get('day'));
}
export const today = (clock: Clock): LocalDate => localDateInStockholm(clock.now());

// ---- Dates written in Swedish (the importer) ----

/** The months as Swedish prose writes them, January first. */
export const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Month numbers by Swedish name, full or abbreviated ("aug", "sept"). */
export const SWEDISH_MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(SWEDISH_MONTHS.map((m, i) => [m, i + 1])),
  ...{ jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 },
};
const MONTHS = SWEDISH_MONTH_NUMBERS;

/** "7 december 2023", "den 31 augusti 2026", "31 aug. 2026", "2024-02-01", "2024-2-1". */
export function parseSwedishDate(text: string): Result<LocalDate> {
  const t = text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const words = /^(?:den )?(\d{1,2}):?(?:e|a)? ([a-zåäö]+)\.? (\d{4})$/.exec(t);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : words
      ? [Number(words[3]), MONTHS[words[2]!] ?? 0, Number(words[1])]
      : [0, 0, 0];
  return isValidDate(y, m, d) ? ok(localDate(y, m, d)) : err(domainError('date.invalid', { input: text }));
}

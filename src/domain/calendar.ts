import { domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

declare const dateBrand: unique symbol;
/** A calendar date "YYYY-MM-DD" (no time, no zone). Instants are `Date`s and come from the injected clock. */
export type LocalDate = string & { readonly [dateBrand]: true };
/** An inclusive date range. */
export interface Period {
  start: LocalDate;
  end: LocalDate;
}
/** The clock is injected everywhere; the domain never asks the system for the time. */
export interface Clock {
  now(): Date;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

export function localDate(y: number, m: number, d: number): LocalDate {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`not a calendar date: ${y}-${m}-${d}`);
  }
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}` as LocalDate;
}

export function parseLocalDate(s: string): Result<LocalDate> {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return err(domainError('date.invalid', { input: s }));
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return err(domainError('date.invalid', { input: s }));
  return ok(localDate(y, mo, d));
}

export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** ISO strings of one fixed width compare correctly as strings. */
export const compareDates = (a: LocalDate, b: LocalDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a <= b ? a : b);
export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);

// Day arithmetic through UTC epoch days: no time zone or DST can shift a calendar date.
const toEpochDay = (d: LocalDate): number => {
  const { year, month, day } = dateParts(d);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};
const fromEpochDay = (n: number): LocalDate => {
  const t = new Date(n * 86_400_000);
  return localDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

export const addDays = (d: LocalDate, n: number): LocalDate => fromEpochDay(toEpochDay(d) + n);
/** Days from a to b (b − a); negative when b is earlier. */
export const daysBetween = (a: LocalDate, b: LocalDate): number => toEpochDay(b) - toEpochDay(a);
/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (d: LocalDate): number => {
  const w = new Date(toEpochDay(d) * 86_400_000).getUTCDay();
  return w === 0 ? 7 : w;
};

export function lastDayOfMonth(d: LocalDate): LocalDate {
  const { year, month } = dateParts(d);
  return localDate(year, month, daysInMonth(year, month));
}
export const isLastDayOfMonth = (d: LocalDate): boolean => lastDayOfMonth(d) === d;

/**
 * Calendar months with month-end semantics (SPEC §3.3): the last day of a month maps to the last day of
 * the target month (2026-02-28 + 6 = 2026-08-31); any other day keeps its number, clamped to the target
 * month's length (2026-01-30 + 1 = 2026-02-28).
 */
export function addMonths(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`months must be whole: ${n}`);
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  return localDate(ty, tm, isLastDayOfMonth(d) ? last : Math.min(day, last));
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
/** Inclusive: a period from a day to the same day is one day long. */
export const periodLengthDays = (p: Period): number => daysBetween(p.start, p.end) + 1;
/** "Extend by six months": the end moves by calendar months with month-end semantics. */
export const extendPeriodByMonths = (p: Period, months: number): Period => ({
  start: p.start,
  end: addMonths(p.end, months),
});

// ---- Instants to dates ----

const stockholmFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The calendar date in Sweden at an instant (a decision taken at 00:30 Swedish time is dated that day). */
export function localDateInStockholm(instant: Date): LocalDate {
  const parts = stockholmFormat.formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return localDate(get('year'), get('month'), get('day'));
}
export const today = (clock: Clock): LocalDate => localDateInStockholm(clock.now());

// ---- Swedish date text ----

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** "7 december 2023", "den 31 augusti 2026", "31 aug. 2026", "2024-02-01", "2024-2-1". */
export function parseSwedishDate(text: string): Result<LocalDate> {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return parseLocalDate(t);
  const m = /^(?:den )?(\d{1,2}) ([a-zåäö]+)\.? (\d{4})$/.exec(t);
  const month = m ? MONTHS[m[2]!] : undefined;
  if (!m || month === undefined) return err(domainError('date.invalid', { input: text }));
  const [y, d] = [Number(m[3]), Number(m[1])];
  if (d < 1 || d > daysInMonth(y, month)) return err(domainError('date.invalid', { input: text }));
  return ok(localDate(y, month, d));
}

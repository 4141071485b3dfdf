import { addDays, daysBetween, isoWeekday, localDate, type LocalDate } from './calendar.js';

/** Easter Sunday (Gregorian computus, the anonymous algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

/** The first Saturday on or after a date (midsummer day: 20–26 June; All Saints' Day: 31 Oct–6 Nov). */
function saturdayFrom(start: LocalDate): LocalDate {
  return addDays(start, (6 - isoWeekday(start) + 7) % 7);
}

/**
 * Swedish public holidays, plus the days that are non-working in practice (midsummer eve, Christmas Eve,
 * New Year's Eve), which is how authorities count business days.
 */
export function swedishHolidays(year: number): Map<LocalDate, string> {
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(localDate(year, 6, 20));
  const days: [LocalDate, string][] = [
    [localDate(year, 1, 1), 'Nyårsdagen'],
    [localDate(year, 1, 6), 'Trettondedag jul'],
    [addDays(easter, -2), 'Långfredagen'],
    [easter, 'Påskdagen'],
    [addDays(easter, 1), 'Annandag påsk'],
    [localDate(year, 5, 1), 'Första maj'],
    [addDays(easter, 39), 'Kristi himmelfärdsdag'],
    [addDays(easter, 49), 'Pingstdagen'],
    [localDate(year, 6, 6), 'Sveriges nationaldag'],
    [addDays(midsummerDay, -1), 'Midsommarafton'],
    [midsummerDay, 'Midsommardagen'],
    [saturdayFrom(localDate(year, 10, 31)), 'Alla helgons dag'],
    [localDate(year, 12, 24), 'Julafton'],
    [localDate(year, 12, 25), 'Juldagen'],
    [localDate(year, 12, 26), 'Annandag jul'],
    [localDate(year, 12, 31), 'Nyårsafton'],
  ];
  return new Map(days);
}

const holidayCache = new Map<number, Map<LocalDate, string>>();
export function holidayName(d: LocalDate): string | undefined {
  const year = Number(d.slice(0, 4));
  let map = holidayCache.get(year);
  if (!map) {
    map = swedishHolidays(year);
    holidayCache.set(year, map);
  }
  return map.get(d);
}

export const isBusinessDay = (d: LocalDate): boolean => isoWeekday(d) <= 5 && holidayName(d) === undefined;

export function nextBusinessDayOnOrAfter(d: LocalDate): LocalDate {
  let x = d;
  while (!isBusinessDay(x)) x = addDays(x, 1);
  return x;
}

/** n business days after d (n ≥ 0); d itself does not count. Negative n counts backwards. */
export function addBusinessDays(d: LocalDate, n: number): LocalDate {
  const step = n < 0 ? -1 : 1;
  let x = d;
  for (let left = Math.abs(n); left > 0;) {
    x = addDays(x, step);
    if (isBusinessDay(x)) left--;
  }
  return x;
}

export type BusinessDayRule = 'none' | 'next_business_day';
/** Where a rule says so, a deadline on a weekend or holiday moves to the next business day. */
export const adjustToBusinessDay = (d: LocalDate, rule: BusinessDayRule): LocalDate =>
  rule === 'next_business_day' ? nextBusinessDayOnOrAfter(d) : d;

/** "senast den 31 mars respektive år 2022–2025" → one date per year. */
export function yearlyDeadlines(rule: { month: number; day: number; yearFrom: number; yearTo: number }): LocalDate[] {
  const out: LocalDate[] = [];
  for (let y = rule.yearFrom; y <= rule.yearTo; y++) out.push(localDate(y, rule.month, rule.day));
  return out;
}

/** Reminder dates around a due date: negative offsets are before it, positive after (overdue reminders). */
export const reminderSchedule = (due: LocalDate, offsetsDays: readonly number[]): LocalDate[] =>
  [...offsetsDays].sort((a, b) => a - b).map((o) => addDays(due, o));

export type DeadlineState = 'upcoming' | 'due_soon' | 'due_today' | 'overdue' | 'done';
export interface DeadlineStatus {
  state: DeadlineState;
  /** Days until the due date (negative when overdue). */
  daysLeft: number;
}

/** Where a deadline stands today; "due soon" within `soonDays` (14 by default). */
export function deadlineStatus(
  due: LocalDate,
  today: LocalDate,
  opts: { done?: boolean; soonDays?: number } = {},
): DeadlineStatus {
  const daysLeft = daysBetween(today, due);
  if (opts.done) return { state: 'done', daysLeft };
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  if (daysLeft === 0) return { state: 'due_today', daysLeft };
  if (daysLeft <= (opts.soonDays ?? 14)) return { state: 'due_soon', daysLeft };
  return { state: 'upcoming', daysLeft };
}

import { addDays, isoWeekday, localDate, type LocalDate } from './calendar.js';

/** Easter Sunday (Gregorian computus, the "anonymous" algorithm): the movable holidays hang on it. */
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

/** The first Saturday on or after a date (midsummer day falls 20–26 June, All Saints' Day 31 Oct–6 Nov). */
const saturdayOnOrAfter = (start: LocalDate): LocalDate => addDays(start, (6 - isoWeekday(start) + 7) % 7);

/**
 * Swedish public holidays (lagen 1989:253 om allmänna helgdagar) plus midsummer eve, Christmas Eve and New
 * Year's Eve, which are not holidays in law but are non-working days in practice — authorities count
 * business days that way. Sundays such as Easter Day and Whit Sunday are listed for the calendar view.
 */
export function swedishHolidays(year: number): Map<LocalDate, string> {
  const easter = easterSunday(year);
  const midsummerDay = saturdayOnOrAfter(localDate(year, 6, 20));
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
    [saturdayOnOrAfter(localDate(year, 10, 31)), 'Alla helgons dag'],
    [localDate(year, 12, 24), 'Julafton'],
    [localDate(year, 12, 25), 'Juldagen'],
    [localDate(year, 12, 26), 'Annandag jul'],
    [localDate(year, 12, 31), 'Nyårsafton'],
  ];
  // Two holidays can share a day (Ascension Day on 1 May in 2008): keep both names.
  const byDate = new Map<LocalDate, string>();
  for (const [date, name] of days) byDate.set(date, byDate.has(date) ? `${byDate.get(date)} / ${name}` : name);
  return byDate;
}

// A pure memo: the holidays of a year never change, and deadline lists ask for the same years many times.
const holidayCache = new Map<number, Map<LocalDate, string>>();
export function holidayName(d: LocalDate): string | undefined {
  const year = Number(d.slice(0, 4));
  let days = holidayCache.get(year);
  if (!days) {
    days = swedishHolidays(year);
    holidayCache.set(year, days);
  }
  return days.get(d);
}

export const isBusinessDay = (d: LocalDate): boolean => isoWeekday(d) <= 5 && holidayName(d) === undefined;

export function nextBusinessDayOnOrAfter(d: LocalDate): LocalDate {
  let x = d;
  while (!isBusinessDay(x)) x = addDays(x, 1);
  return x;
}

/** n business days after d (d itself does not count); negative n counts backwards; 0 returns d unchanged. */
export function addBusinessDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be whole: ${n}`);
  const step = n < 0 ? -1 : 1;
  let x = d;
  for (let left = Math.abs(n); left > 0;) {
    x = addDays(x, step);
    if (isBusinessDay(x)) left--;
  }
  return x;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  easterSunday,
  holidayName,
  isBusinessDay,
  isoWeekday,
  localDate,
  nextBusinessDayOnOrAfter,
  parseLocalDate,
  swedishHolidays,
  unwrap,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));

describe('Swedish public holidays', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'], // the earliest possible
  ])('puts Easter Sunday %s on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    ['2026-01-01', 'Nyårsdagen'],
    ['2026-01-06', 'Trettondedag jul'],
    ['2026-04-03', 'Långfredagen'],
    ['2026-04-05', 'Påskdagen'],
    ['2026-04-06', 'Annandag påsk'],
    ['2026-05-01', 'Första maj'],
    ['2026-05-14', 'Kristi himmelfärdsdag'],
    ['2026-05-24', 'Pingstdagen'],
    ['2026-06-06', 'Sveriges nationaldag'],
    ['2026-06-19', 'Midsommarafton'],
    ['2026-06-20', 'Midsommardagen'],
    ['2026-10-31', 'Alla helgons dag'],
    ['2026-12-24', 'Julafton'],
    ['2026-12-25', 'Juldagen'],
    ['2026-12-26', 'Annandag jul'],
    ['2026-12-31', 'Nyårsafton'],
    ['2025-06-20', 'Midsommarafton'],
    ['2025-11-01', 'Alla helgons dag'],
    ['2024-06-21', 'Midsommarafton'],
    ['2024-11-02', 'Alla helgons dag'],
    ['2024-05-09', 'Kristi himmelfärdsdag'],
    ['2027-06-25', 'Midsommarafton'], // the latest possible midsummer eve
    ['2022-11-05', 'Alla helgons dag'],
  ])('knows %s is %s', (date, name) => {
    expect(holidayName(d(date))).toBe(name);
  });

  it('keeps both names when two holidays share a day', () => {
    expect(holidayName(d('2008-05-01'))).toBe('Första maj / Kristi himmelfärdsdag');
  });

  it.each(['2026-06-18', '2026-11-01', '2026-12-23', '2026-04-04', '2026-05-02'])('knows %s is no holiday', (date) => {
    expect(holidayName(d(date))).toBeUndefined();
  });

  it('lists sixteen days every year, midsummer eve always a Friday 19–25 June, All Saints a Saturday 31 Oct–6 Nov', () => {
    for (let year = 1990; year <= 2100; year++) {
      const days = swedishHolidays(year);
      const byName = new Map([...days].flatMap(([date, names]) => names.split(' / ').map((n) => [n, date] as const)));
      expect(byName.size).toBe(16);
      const eve = byName.get('Midsommarafton')!;
      expect(isoWeekday(eve)).toBe(5);
      expect(eve >= localDate(year, 6, 19) && eve <= localDate(year, 6, 25)).toBe(true);
      const allSaints = byName.get('Alla helgons dag')!;
      expect(isoWeekday(allSaints)).toBe(6);
      expect(allSaints >= localDate(year, 10, 31) && allSaints <= localDate(year, 11, 6)).toBe(true);
      expect(isoWeekday(byName.get('Påskdagen')!)).toBe(7);
      expect(isoWeekday(byName.get('Kristi himmelfärdsdag')!)).toBe(4);
    }
  });
});

describe('business days', () => {
  it.each([
    ['2026-11-24', true], // Tuesday
    ['2026-11-27', true], // Friday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-06-19', false], // midsummer eve
    ['2026-04-03', false], // Good Friday
    ['2026-04-06', false], // Easter Monday
    ['2026-05-14', false], // Ascension Day
    ['2026-12-24', false], // Christmas Eve, non-working in practice
    ['2026-12-31', false], // New Year's Eve, likewise
    ['2026-01-06', false],
    ['2026-06-05', true],
    ['2025-03-31', true], // a requisition deadline on a Monday
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(d(date))).toBe(expected);
  });

  it.each([
    ['2026-12-24', '2026-12-28'], // over Christmas and a weekend
    ['2026-12-31', '2027-01-04'],
    ['2026-04-03', '2026-04-07'], // over Easter
    ['2026-06-19', '2026-06-22'],
    ['2026-11-24', '2026-11-24'], // already a business day
    ['2026-02-28', '2026-03-02'],
  ])('the first business day on or after %s is %s', (from, to) => {
    expect(nextBusinessDayOnOrAfter(d(from))).toBe(to);
  });

  it.each([
    ['2026-04-02', 1, '2026-04-07'], // over Easter
    ['2026-11-23', 5, '2026-11-30'],
    ['2026-11-30', -5, '2026-11-23'],
    ['2026-11-24', 0, '2026-11-24'],
    ['2026-11-28', 0, '2026-11-28'],
    ['2026-12-23', 1, '2026-12-28'],
    ['2026-12-23', 3, '2026-12-30'],
    ['2026-12-23', 4, '2027-01-04'], // over New Year
    ['2027-01-04', -1, '2026-12-30'],
  ])('%s plus %s business days is %s', (from, n, to) => {
    expect(addBusinessDays(d(from), n)).toBe(to);
  });

  it('refuses a fraction of a business day', () => {
    expect(() => addBusinessDays(d('2026-11-24'), 1.5)).toThrow(RangeError);
  });

  it('always lands on a business day and counts exactly n business days in between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }).map((n) => addDays(d('2020-01-01'), n)),
        fc.integer({ min: 1, max: 60 }),
        (from, n) => {
          const to = addBusinessDays(from, n);
          expect(isBusinessDay(to)).toBe(true);
          let count = 0;
          for (let x = addDays(from, 1); x <= to; x = addDays(x, 1)) if (isBusinessDay(x)) count++;
          expect(count).toBe(n);
        },
      ),
    );
  });
});

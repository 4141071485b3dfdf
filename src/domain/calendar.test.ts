import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateParts,
  daysBetween,
  daysInMonth,
  isLastDayOfMonth,
  isLeapYear,
  isLocalDate,
  isoWeekday,
  lastDayOfMonth,
  localDate,
  maxDate,
  minDate,
  parseLocalDate,
  periodCoversYear,
  unwrap,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const anyDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2200 }),
    m: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, day }) => localDate(y, m, Math.min(day, daysInMonth(y, m))));

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '0001-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(parseLocalDate(s)).toEqual({ ok: true, value: s });
  });

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2026-13-01',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5', // the API form is strict; Swedish text goes through parseSwedishDate
    '31/12/2026',
    '2026-12-31T00:00',
    ' 2026-12-31',
    '',
    'igår',
  ])('refuses %s with a message naming the input', (s) => {
    const r = parseLocalDate(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('date.invalid');
      expect(r.error.message.sv).toContain(`"${s}"`);
    }
  });

  it('tells a date string from any other string', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
  });

  it.each([
    [2024, true],
    [2000, true],
    [1900, false],
    [2023, false],
    [2100, false],
  ])('knows whether %s is a leap year (%s)', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
    expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    [1, 31],
    [4, 30],
    [6, 30],
    [7, 31],
    [9, 30],
    [11, 30],
    [12, 31],
  ])('knows month %s has %s days', (m, n) => {
    expect(daysInMonth(2026, m)).toBe(n);
  });

  it('builds dates from numbers and refuses impossible ones', () => {
    expect(localDate(2026, 8, 31)).toBe('2026-08-31');
    expect(dateParts(d('2026-08-31'))).toEqual({ year: 2026, month: 8, day: 31 });
    expect(() => localDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => localDate(2026, 1, 1.5)).toThrow(RangeError);
    expect(() => localDate(10_000, 1, 1)).toThrow(RangeError);
  });

  it('orders dates', () => {
    expect(compareDates(d('2026-02-28'), d('2026-08-31'))).toBe(-1);
    expect(compareDates(d('2026-08-31'), d('2026-02-28'))).toBe(1);
    expect(compareDates(d('2026-08-31'), d('2026-08-31'))).toBe(0);
    expect(minDate(d('2026-02-28'), d('2025-12-31'))).toBe('2025-12-31');
    expect(maxDate(d('2026-02-28'), d('2025-12-31'))).toBe('2026-02-28');
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-28', 2, '2026-03-30'], // over the change to summer time
    ['2026-10-24', 2, '2026-10-26'], // over the change to winter time
    ['2026-01-01', -1, '2025-12-31'],
    ['2023-03-01', 1280, '2026-09-01'],
  ])('%s plus %s days is %s', (from, n, to) => {
    expect(addDays(d(from), n)).toBe(to);
    expect(daysBetween(d(from), d(to))).toBe(n);
  });

  it('refuses a fraction of a day', () => {
    expect(() => addDays(d('2026-01-01'), 0.5)).toThrow(RangeError);
  });

  it('counts days back and forth consistently', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (from, n) => {
        expect(daysBetween(from, addDays(from, n))).toBe(n);
        expect(addDays(addDays(from, n), -n)).toBe(from);
      }),
    );
  });

  it.each([
    ['2026-11-23', 1], // Monday
    ['2026-11-28', 6],
    ['2026-11-29', 7],
    ['2024-02-29', 4],
  ])('knows %s is ISO weekday %s', (date, w) => {
    expect(isoWeekday(d(date))).toBe(w);
  });

  it.each([
    ['2026-02-10', '2026-02-28'],
    ['2024-02-01', '2024-02-29'],
    ['2026-08-31', '2026-08-31'],
    ['2026-04-15', '2026-04-30'],
  ])('the last day of the month of %s is %s', (date, last) => {
    expect(lastDayOfMonth(d(date))).toBe(last);
    expect(isLastDayOfMonth(d(last))).toBe(true);
    expect(isLastDayOfMonth(d(date))).toBe(date === last);
  });
});

describe('adding calendar months with month-end semantics', () => {
  it.each([
    ['2026-02-28', 6, '2026-08-31'], // DOVI: the last day of February + six months = the last day of August
    ['2024-02-29', 12, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'], // into a leap February
    ['2026-01-30', 1, '2026-02-28'], // not a month end: clamped
    ['2024-01-30', 1, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-04-30', 1, '2026-05-31'], // month end stays month end
    ['2026-05-30', 1, '2026-06-30'],
    ['2026-05-30', 2, '2026-07-30'], // not a month end: keeps its day
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', -13, '2024-12-31'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2027-01-31', 36, '2030-01-31'],
  ])('%s + %s months = %s', (from, n, to) => {
    expect(addMonths(d(from), n)).toBe(to);
  });

  it('refuses a fraction of a month', () => {
    expect(() => addMonths(d('2026-02-28'), 0.5)).toThrow(RangeError);
  });

  it('moves by exactly n months, keeps a month end a month end, and any other day its number clamped', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (from, n) => {
        const to = addMonths(from, n);
        const [f, t] = [dateParts(from), dateParts(to)];
        expect((t.year - f.year) * 12 + (t.month - f.month)).toBe(n);
        if (isLastDayOfMonth(from)) expect(isLastDayOfMonth(to)).toBe(true);
        else expect(t.day).toBe(Math.min(f.day, daysInMonth(t.year, t.month)));
      }),
    );
  });

  it('goes back where it came from for month ends and for days that are never a month end (1–27)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (from, n) => {
        fc.pre(isLastDayOfMonth(from) || dateParts(from).day <= 27);
        expect(addMonths(addMonths(from, n), -n)).toBe(from);
      }),
    );
  });

  it('adds months in steps the same as at once, for month ends', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), (from, a, b) => {
        const end = lastDayOfMonth(from);
        expect(addMonths(addMonths(end, a), b)).toBe(addMonths(end, a + b));
      }),
    );
  });
});

describe('the calendar years a period covers (where a budget may spend)', () => {
  const dovi = { start: '2023-03-01', end: '2026-08-31' };
  it.each([
    [2022, false],
    [2023, true],
    [2024, true],
    [2026, true],
    [2027, false],
  ])('DOVI 2023-03-01 – 2026-08-31 covers %i: %s', (year, covered) => {
    expect(periodCoversYear(dovi, year)).toBe(covered);
  });

  it('counts a year of which the period holds one day only, at either end', () => {
    expect(periodCoversYear({ start: '2024-12-31', end: '2025-01-01' }, 2024)).toBe(true);
    expect(periodCoversYear({ start: '2024-12-31', end: '2025-01-01' }, 2025)).toBe(true);
    expect(periodCoversYear({ start: '2024-12-31', end: '2025-01-01' }, 2023)).toBe(false);
  });

  it("covers exactly the years from the start's year to the end's year, for any period", () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: 1890, max: 2210 }), (a, b, year) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const covered = periodCoversYear({ start, end }, year);
        expect(covered).toBe(dateParts(start).year <= year && year <= dateParts(end).year);
      }),
    );
  });
});

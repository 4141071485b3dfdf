import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  adjustToBusinessDay,
  deadlineStatus,
  easterSunday,
  holidayName,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
  parseLocalDate,
  reminderSchedule,
  swedishHolidays,
  unwrap,
  yearlyDeadlines,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));

describe('Swedish public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('puts Easter Sunday %s on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    ['2026-01-01', 'Nyårsdagen'],
    ['2026-01-06', 'Trettondedag jul'],
    ['2026-04-03', 'Långfredagen'],
    ['2026-04-06', 'Annandag påsk'],
    ['2026-05-01', 'Första maj'],
    ['2026-05-14', 'Kristi himmelfärdsdag'],
    ['2026-06-06', 'Sveriges nationaldag'],
    ['2026-06-19', 'Midsommarafton'],
    ['2026-06-20', 'Midsommardagen'],
    ['2026-10-31', 'Alla helgons dag'],
    ['2025-11-01', 'Alla helgons dag'],
    ['2026-12-24', 'Julafton'],
    ['2026-12-25', 'Juldagen'],
    ['2026-12-26', 'Annandag jul'],
    ['2026-12-31', 'Nyårsafton'],
  ])('knows %s is %s', (date, name) => {
    expect(holidayName(d(date))).toBe(name);
  });

  it('lists sixteen days a year', () => {
    expect(swedishHolidays(2026).size).toBe(16);
  });
});

describe('business days', () => {
  it.each([
    ['2026-11-24', true], // Tuesday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-06-19', false], // midsummer eve
    ['2026-04-03', false], // Good Friday
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(d(date))).toBe(expected);
  });

  it('moves a deadline on a weekend or holiday to the next business day only where the rule says so', () => {
    expect(nextBusinessDayOnOrAfter(d('2026-12-24'))).toBe('2026-12-28');
    expect(adjustToBusinessDay(d('2026-02-28'), 'next_business_day')).toBe('2026-03-02');
    expect(adjustToBusinessDay(d('2026-02-28'), 'none')).toBe('2026-02-28');
  });

  it('counts business days forwards and backwards, skipping holidays', () => {
    expect(addBusinessDays(d('2026-04-02'), 1)).toBe('2026-04-07'); // over Easter
    expect(addBusinessDays(d('2026-11-23'), 5)).toBe('2026-11-30');
    expect(addBusinessDays(d('2026-11-30'), -5)).toBe('2026-11-23');
    expect(addBusinessDays(d('2026-11-24'), 0)).toBe('2026-11-24');
  });
});

describe('deadlines from a state decision', () => {
  it('expands "senast den 31 mars respektive år" 2022–2025 into four dates', () => {
    expect(yearlyDeadlines({ month: 3, day: 31, yearFrom: 2022, yearTo: 2025 })).toEqual([
      '2022-03-31',
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
    ]);
  });

  it('expands the account (31 January) and repayment (26 February) deadlines', () => {
    expect(yearlyDeadlines({ month: 1, day: 31, yearFrom: 2022, yearTo: 2025 })).toHaveLength(4);
    expect(yearlyDeadlines({ month: 2, day: 26, yearFrom: 2022, yearTo: 2022 })).toEqual(['2022-02-26']);
  });
});

describe('reminders and deadline states', () => {
  it('schedules reminders before and after the due date', () => {
    expect(reminderSchedule(d('2026-03-31'), [7, -14, -3])).toEqual(['2026-03-17', '2026-03-28', '2026-04-07']);
  });

  it.each([
    ['2026-12-31', '2026-11-24', 'upcoming', 37],
    ['2026-12-01', '2026-11-24', 'due_soon', 7],
    ['2026-11-24', '2026-11-24', 'due_today', 0],
    ['2026-11-20', '2026-11-24', 'overdue', -4],
  ])('a deadline %s seen on %s is %s (%s days)', (due, today, state, days) => {
    expect(deadlineStatus(d(due), d(today))).toEqual({ state, daysLeft: days });
  });

  it('a met deadline is done whatever the date', () => {
    expect(deadlineStatus(d('2026-11-20'), d('2026-11-24'), { done: true }).state).toBe('done');
  });
});

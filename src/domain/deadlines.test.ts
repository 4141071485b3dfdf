import { describe, expect, it } from 'vitest';
import {
  adjustToBusinessDay,
  allocationDeadlinesByYear,
  deadlineStatus,
  parseLocalDate,
  reminderSchedule,
  unwrap,
  yearlyDeadlines,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));

describe('deadlines from a state decision (seed 003)', () => {
  it('expands "senast den 31 mars respektive år" 2022–2025 into four dates', () => {
    expect(yearlyDeadlines({ month: 3, day: 31, yearFrom: 2022, yearTo: 2025 })).toEqual([
      '2022-03-31',
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
    ]);
  });

  it('expands the account (31 January) and repayment (26 February) deadlines', () => {
    expect(yearlyDeadlines({ month: 1, day: 31, yearFrom: 2022, yearTo: 2025 })).toEqual([
      '2022-01-31',
      '2023-01-31',
      '2024-01-31',
      '2025-01-31',
    ]);
    expect(yearlyDeadlines({ month: 2, day: 26, yearFrom: 2022, yearTo: 2022 })).toEqual(['2022-02-26']);
  });

  it('moves each date to a business day only where the rule says so', () => {
    // 2022-02-26 and 2023-02-26 fall on a Saturday and a Sunday.
    expect(
      yearlyDeadlines({ month: 2, day: 26, yearFrom: 2022, yearTo: 2024, businessDayRule: 'next_business_day' }),
    ).toEqual(['2022-02-28', '2023-02-27', '2024-02-26']);
  });

  it('knows the last day of February in leap and common years', () => {
    expect(yearlyDeadlines({ month: 2, day: 'last', yearFrom: 2023, yearTo: 2024 })).toEqual([
      '2023-02-28',
      '2024-02-29',
    ]);
  });

  it('refuses a fixed day that does not exist in every year, and a reversed range', () => {
    expect(() => yearlyDeadlines({ month: 2, day: 29, yearFrom: 2023, yearTo: 2024 })).toThrow(RangeError);
    expect(() => yearlyDeadlines({ month: 3, day: 31, yearFrom: 2025, yearTo: 2022 })).toThrow(RangeError);
  });
});

describe('adjusting a deadline to a business day', () => {
  it.each([
    ['2026-02-28', 'next_business_day', '2026-03-02'],
    ['2026-02-28', 'none', '2026-02-28'],
    ['2026-12-24', 'next_business_day', '2026-12-28'],
    ['2026-03-31', 'next_business_day', '2026-03-31'],
  ] as const)('%s with rule %s is %s', (date, rule, expected) => {
    expect(adjustToBusinessDay(d(date), rule)).toBe(expected);
  });
});

describe('reminders', () => {
  it('schedules reminders before and after the due date, in date order', () => {
    expect(reminderSchedule(d('2026-03-31'), [-14, -3, 1, 7])).toEqual([
      '2026-03-17',
      '2026-03-28',
      '2026-04-01',
      '2026-04-07',
    ]);
  });

  it('sorts and removes repeated offsets', () => {
    expect(reminderSchedule(d('2026-03-31'), [7, -14, 7, -3])).toEqual(['2026-03-17', '2026-03-28', '2026-04-07']);
    expect(reminderSchedule(d('2026-03-31'), [])).toEqual([]);
  });
});

describe('where a deadline stands', () => {
  it.each([
    ['2026-12-31', '2026-11-24', 'upcoming', 37],
    ['2026-12-09', '2026-11-24', 'upcoming', 15],
    ['2026-12-08', '2026-11-24', 'due_soon', 14],
    ['2026-11-25', '2026-11-24', 'due_soon', 1],
    ['2026-11-24', '2026-11-24', 'due_today', 0],
    ['2026-11-23', '2026-11-24', 'overdue', -1],
    ['2026-11-20', '2026-11-24', 'overdue', -4],
  ])('a deadline %s seen on %s is %s (%s days)', (due, today, state, days) => {
    expect(deadlineStatus(d(due), d(today))).toEqual({ state, daysLeft: days });
  });

  it('uses a configured "soon"', () => {
    expect(deadlineStatus(d('2026-12-08'), d('2026-11-24'), { soonDays: 7 }).state).toBe('upcoming');
    expect(deadlineStatus(d('2026-12-01'), d('2026-11-24'), { soonDays: 7 }).state).toBe('due_soon');
  });

  it('calls a met deadline done whatever the date, keeping the day count', () => {
    expect(deadlineStatus(d('2026-11-20'), d('2026-11-24'), { done: true })).toEqual({ state: 'done', daysLeft: -4 });
  });
});

describe('allocationDeadlinesByYear', () => {
  it("seed 003: each year's requisition in the year, its account and repayment the year after, none for 2025", () => {
    const rows = allocationDeadlinesByYear({
      yearFrom: 2021,
      yearTo: 2025,
      requisition: ['2021-11-15', '2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'].map(d),
      account: ['2022-01-31', '2023-01-31', '2024-01-31', '2025-01-31'].map(d),
      repayment: ['2022-02-26', '2023-02-26', '2024-02-26', '2025-02-26'].map(d),
    });
    expect(rows).toEqual([
      { year: 2021, requisition: '2021-11-15', account: '2022-01-31', repayment: '2022-02-26' },
      { year: 2022, requisition: '2022-03-31', account: '2023-01-31', repayment: '2023-02-26' },
      { year: 2023, requisition: '2023-03-31', account: '2024-01-31', repayment: '2024-02-26' },
      { year: 2024, requisition: '2024-03-31', account: '2025-01-31', repayment: '2025-02-26' },
      { year: 2025, requisition: '2025-03-31', account: null, repayment: null },
    ]);
  });

  it('an account due at the end of each year belongs to that year', () => {
    const rows = allocationDeadlinesByYear({
      yearFrom: 2023,
      yearTo: 2024,
      requisition: ['2023-03-31', '2024-03-31'].map(d),
      account: ['2023-12-31', '2024-12-31'].map(d),
      repayment: [],
    });
    expect(rows.map((r) => [r.year, r.account, r.repayment])).toEqual([
      [2023, '2023-12-31', null],
      [2024, '2024-12-31', null],
    ]);
  });

  it('without requisition deadlines, each year takes the next account deadline once, in order', () => {
    const rows = allocationDeadlinesByYear({
      yearFrom: 2021,
      yearTo: 2023,
      requisition: [],
      account: ['2023-01-31', '2022-01-31', '2022-01-31'].map(d),
      repayment: [],
    });
    expect(rows.map((r) => [r.year, r.requisition, r.account])).toEqual([
      [2021, null, '2022-01-31'],
      [2022, null, '2023-01-31'],
      [2023, null, null],
    ]);
  });

  it('a requisition deadline outside the years belongs to none of them; a reversed range is refused', () => {
    const rows = allocationDeadlinesByYear({
      yearFrom: 2022,
      yearTo: 2022,
      requisition: ['2021-11-15', '2022-03-31'].map(d),
      account: [],
      repayment: [],
    });
    expect(rows).toEqual([{ year: 2022, requisition: '2022-03-31', account: null, repayment: null }]);
    expect(() =>
      allocationDeadlinesByYear({ yearFrom: 2023, yearTo: 2022, requisition: [], account: [], repayment: [] }),
    ).toThrow(RangeError);
  });
});

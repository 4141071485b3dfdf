import { nextBusinessDayOnOrAfter } from './business-days.js';
import { addDays, daysBetween, daysInMonth, localDate, type LocalDate } from './calendar.js';

export type BusinessDayRule = 'none' | 'next_business_day';
/** Only where a rule says so does a deadline on a weekend or holiday move to the next business day. */
export const adjustToBusinessDay = (d: LocalDate, rule: BusinessDayRule): LocalDate =>
  rule === 'next_business_day' ? nextBusinessDayOnOrAfter(d) : d;

export interface YearlyDeadlineRule {
  month: number;
  /** A day of the month, or 'last' for rules such as "senast den sista februari". */
  day: number | 'last';
  yearFrom: number;
  yearTo: number;
  businessDayRule?: BusinessDayRule;
}

/** "senast den 31 mars respektive år 2022–2025" → 2022-03-31, 2023-03-31, 2024-03-31, 2025-03-31. */
export function yearlyDeadlines(rule: YearlyDeadlineRule): LocalDate[] {
  if (!Number.isInteger(rule.yearFrom) || !Number.isInteger(rule.yearTo) || rule.yearFrom > rule.yearTo) {
    throw new RangeError(`not a range of years: ${rule.yearFrom}–${rule.yearTo}`);
  }
  const out: LocalDate[] = [];
  for (let y = rule.yearFrom; y <= rule.yearTo; y++) {
    // A fixed 29 February would not exist in most years: refuse it rather than guess (localDate throws).
    const day = rule.day === 'last' ? daysInMonth(y, rule.month) : rule.day;
    out.push(adjustToBusinessDay(localDate(y, rule.month, day), rule.businessDayRule ?? 'none'));
  }
  return out;
}

/**
 * Reminder dates around a due date: negative offsets before it, positive after it (overdue reminders),
 * in date order and without duplicates, e.g. [-14, -3, 1, 7].
 */
export function reminderSchedule(due: LocalDate, offsetsDays: readonly number[]): LocalDate[] {
  return [...new Set(offsetsDays)].sort((a, b) => a - b).map((o) => addDays(due, o));
}

export type DeadlineState = 'upcoming' | 'due_soon' | 'due_today' | 'overdue' | 'done';
export interface DeadlineStatus {
  state: DeadlineState;
  /** Days from today to the due date: 0 on the day, negative when overdue. */
  daysLeft: number;
}

/**
 * Where a deadline stands on a given day. Overdue is computed, never stored, so it cannot go stale.
 * "Due soon" is within `soonDays` (14 by default) days.
 */
export function deadlineStatus(
  due: LocalDate,
  today: LocalDate,
  options: { done?: boolean; soonDays?: number } = {},
): DeadlineStatus {
  const daysLeft = daysBetween(today, due);
  if (options.done) return { state: 'done', daysLeft };
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  if (daysLeft === 0) return { state: 'due_today', daysLeft };
  if (daysLeft <= (options.soonDays ?? 14)) return { state: 'due_soon', daysLeft };
  return { state: 'upcoming', daysLeft };
}

export interface AllocationYearDeadlines {
  year: number;
  requisition: LocalDate | null;
  account: LocalDate | null;
  repayment: LocalDate | null;
}

/**
 * Which of a state decision's deadlines belong to which year's money. The requisition deadline of a year
 * is the one dated in that year. Accounting and repayment follow the use of the money, so each year in
 * turn takes the first deadline not yet taken that falls after its requisition deadline (after the year
 * begins when it has none). Seed 003: requisition 2021-11-15 for 2021, account 2022-01-31 for 2021, and
 * no account deadline for 2025, which the decision does not set; "31 december respektive år" would give
 * each year its own year's date.
 */
export function allocationDeadlinesByYear(input: {
  yearFrom: number;
  yearTo: number;
  requisition: readonly LocalDate[];
  account: readonly LocalDate[];
  repayment: readonly LocalDate[];
}): AllocationYearDeadlines[] {
  if (!Number.isInteger(input.yearFrom) || !Number.isInteger(input.yearTo) || input.yearFrom > input.yearTo) {
    throw new RangeError(`not a range of years: ${input.yearFrom}–${input.yearTo}`);
  }
  const account = [...new Set(input.account)].sort();
  const repayment = [...new Set(input.repayment)].sort();
  const takeAfter = (dates: LocalDate[], after: LocalDate): LocalDate | null => {
    const i = dates.findIndex((d) => d > after);
    return i < 0 ? null : dates.splice(i, 1)[0]!;
  };
  const out: AllocationYearDeadlines[] = [];
  for (let year = input.yearFrom; year <= input.yearTo; year++) {
    const requisition = [...input.requisition].sort().find((d) => d.startsWith(`${year}-`)) ?? null;
    const anchor = requisition ?? addDays(localDate(year, 1, 1), -1);
    out.push({ year, requisition, account: takeAfter(account, anchor), repayment: takeAfter(repayment, anchor) });
  }
  return out;
}

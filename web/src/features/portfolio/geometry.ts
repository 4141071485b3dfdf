import { addDays, daysBetween, localDate, dateParts, type LocalDate } from '../../../../src/domain/index.js';

/*
 * The arithmetic of the charts, pure so it can be tested without a browser (tests/web/portfolio-geometry.test.ts).
 * Positions are fractions 0…1 of the drawing width; the components multiply them out.
 */

/** A bar's length as a fraction of the largest value; 0 for nothing, never below a visible sliver otherwise. */
export function barFraction(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(value / max, 0.004);
}

/** A time axis over whole days: an inclusive range, where a day's bar ends where the next day begins. */
export interface TimeRange {
  start: LocalDate;
  /** Inclusive. */
  end: LocalDate;
}

/** The range that holds the project period and every dated activity. Null when nothing is dated. */
export function ganttRange(
  period: { start: string | null; end: string | null },
  activities: readonly { start: string | null; end: string | null }[],
): TimeRange | null {
  const starts = [period.start, ...activities.map((a) => a.start)].filter((d): d is string => d !== null);
  const ends = [period.end, ...activities.map((a) => a.end)].filter((d): d is string => d !== null);
  if (starts.length === 0 || ends.length === 0) return null;
  const start = starts.reduce((a, b) => (a < b ? a : b)) as LocalDate;
  const end = ends.reduce((a, b) => (a > b ? a : b)) as LocalDate;
  return start <= end ? { start, end } : null;
}

const totalDays = (r: TimeRange) => daysBetween(r.start, r.end) + 1;

/** Where the day begins (0 at the range's first day, 1 after its last day), clamped to the range. */
export function dayStart(date: string, r: TimeRange): number {
  return Math.min(1, Math.max(0, daysBetween(r.start, date as LocalDate) / totalDays(r)));
}

/** Where the day ends: an activity ending on a day covers that whole day. */
export const dayEnd = (date: string, r: TimeRange): number => dayStart(addDays(date as LocalDate, 1), r);

/** The span of an inclusive period as [left, width] fractions. */
export function span(start: string, end: string, r: TimeRange): { left: number; width: number } {
  const left = dayStart(start, r);
  return { left, width: Math.max(0, dayEnd(end, r) - left) };
}

export const inRange = (date: string, r: TimeRange): boolean => r.start <= date && date <= r.end;

export interface MonthTick {
  date: LocalDate;
  position: number;
  year: number;
  month: number;
  /** January: where the axis writes the year. */
  yearStart: boolean;
}

/** One tick at the first of each month inside the range (plus the range's first month). */
export function monthTicks(r: TimeRange): MonthTick[] {
  const ticks: MonthTick[] = [];
  let { year, month } = dateParts(r.start);
  for (;;) {
    const date = localDate(year, month, 1);
    if (date > r.end) break;
    ticks.push({
      date,
      position: dayStart(date, r),
      year,
      month,
      yearStart: month === 1,
    });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return ticks;
}

/**
 * Which month ticks get a label: every month on a short range, every quarter on a longer one, only
 * years on a long one, so labels never crowd.
 */
export function labelledTicks(ticks: readonly MonthTick[]): MonthTick[] {
  const step = ticks.length <= 12 ? 1 : ticks.length <= 48 ? 3 : 12;
  return ticks.filter((t) => (t.month - 1) % step === 0);
}

/**
 * The range widened to today when today lies within `slackDays` of it, so the today marker shows on a
 * plan that has just ended or not yet begun, but a plan of years ago is not squeezed to make room for it.
 */
export function withToday(r: TimeRange, today: string, slackDays = 366): TimeRange {
  const t = today as LocalDate;
  if (inRange(t, r)) return r;
  if (t < r.start && daysBetween(t, r.start) <= slackDays) return { start: t, end: r.end };
  if (t > r.end && daysBetween(r.end, t) <= slackDays) return { start: r.start, end: t };
  return r;
}

import { addDays, daysBetween, type LocalDate } from './calendar.js';
import { reminderSchedule } from './deadlines.js';

/**
 * When reminders of a deadline go out (docs/domain/rules.md, "Deadlines and reminders"): 14 and 3 days before the due
 * date, and 1 and 7 days after it while the item is still open.
 */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-14, -3, 1, 7];

/**
 * How late a missed reminder may still go out: a runner that was down over a reminder's day sends it
 * when it comes back, but not a reminder whose moment has long passed (the next one, or none, is due).
 */
export const DEFAULT_REMINDER_CATCH_UP_DAYS = 2;

export interface DueReminder {
  /** The day the schedule set for it; with the item and the kind of deadline, the reminder's identity. */
  scheduledOn: LocalDate;
  /** Days relative to the due date: negative before it, positive after it. */
  offsetDays: number;
  /** Days from today to the due date (negative when overdue), for the text of the mail. */
  daysLeft: number;
}

/**
 * The one reminder of an open deadline to send today, or null: the latest scheduled day on or before
 * today, provided it is at most `catchUpDays` old. Only the latest counts, so a runner that missed
 * several days sends one reminder, never a burst of stale ones. A done item gets none.
 */
export function dueReminder(
  due: LocalDate,
  today: LocalDate,
  options: { offsetsDays?: readonly number[]; catchUpDays?: number; done?: boolean } = {},
): DueReminder | null {
  if (options.done) return null;
  const offsets = [...new Set(options.offsetsDays ?? DEFAULT_REMINDER_OFFSETS)].sort((a, b) => a - b);
  const schedule = reminderSchedule(due, offsets);
  let latest: number | null = null;
  for (let i = 0; i < schedule.length; i++) if (schedule[i]! <= today) latest = i;
  if (latest === null) return null;
  const scheduledOn = schedule[latest]!;
  if (daysBetween(scheduledOn, today) > (options.catchUpDays ?? DEFAULT_REMINDER_CATCH_UP_DAYS)) return null;
  return { scheduledOn, offsetDays: offsets[latest]!, daysLeft: daysBetween(today, due) };
}

/**
 * The due dates a runner needs to look at today: those with a reminder scheduled between
 * today − catchUpDays and today. Lets the database select candidates by an indexed date range.
 */
export function reminderWindow(
  today: LocalDate,
  options: { offsetsDays?: readonly number[]; catchUpDays?: number } = {},
): { from: LocalDate; to: LocalDate } {
  const offsets = options.offsetsDays ?? DEFAULT_REMINDER_OFFSETS;
  const catchUp = options.catchUpDays ?? DEFAULT_REMINDER_CATCH_UP_DAYS;
  if (offsets.length === 0) throw new RangeError('a reminder schedule needs at least one offset');
  // due = scheduled − offset, with scheduled in [today − catchUp, today].
  const min = Math.min(...offsets);
  const max = Math.max(...offsets);
  return { from: addDays(today, -catchUp - max), to: addDays(today, -min) };
}

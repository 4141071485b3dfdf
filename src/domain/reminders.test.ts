import { describe, expect, it } from 'vitest';
import { addDays, dueReminder, parseLocalDate, reminderWindow, unwrap, type LocalDate } from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const due = d('2025-03-31');

describe('the reminder to send on a day', () => {
  it.each([
    ['2025-03-16', null, null],
    ['2025-03-17', '2025-03-17', -14],
    ['2025-03-18', '2025-03-17', -14],
    ['2025-03-19', '2025-03-17', -14],
    ['2025-03-20', null, null],
    ['2025-03-28', '2025-03-28', -3],
    ['2025-03-30', '2025-03-28', -3],
    ['2025-03-31', null, null],
    ['2025-04-01', '2025-04-01', 1],
    ['2025-04-07', '2025-04-07', 7],
    ['2025-04-09', '2025-04-07', 7],
    ['2025-04-10', null, null],
  ])('on %s: scheduled %s (offset %s)', (today, scheduledOn, offsetDays) => {
    const r = dueReminder(due, d(today));
    if (scheduledOn === null) expect(r).toBeNull();
    else expect(r).toMatchObject({ scheduledOn, offsetDays });
  });

  it('counts the days left from today, negative once overdue', () => {
    expect(dueReminder(due, d('2025-03-18'))?.daysLeft).toBe(13);
    expect(dueReminder(due, d('2025-04-08'))?.daysLeft).toBe(-8);
  });

  it('sends nothing for an item already done', () => {
    expect(dueReminder(due, d('2025-03-17'), { done: true })).toBeNull();
  });

  it('takes its own offsets and catch-up window, in any order and with repeats', () => {
    expect(dueReminder(due, d('2025-03-30'), { offsetsDays: [0, -1, -1], catchUpDays: 0 })).toMatchObject({
      scheduledOn: '2025-03-30',
      offsetDays: -1,
    });
    expect(dueReminder(due, d('2025-03-31'), { offsetsDays: [-1], catchUpDays: 0 })).toBeNull();
    expect(dueReminder(due, d('2025-03-17'), { offsetsDays: [] })).toBeNull();
  });

  it('after a long outage sends only the latest reminder, not every missed one', () => {
    // Down from 2025-03-15 to 2025-04-02: the -14 and -3 reminders were missed; only +1 goes out.
    expect(dueReminder(due, d('2025-04-02'))).toMatchObject({ scheduledOn: '2025-04-01', offsetDays: 1 });
  });
});

describe('the window of due dates a runner looks at', () => {
  it('covers every due date with a reminder scheduled in the catch-up window', () => {
    const today = d('2025-03-20');
    const { from, to } = reminderWindow(today);
    expect({ from, to }).toEqual({ from: '2025-03-11', to: '2025-04-03' });
    // Property: for every due date around today, a reminder is due exactly when the date is in the window.
    for (let i = -40; i <= 40; i++) {
      const dueDate: LocalDate = addDays(today, i);
      const inWindow = dueDate >= from && dueDate <= to;
      if (dueReminder(dueDate, today) !== null) expect(inWindow).toBe(true);
    }
  });

  it('refuses an empty schedule', () => {
    expect(() => reminderWindow(d('2025-03-20'), { offsetsDays: [] })).toThrow(RangeError);
  });
});

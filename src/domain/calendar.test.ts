import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  extendPeriodByMonths,
  isLastDayOfMonth,
  localDate,
  localDateInStockholm,
  parseLocalDate,
  parseSwedishDate,
  period,
  periodContains,
  periodContainsPeriod,
  periodLengthDays,
  periodOverlaps,
  today,
  unwrap,
  type LocalDate,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-1-5'])('accepts %s', (s) => {
    expect(parseLocalDate(s).ok).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '31/12/2026', '', 'igår'])(
    'refuses %s with a message naming the input',
    (s) => {
      const r = parseLocalDate(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.sv).toContain(s);
    },
  );

  it('normalises single-digit months and days', () => {
    expect(d('2026-1-5')).toBe('2026-01-05');
  });

  it('counts days across leap years and DST changes', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2026-03-28'), d('2026-03-30'))).toBe(2);
    expect(addDays(d('2026-10-24'), 2)).toBe('2026-10-26');
    expect(addDays(d('2026-01-01'), -1)).toBe('2025-12-31');
  });
});

describe('adding calendar months with month-end semantics', () => {
  it.each([
    ['2026-02-28', 6, '2026-08-31'], // DOVI: last day of February + six months = last day of August
    ['2024-02-29', 12, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-04-30', 1, '2026-05-31'],
    ['2026-05-30', 1, '2026-06-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', -13, '2024-12-31'],
    ['2026-06-15', 0, '2026-06-15'],
  ])('%s + %s months = %s', (from, n, to) => {
    expect(addMonths(d(from), n)).toBe(to);
  });

  it('extends DOVI from 2023-03-01 – 2026-02-28 by six months to 2026-08-31', () => {
    const p = unwrap(period(d('2023-03-01'), d('2026-02-28')));
    expect(extendPeriodByMonths(p, 6)).toEqual({ start: '2023-03-01', end: '2026-08-31' });
  });

  it('keeps a month end a month end, and any other day its number, clamped to the target month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -120, max: 120 }),
        (y, m, day, n) => {
          const from = localDate(y, m, Math.min(day, daysInMonth(y, m)));
          const to = addMonths(from, n);
          const [ty, tm, td] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8))];
          expect((ty - y) * 12 + (tm - m)).toBe(n);
          if (isLastDayOfMonth(from)) expect(isLastDayOfMonth(to)).toBe(true);
          else expect(td).toBe(Math.min(Number(from.slice(8)), daysInMonth(ty, tm)));
        },
      ),
    );
  });
});

describe('inclusive periods', () => {
  const p = unwrap(period(d('2024-02-01'), d('2027-01-31')));

  it('refuses a period that ends before it starts, saying both dates', () => {
    const r = period(d('2026-08-31'), d('2023-03-01'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toContain('2023-03-01');
  });

  it('includes both its first and last day', () => {
    expect(periodContains(p, d('2024-02-01'))).toBe(true);
    expect(periodContains(p, d('2027-01-31'))).toBe(true);
    expect(periodContains(p, d('2027-02-01'))).toBe(false);
    expect(periodContains(p, d('2024-01-31'))).toBe(false);
  });

  it('counts a one-day period as one day long', () => {
    expect(periodLengthDays({ start: d('2026-01-01'), end: d('2026-01-01') })).toBe(1);
    expect(periodLengthDays({ start: d('2024-01-01'), end: d('2024-12-31') })).toBe(366);
  });

  it('knows containment and overlap', () => {
    expect(periodContainsPeriod(p, { start: d('2024-02-01'), end: d('2027-01-31') })).toBe(true);
    expect(periodContainsPeriod(p, { start: d('2024-01-31'), end: d('2025-01-01') })).toBe(false);
    expect(periodOverlaps(p, { start: d('2027-01-31'), end: d('2028-01-01') })).toBe(true);
    expect(periodOverlaps(p, { start: d('2027-02-01'), end: d('2028-01-01') })).toBe(false);
  });
});

describe('dates written in Swedish', () => {
  it.each([
    ['7 december 2023', '2023-12-07'],
    ['den 31 augusti 2026', '2026-08-31'],
    ['31 aug. 2026', '2026-08-31'],
    ['den 15 november 2021', '2021-11-15'],
    ['1 Mars 2022', '2022-03-01'],
    ['2024-02-01', '2024-02-01'],
    ['2024-2-1', '2024-02-01'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(unwrap(parseSwedishDate(text))).toBe(iso);
  });

  it.each(['31 februari 2026', '7 decembr 2023', 'i morgon', '2023'])('refuses "%s"', (text) => {
    expect(parseSwedishDate(text).ok).toBe(false);
  });
});

describe('the injected clock', () => {
  it('dates an instant in Swedish time, not UTC', () => {
    expect(localDateInStockholm(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(localDateInStockholm(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(localDateInStockholm(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(today({ now: () => new Date('2026-11-24T09:00:00Z') })).toBe('2026-11-24' as LocalDate);
  });
});

import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../src/domain/index.js';
import {
  barFraction,
  dayEnd,
  dayStart,
  ganttRange,
  labelledTicks,
  monthTicks,
  span,
  withToday,
} from '../../web/src/features/portfolio/geometry.js';

const range = (start: string, end: string) => ({ start: start as LocalDate, end: end as LocalDate });

// The arithmetic behind the dashboard's bars and the Gantt chart (web/src/features/portfolio).

describe('bar lengths', () => {
  it('draws the largest value full length and the others in proportion', () => {
    expect(barFraction(27_236_867, 27_236_867)).toBe(1);
    expect(barFraction(893_984, 27_236_867)).toBeCloseTo(0.0328, 4);
  });
  it('draws nothing for zero and a sliver for a tiny amount, never a negative length', () => {
    expect(barFraction(0, 100)).toBe(0);
    expect(barFraction(-5, 100)).toBe(0);
    expect(barFraction(1, 1_000_000)).toBe(0.004);
    expect(barFraction(5, 0)).toBe(0);
  });
});

describe('the Gantt time axis', () => {
  // DOVI's revised plan (seed 001): period 2023-03-01 – 2026-08-31.
  const dovi = ganttRange({ start: '2023-03-01', end: '2026-08-31' }, [
    { start: '2023-05-01', end: '2025-12-31' },
    { start: null, end: null },
  ])!;

  it('spans the project period and every dated activity', () => {
    expect(dovi).toEqual({ start: '2023-03-01', end: '2026-08-31' });
    expect(
      ganttRange({ start: '2024-01-01', end: '2024-06-30' }, [{ start: '2023-12-01', end: '2024-08-31' }]),
    ).toEqual({
      start: '2023-12-01',
      end: '2024-08-31',
    });
    expect(ganttRange({ start: null, end: null }, [])).toBeNull();
  });

  it('places a day from its start to its end, so an inclusive period fills the whole axis', () => {
    expect(dayStart('2023-03-01', dovi)).toBe(0);
    expect(dayEnd('2026-08-31', dovi)).toBe(1);
    expect(span('2023-03-01', '2026-08-31', dovi)).toEqual({ left: 0, width: 1 });
    // Activity 8, Avslutsarbete 2026-01-01 – 2026-08-31: the last 243 of 1 280 days.
    const last = span('2026-01-01', '2026-08-31', dovi);
    expect(last.left + last.width).toBe(1);
    expect(last.width).toBeCloseTo(243 / 1280, 10);
  });

  it('clamps dates outside the axis to its ends', () => {
    expect(dayStart('2020-01-01', dovi)).toBe(0);
    expect(dayStart('2030-01-01', dovi)).toBe(1);
  });

  it('ticks every month and labels quarters on a plan of several years, years in January', () => {
    const ticks = monthTicks(dovi);
    expect(ticks).toHaveLength(42);
    expect(ticks[0]).toMatchObject({ date: '2023-03-01', position: 0, yearStart: false });
    expect(ticks.filter((t) => t.yearStart).map((t) => t.year)).toEqual([2024, 2025, 2026]);
    expect(labelledTicks(ticks).map((t) => t.date.slice(0, 7))).toContain('2024-04');
    expect(labelledTicks(ticks).every((t) => (t.month - 1) % 3 === 0)).toBe(true);
    const short = monthTicks(range('2023-04-01', '2023-08-31'));
    expect(labelledTicks(short).map((t) => t.month)).toEqual([4, 5, 6, 7, 8]);
  });

  it('widens the axis to today when today is near the plan, not when it is years away', () => {
    expect(withToday(dovi, '2026-11-24')).toEqual({ start: '2023-03-01', end: '2026-11-24' });
    expect(withToday(dovi, '2025-01-01')).toBe(dovi);
    expect(withToday(range('2023-04-01', '2023-08-31'), '2026-11-24')).toEqual({
      start: '2023-04-01',
      end: '2023-08-31',
    });
  });
});

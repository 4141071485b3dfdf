import { describe, expect, it } from 'vitest';
import {
  extendPeriodByMonths,
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
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));

describe('inclusive periods', () => {
  const dvis = unwrap(period(d('2024-02-01'), d('2027-01-31')));

  it('refuses a period that ends before it starts, naming both dates', () => {
    const r = period(d('2026-08-31'), d('2023-03-01'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('period.inverted');
      expect(r.error.message.sv).toBe('Perioden börjar 2026-08-31 men slutar 2023-03-01, före starten.');
    }
  });

  it('accepts a one-day period', () => {
    expect(period(d('2026-01-01'), d('2026-01-01')).ok).toBe(true);
  });

  it.each([
    ['2024-02-01', true],
    ['2027-01-31', true],
    ['2025-06-15', true],
    ['2027-02-01', false],
    ['2024-01-31', false],
  ])('DVIS 2024-02-01 – 2027-01-31 contains %s: %s', (date, inside) => {
    expect(periodContains(dvis, d(date))).toBe(inside);
  });

  it.each([
    ['2024-01-01', '2024-01-01', 1],
    ['2024-01-01', '2024-12-31', 366],
    ['2023-03-01', '2026-08-31', 1280], // DOVI as amended
    ['2024-02-01', '2027-01-31', 1096], // DVIS
  ])('counts %s – %s as %s days, both ends included', (start, end, days) => {
    expect(periodLengthDays({ start: d(start), end: d(end) })).toBe(days);
  });

  it.each([
    ['2024-02-01', '2027-01-31', true, true],
    ['2024-01-31', '2025-01-01', false, true],
    ['2027-01-31', '2028-01-01', false, true],
    ['2027-02-01', '2028-01-01', false, false],
    ['2020-01-01', '2024-02-01', false, true],
    ['2020-01-01', '2024-01-31', false, false],
    ['2020-01-01', '2030-01-01', false, true],
  ])('DVIS contains %s – %s: %s; overlaps it: %s', (start, end, contained, overlaps) => {
    const other = { start: d(start), end: d(end) };
    expect(periodContainsPeriod(dvis, other)).toBe(contained);
    expect(periodOverlaps(dvis, other)).toBe(overlaps);
    expect(periodOverlaps(other, dvis)).toBe(overlaps);
  });

  it('extends DOVI from 2023-03-01 – 2026-02-28 by six months to 2023-03-01 – 2026-08-31', () => {
    const dovi = unwrap(period(d('2023-03-01'), d('2026-02-28')));
    expect(unwrap(extendPeriodByMonths(dovi, 6))).toEqual({ start: '2023-03-01', end: '2026-08-31' });
  });

  it('refuses to shorten a period by more months than it has', () => {
    const short = unwrap(period(d('2026-01-15'), d('2026-03-31')));
    expect(unwrap(extendPeriodByMonths(short, -2))).toEqual({ start: '2026-01-15', end: '2026-01-31' });
    expect(extendPeriodByMonths(short, -3).ok).toBe(false);
  });
});

describe('dates written in Swedish', () => {
  it.each([
    ['7 december 2023', '2023-12-07'],
    ['den 31 augusti 2026', '2026-08-31'],
    ['31 aug. 2026', '2026-08-31'],
    ['31 aug 2026', '2026-08-31'],
    ['den 15 november 2021', '2021-11-15'],
    ['4 mars 2021', '2021-03-04'],
    ['1 Mars 2022', '2022-03-01'],
    ['den 1:a mars 2022', '2022-03-01'],
    ['29 februari 2024', '2024-02-29'],
    ['3 juni 2019', '2019-06-03'],
    ['14 feb. 2020', '2020-02-14'],
    ['28\u00a0augusti\u00a02025', '2025-08-28'],
    ['  den  29 augusti 2025 ', '2025-08-29'],
    ['2024-02-01', '2024-02-01'],
    ['2024-2-1', '2024-02-01'],
    ...(
      [
        ['januari', 1],
        ['april', 4],
        ['maj', 5],
        ['juli', 7],
        ['september', 9],
        ['sept', 9],
        ['oktober', 10],
        ['okt', 10],
      ] as const
    ).map(([name, m]) => [`1 ${name} 2025`, `2025-${String(m).padStart(2, '0')}-01`]),
  ])('reads "%s" as %s', (text, iso) => {
    expect(unwrap(parseSwedishDate(text))).toBe(iso);
  });

  it.each([
    '31 februari 2026',
    '29 februari 2023',
    '7 decembr 2023',
    'i morgon',
    '2023',
    '32 maj 2025',
    '2024-13-01',
    '',
  ])('refuses "%s"', (text) => {
    const r = parseSwedishDate(text);
    expect(r.ok ? null : r.error.code).toBe('date.invalid');
  });
});

describe('instants and the injected clock', () => {
  it.each([
    ['2026-11-23T23:30:00Z', '2026-11-24'], // 00:30 in winter (UTC+1)
    ['2026-11-23T22:59:59Z', '2026-11-23'],
    ['2026-07-01T21:59:00Z', '2026-07-01'], // 23:59 in summer (UTC+2)
    ['2026-07-01T22:00:00Z', '2026-07-02'],
    ['2026-03-28T23:30:00Z', '2026-03-29'], // the night summer time begins
    ['2026-10-24T22:30:00Z', '2026-10-25'], // the night winter time begins
  ])('dates the instant %s as %s in Swedish time', (instant, date) => {
    expect(localDateInStockholm(new Date(instant))).toBe(date);
  });

  it('takes today from the injected clock, never the system', () => {
    expect(today({ now: () => new Date('2026-11-24T09:00:00Z') })).toBe('2026-11-24');
    expect(today({ now: () => new Date('2023-12-06T23:15:00Z') })).toBe('2023-12-07');
  });
});

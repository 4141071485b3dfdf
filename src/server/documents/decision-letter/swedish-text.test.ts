import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, localDate, parseSwedishDate, unwrap, type LocalDate } from '../../../domain/index.js';
import {
  formatPeriod,
  formatSwedishLongDate,
  joinSwedishList,
  longDateInProse,
  swedishGenitive,
  swedishMonths,
} from './swedish-text.js';

const day = (s: string) => s as LocalDate;

describe('writing a date the Swedish way', () => {
  it.each([
    ['2026-08-31', '31 augusti 2026'],
    ['2023-12-07', '7 december 2023'],
    ['2023-11-07', '7 november 2023'],
    ['2024-01-01', '1 januari 2024'],
    ['2024-02-29', '29 februari 2024'],
    ['2025-03-15', '15 mars 2025'],
    ['2025-04-30', '30 april 2025'],
    ['2025-05-09', '9 maj 2025'],
    ['2025-06-06', '6 juni 2025'],
    ['2025-07-31', '31 juli 2025'],
    ['2025-09-10', '10 september 2025'],
    ['2025-10-01', '1 oktober 2025'],
  ])('writes %s as "%s"', (iso, swedish) => {
    expect(formatSwedishLongDate(day(iso))).toBe(swedish);
  });

  it('is read back as the same date by the importer', () => {
    const anyDate = fc
      .record({
        y: fc.integer({ min: 1990, max: 2100 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) => localDate(y, m, Math.min(d, daysInMonth(y, m))));
    fc.assert(fc.property(anyDate, (d) => unwrap(parseSwedishDate(formatSwedishLongDate(d))) === d));
  });

  it('glues a date in prose together, so "7 december" never splits across lines', () => {
    expect(longDateInProse(day('2023-12-07'))).toBe('7\u00a0december\u00a02023');
  });

  it('writes a period with a dash that never breaks across lines', () => {
    expect(formatPeriod({ start: day('2024-02-01'), end: day('2027-01-31') })).toBe(
      '2024-02-01\u00a0-\u00a02027-01-31',
    );
  });
});

describe('Swedish grammar for letters', () => {
  it.each([
    ['Region Västerbotten', 'Region Västerbottens'],
    ['Regionala utvecklingsnämnden', 'Regionala utvecklingsnämndens'],
    ['Tillväxtverket', 'Tillväxtverkets'],
    ['Lars', 'Lars'],
    ['Bräcke kommun ', 'Bräcke kommuns'],
  ])('puts "%s" in the genitive as "%s"', (name, genitive) => {
    expect(swedishGenitive(name)).toBe(genitive);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a och b'],
    [['a', 'b', 'c'], 'a, b och c'],
  ])('joins %j as "%s"', (items, joined) => {
    expect(joinSwedishList(items)).toBe(joined);
  });

  it.each([
    [1, 'en månad'],
    [6, 'sex månader'],
    [12, 'tolv månader'],
    [18, '18 månader'],
  ])('counts %i months as "%s"', (n, words) => {
    expect(swedishMonths(n)).toBe(words);
  });

  it('refuses a count of months that is not a positive whole number', () => {
    expect(() => swedishMonths(0)).toThrow(RangeError);
    expect(() => swedishMonths(1.5)).toThrow(RangeError);
  });
});

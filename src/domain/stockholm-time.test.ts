import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatStockholmDateTime,
  instantFromStockholm,
  parseClockTime,
  stockholmOffsetMinutes,
  stockholmWallClock,
} from './stockholm-time.js';

const at = (iso: string) => new Date(iso);

describe('Swedish clock time to an instant', () => {
  it.each([
    // winter time, UTC+1
    ['2027-01-15', '12:00', '2027-01-15T11:00:00.000Z'],
    ['2027-03-31', '23:59', '2027-03-31T21:59:00.000Z'],
    ['2027-12-31', '23:59', '2027-12-31T22:59:00.000Z'],
    ['2028-01-01', '00:00', '2027-12-31T23:00:00.000Z'],
    // the spring change on 2027-03-28: 01:59 is still winter time, 03:00 already summer time
    ['2027-03-28', '01:59', '2027-03-28T00:59:00.000Z'],
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'],
    // the autumn change on 2027-10-31: 01:59 is still summer time, 03:00 winter time
    ['2027-10-31', '01:59', '2027-10-30T23:59:00.000Z'],
    ['2027-10-31', '03:00', '2027-10-31T02:00:00.000Z'],
    // summer time, UTC+2
    ['2026-06-21', '09.30', '2026-06-21T07:30:00.000Z'],
    // leap day
    ['2028-02-29', '12:00', '2028-02-29T11:00:00.000Z'],
  ])('%s %s is %s', (date, time, iso) => {
    expect(instantFromStockholm(date, time)).toEqual({ kind: 'exact', instant: at(iso) });
  });

  it.each([
    ['2027-03-28', '02:00'],
    ['2027-03-28', '02:30'],
    ['2027-03-28', '02:59'],
    ['2026-03-29', '02:15'],
  ])('%s %s does not exist: the clock jumps from 02:00 to 03:00', (date, time) => {
    expect(instantFromStockholm(date, time)).toEqual({ kind: 'skipped' });
  });

  it('2027-10-31 02:30 happens twice: first in summer time, an hour later in winter time', () => {
    expect(instantFromStockholm('2027-10-31', '02:30')).toEqual({
      kind: 'twice',
      earlier: at('2027-10-31T00:30:00.000Z'),
      later: at('2027-10-31T01:30:00.000Z'),
    });
  });

  it.each([
    ['2027-02-30', '12:00'],
    ['2027-13-01', '12:00'],
    ['27-03-01', '12:00'],
    ['2027-03-01', '24:00'],
    ['2027-03-01', '12:60'],
    ['2027-03-01', '1200'],
    ['2027-03-01', ''],
    ['2027-03-01', '12:00:00'],
  ])('%s %s is not a date and time', (date, time) => {
    expect(instantFromStockholm(date, time)).toEqual({ kind: 'invalid' });
  });

  it('reads times written the Swedish way with a dot', () => {
    expect(parseClockTime('23.59')).toEqual({ hour: 23, minute: 59 });
    expect(parseClockTime('8:05')).toEqual({ hour: 8, minute: 5 });
    expect(parseClockTime('8:5')).toBeNull();
  });
});

describe('an instant on the Swedish clock', () => {
  it.each([
    ['2027-03-31T21:59:00Z', '2027-03-31', '23:59', 120],
    ['2027-01-15T11:00:00Z', '2027-01-15', '12:00', 60],
    ['2027-03-28T00:59:59Z', '2027-03-28', '01:59', 60],
    ['2027-03-28T01:00:00Z', '2027-03-28', '03:00', 120],
    ['2027-10-31T00:30:00Z', '2027-10-31', '02:30', 120],
    ['2027-10-31T01:30:00Z', '2027-10-31', '02:30', 60],
    ['2027-12-31T23:30:00Z', '2028-01-01', '00:30', 60],
  ])('%s is %s %s (UTC+%i min)', (iso, date, time, offset) => {
    expect(stockholmWallClock(at(iso))).toEqual({ date, time });
    expect(stockholmOffsetMinutes(at(iso))).toBe(offset);
  });

  it('is written with its zone in words, in Swedish and English', () => {
    expect(formatStockholmDateTime(at('2027-03-31T21:59:00Z'), 'sv')).toBe('2027-03-31 kl. 23.59 svensk tid');
    expect(formatStockholmDateTime(at('2027-03-31T21:59:00Z'), 'en')).toBe('2027-03-31 at 23:59 Swedish time');
    expect(formatStockholmDateTime(at('2027-01-15T11:00:00Z'), 'sv', false)).toBe('2027-01-15 kl. 12.00');
  });
});

// Minute-aligned instants from 1980 to 2100 (the EU's summer-time rules hold throughout that range).
const anyMinute = fc
  .integer({ min: Date.UTC(1980, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 })
  .map((m) => new Date(m * 60_000));

describe('properties of the conversion', () => {
  it('the clock time of any instant leads back to that instant (one of the two in the autumn hour)', () => {
    fc.assert(
      fc.property(anyMinute, (instant) => {
        const { date, time } = stockholmWallClock(instant);
        const back = instantFromStockholm(date, time);
        if (back.kind === 'exact') return back.instant.getTime() === instant.getTime();
        if (back.kind === 'twice') return [back.earlier.getTime(), back.later.getTime()].includes(instant.getTime());
        return false;
      }),
      { numRuns: 2000 },
    );
  });

  it('a clock time that exists shows that time again; the two of an autumn hour are an hour apart', () => {
    const anyWall = fc.record({
      y: fc.integer({ min: 1980, max: 2099 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      h: fc.integer({ min: 0, max: 23 }),
      min: fc.integer({ min: 0, max: 59 }),
    });
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(anyWall, ({ y, m, d, h, min }) => {
        const date = `${p(y, 4)}-${p(m)}-${p(d)}`;
        const time = `${p(h)}:${p(min)}`;
        const r = instantFromStockholm(date, time);
        const shows = (i: Date) => {
          const w = stockholmWallClock(i);
          return w.date === date && w.time === time;
        };
        if (r.kind === 'exact') return shows(r.instant);
        if (r.kind === 'twice')
          return shows(r.earlier) && shows(r.later) && r.later.getTime() - r.earlier.getTime() === 3_600_000;
        // Only the hour after 02:00 on the last Sunday of March is skipped.
        return r.kind === 'skipped' && m === 3 && d >= 25 && h === 2;
      }),
      { numRuns: 3000 },
    );
  });

  it('the offset is always one hour in winter or two in summer', () => {
    fc.assert(
      fc.property(anyMinute, (instant) => [60, 120].includes(stockholmOffsetMinutes(instant))),
      { numRuns: 1000 },
    );
  });
});

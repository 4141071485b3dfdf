import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSek,
  headlinePrecision,
  kronor,
  ore,
  parseSek,
  parseSekDetailed,
  percentToBasisPoints,
  unwrap,
} from './index.js';

describe('reading amounts as documents write them', () => {
  it.each([
    ['5 505 389 kr', 5_505_389_00],
    ['5\u00a0505\u00a0389\u00a0kr', 5_505_389_00],
    ['5\u202f505\u202f389 kr', 5_505_389_00],
    ['5\u2009505\u2009389 kr', 5_505_389_00],
    ['5505389 kr', 5_505_389_00],
    ['5 505 389', 5_505_389_00],
    ['  5 505 389 kr  ', 5_505_389_00],
    ['2 491 478 kr', 2_491_478_00],
    ['5 505 388,50 kr', 5_505_388_50],
    ['5 505 388,5 kr', 5_505_388_50],
    ['5,5 miljoner', 5_500_000_00],
    ['25,5 miljoner kronor', 25_500_000_00],
    ['1 miljon kronor', 1_000_000_00],
    ['1,2 miljarder', 1_200_000_000_00],
    ['2 miljarder kronor', 2_000_000_000_00],
    ['745 tkr', 745_000_00],
    ['265 tusen kronor', 265_000_00],
    ['1 000 000 kronor', 1_000_000_00],
    ['3 mnkr', 3_000_000_00],
    ['3 mkr', 3_000_000_00],
    ['2,5 milj. kr', 2_500_000_00],
    ['12 MSEK', 12_000_000_00],
    ['500 000 SEK', 500_000_00],
    ['500 kr.', 500_00],
    ['500:-', 500_00],
    ['-1 200 kr', -1_200_00],
    ['−1 200 kr', -1_200_00],
    ['1.000.000 kr', 1_000_000_00],
    ['12.5 kr', 12_50],
    ['0 kr', 0],
    ['1,005 miljoner', 1_005_000_00],
  ])('reads "%s" as %s öre', (text, expected) => {
    expect(unwrap(parseSek(text))).toBe(expected);
  });

  it.each(['abc', '', '   ', 'kr', '1,2,3 kr', '12 äpplen', '1 00 kr', '1 000.000 kr', '5 kr kr', '--5 kr', '5 - kr'])(
    'refuses "%s" and says it could not be read',
    (text) => {
      const r = parseSek(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('money.invalid');
        expect(r.error.message.sv).toContain(`"${text}"`);
        expect(r.error.message.en).toContain('could not be read');
      }
    },
  );

  it.each(['5,555 kr', '0,001 kr', '1,0000000001 miljoner'])('refuses "%s", which has fractions of an öre', (text) => {
    const r = parseSek(text);
    expect(r.ok ? null : r.error.code).toBe('money.fraction_of_ore');
  });

  it('refuses an amount too large to count exactly in öre', () => {
    const r = parseSek('100 000 000 miljarder');
    expect(r.ok ? null : r.error.code).toBe('money.unsafe_integer');
  });

  it.each([
    ['25,5 miljoner', { ore: 25_500_000_00, unitSek: 1_000_000, decimals: 1 }],
    ['745 tkr', { ore: 745_000_00, unitSek: 1_000, decimals: 0 }],
    ['5 505 388,50 kr', { ore: 5_505_388_50, unitSek: 1, decimals: 2 }],
    ['1,25 miljarder', { ore: 1_250_000_000_00, unitSek: 1_000_000_000, decimals: 2 }],
  ])('tells the unit and decimals of "%s"', (text, expected) => {
    expect(unwrap(parseSekDetailed(text))).toEqual(expected);
  });

  it('reads back everything it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(unwrap(parseSek(formatSek(ore(n))))).toBe(n);
      }),
    );
  });

  it('reads whole kronor with any of the spaces Swedish text uses between groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009'),
        (kr, space) => {
          const text = `${String(kr).replace(/\B(?=(\d{3})+$)/g, space)}${space}kr`;
          expect(unwrap(parseSek(text))).toBe(kronor(kr));
        },
      ),
    );
  });
});

describe('the precision of a headline figure', () => {
  it.each([
    ['25,5 miljoner', 1_000_000, 1, 10_000_000],
    ['25 miljoner', 1_000_000, 0, 100_000_000],
    ['25,42 miljoner', 1_000_000, 2, 1_000_000],
    ['745 tkr', 1_000, 0, 100_000],
    ['25 421 501 kr', 1, 0, 100],
    ['5 505 388,50 kr', 1, 2, 1],
  ])('"%s" counts in units of %s kr with %s decimals: one step is %s öre', (text, unitSek, decimals, stepOre) => {
    expect(unwrap(headlinePrecision(text))).toEqual({ unitSek, decimals, stepOre });
  });

  it('passes on the error of an unreadable headline', () => {
    const r = headlinePrecision('många miljoner');
    expect(r.ok ? null : r.error.code).toBe('money.invalid');
  });
});

describe('reading shares as percentages', () => {
  it.each([
    ['50,00', 5000],
    ['50 %', 5000],
    ['50%', 5000],
    ['50,00 %', 5000],
    ['50,00\u00a0%', 5000],
    ['12.5', 1250],
    ['12,05', 1205],
    [50, 5000],
    [12.5, 1250],
    ['100', 10_000],
    ['100,00 %', 10_000],
    ['0', 0],
  ])('reads %s as %s basis points', (input, bp) => {
    expect(unwrap(percentToBasisPoints(input))).toBe(bp);
  });

  it.each(['100,01', '12,345', 'hälften', '-5', '', '1000', 101, -1, 12.345])(
    'refuses %s, saying the share must lie between 0 and 100 percent',
    (input) => {
      const r = percentToBasisPoints(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('share.invalid');
        expect(r.error.message.en).toContain('between 0 and 100');
      }
    },
  );
});

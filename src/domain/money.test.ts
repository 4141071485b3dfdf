import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyShare,
  basisPoints,
  exactShare,
  formatPercent,
  formatSek,
  kronor,
  ore,
  parseSek,
  parseSekDetailed,
  percentToBasisPoints,
  roundHalfUpToKrona,
  splitByLargestRemainder,
  sumOre,
  unwrap,
} from './index.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money in öre', () => {
  it('refuses amounts that are not safe whole numbers of öre', () => {
    expect(() => ore(1.5)).toThrow(RangeError);
    expect(() => ore(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(ore(-5)).toBe(-5);
  });

  it.each([
    [5_505_389, 550_538_900],
    [0.29, 29],
    [1_000_000.5, 100_000_050],
  ])('converts %s kr to %s öre without float drift', (kr, o) => {
    expect(kronor(kr)).toBe(o);
  });

  it('refuses a krona amount with more than two decimals', () => {
    expect(() => kronor(1.234)).toThrow(RangeError);
  });
});

describe('formatting in Swedish', () => {
  it.each([
    [550_538_900, '5 505 389 kr'],
    [550_538_850, '5 505 388,50 kr'],
    [2_542_150_100, '25 421 501 kr'],
    [0, '0 kr'],
    [5, '0,05 kr'],
    [-120_000, '−1 200 kr'],
  ])('shows %s öre as "%s"', (o, text) => {
    expect(plain(formatSek(ore(o)))).toBe(text);
  });

  it('uses non-breaking spaces so an amount never wraps across lines', () => {
    expect(formatSek(kronor(5_505_389))).toBe('5\u00a0505\u00a0389\u00a0kr');
  });

  it('shows shares with two decimals', () => {
    expect(plain(formatPercent(basisPoints(5000)))).toBe('50,00 %');
    expect(plain(formatPercent(basisPoints(1250)))).toBe('12,50 %');
  });
});

describe('parsing amounts as documents write them', () => {
  it.each([
    ['5 505 389 kr', 5_505_389_00],
    ['5\u00a0505\u00a0389\u00a0kr', 5_505_389_00],
    ['5\u202f505\u202f389 kr', 5_505_389_00],
    ['5505389 kr', 5_505_389_00],
    ['5 505 389', 5_505_389_00],
    ['2 491 478 kr', 2_491_478_00],
    ['5 505 388,50 kr', 5_505_388_50],
    ['5,5 miljoner', 5_500_000_00],
    ['25,5 miljoner kronor', 25_500_000_00],
    ['1 miljon kronor', 1_000_000_00],
    ['1,2 miljarder', 1_200_000_000_00],
    ['745 tkr', 745_000_00],
    ['265 tusen kronor', 265_000_00],
    ['1 000 000 kronor', 1_000_000_00],
    ['3 mnkr', 3_000_000_00],
    ['12 MSEK', 12_000_000_00],
    ['500 000 SEK', 500_000_00],
    ['-1 200 kr', -1_200_00],
    ['−1 200 kr', -1_200_00],
    ['1.000.000 kr', 1_000_000_00],
  ])('reads "%s"', (text, expected) => {
    expect(unwrap(parseSek(text))).toBe(expected);
  });

  it.each(['abc', '', 'kr', '1,2,3 kr', '12 äpplen', '5,555 kr', '1 00 kr'])(
    'refuses "%s" with a clear error',
    (text) => {
      const r = parseSek(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('money.invalid');
        expect(r.error.message.sv).toContain(text);
        expect(r.error.message.en).toContain('could not be read');
      }
    },
  );

  it('tells the unit and decimals of a headline figure', () => {
    expect(unwrap(parseSekDetailed('25,5 miljoner'))).toEqual({ ore: 2_550_000_000, unitSek: 1_000_000, decimals: 1 });
  });

  it('reads back everything it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (n) => {
        expect(unwrap(parseSek(formatSek(ore(n)).replace('\u2212', '-')))).toBe(n);
      }),
    );
  });
});

describe('shares in basis points', () => {
  it.each([
    ['50,00', 5000],
    ['50 %', 5000],
    ['50,00 %', 5000],
    ['12.5', 1250],
    [50, 5000],
    ['100', 10000],
    ['0', 0],
  ])('reads %s as %s basis points', (input, bp) => {
    expect(unwrap(percentToBasisPoints(input))).toBe(bp);
  });

  it.each(['100,01', '12,345', 'hälften', '-5'])('refuses %s', (input) => {
    expect(percentToBasisPoints(input).ok).toBe(false);
  });
});

describe('the rounding rule: whole kronor, half up', () => {
  it.each([
    [550_538_850, 550_538_900],
    [550_538_849, 550_538_800],
    [100, 100],
    [49, 0],
    [50, 100],
    [-50, -100],
    [-49, 0],
  ])('rounds %s öre to %s öre', (o, r) => {
    expect(roundHalfUpToKrona(ore(o))).toBe(r);
  });

  it('computes the DVIS cap: 50 % of 11 010 777 kr is 5 505 388,50 kr, rounded 5 505 389 kr', () => {
    const costs = kronor(11_010_777);
    expect(exactShare(costs, basisPoints(5000))).toEqual({ ore: 550_538_850, tenThousandthsOfOre: 0 });
    expect(applyShare(costs, basisPoints(5000))).toBe(kronor(5_505_389));
  });

  it('keeps fractions of an öre exact', () => {
    expect(exactShare(ore(1), basisPoints(3333))).toEqual({ ore: 0, tenThousandthsOfOre: 3333 });
  });

  it('applies a share to very large amounts without losing precision', () => {
    expect(applyShare(ore(9_000_000_000_000_00), basisPoints(3333))).toBe(ore(2_999_700_000_000_00));
  });

  it('always gives whole kronor within half a krona of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10000 }), (amount, bp) => {
        const r = applyShare(ore(amount), basisPoints(bp));
        expect(r % 100).toBe(0);
        expect(Math.abs(r - (amount * bp) / 10000)).toBeLessThanOrEqual(50 + 1e-6);
      }),
    );
  });
});

describe('largest-remainder split', () => {
  it('returns seed 002 surplus to seven municipalities by contribution, summing exactly', () => {
    const contributions = [63_000, 153_000, 113_000, 117_000, 53_000, 70_000, 100_000].map((k) => kronor(k));
    const parts = unwrap(splitByLargestRemainder(kronor(565_000), contributions, ore(100)));
    expect(sumOre(parts)).toBe(kronor(565_000));
    expect(parts.every((p) => p % 100 === 0)).toBe(true);
    expect(parts[1]).toBeGreaterThan(parts[0]!);
  });

  it('gives the leftover unit to the largest remainder, ties to the earlier party', () => {
    expect(unwrap(splitByLargestRemainder(ore(100), [1, 1, 1]))).toEqual([34, 33, 33]);
    expect(unwrap(splitByLargestRemainder(ore(10), [1, 2]))).toEqual([3, 7]);
  });

  it('splits negative totals symmetrically', () => {
    expect(unwrap(splitByLargestRemainder(ore(-100), [1, 1, 1]))).toEqual([-34, -33, -33]);
  });

  it('refuses a split with nobody to split among', () => {
    const r = splitByLargestRemainder(ore(100), [0, 0]);
    expect(r.ok ? null : r.error.code).toBe('split.no_weights');
  });

  it('refuses a total that is not a whole number of units', () => {
    const r = splitByLargestRemainder(ore(150), [1, 1], ore(100));
    expect(r.ok ? null : r.error.code).toBe('split.not_multiple_of_unit');
  });

  it('always sums to the total, each part within one unit of its exact share, larger weight never less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = unwrap(splitByLargestRemainder(ore(total), weights));
          const sumW = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sumW)).toBeLessThan(1 + 1e-6));
          for (let i = 0; i < weights.length; i++)
            for (let j = 0; j < weights.length; j++)
              if (weights[i]! > weights[j]!) expect(parts[i]!).toBeGreaterThanOrEqual(parts[j]!);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOre,
  applyShare,
  basisPoints,
  basisPointsToPercent,
  exactShare,
  kronor,
  maxOre,
  minOre,
  ore,
  oreToKronor,
  roundHalfUp,
  roundHalfUpToKrona,
  subOre,
  sumOre,
} from './index.js';

describe('money in öre', () => {
  it.each([1.5, 0.1, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER - 2])(
    'refuses %s öre, which is not a safe whole number',
    (n) => {
      expect(() => ore(n)).toThrow(RangeError);
    },
  );

  it.each([0, 1, -5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER])('accepts %s öre', (n) => {
    expect(ore(n)).toBe(n);
  });

  it('never produces negative zero, which would print as "−0 kr"', () => {
    expect(Object.is(ore(-0), 0)).toBe(true);
  });

  it.each([
    [5_505_389, 550_538_900],
    [0.29, 29],
    [0.07, 7],
    [1.1, 110],
    [19.99, 1_999],
    [1_000_000.5, 100_000_050],
    [5_505_388.5, 550_538_850],
    [-1_200, -120_000],
    [-0.01, -1],
    [0, 0],
  ])('converts %s kr to %s öre without float drift', (kr, o) => {
    expect(kronor(kr)).toBe(o);
  });

  it.each([1.234, 0.001, NaN, Infinity, 1e21, 1e-7])('refuses %s kr, which is not whole öre', (kr) => {
    expect(() => kronor(kr)).toThrow(RangeError);
  });

  it('converts every whole-öre krona amount exactly, where multiplying by 100 would drift', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (o) => {
        expect(kronor(Number((o / 100).toFixed(2)))).toBe(o);
      }),
    );
  });

  it('shows öre as kronor for JSON', () => {
    expect(oreToKronor(kronor(5_505_389))).toBe(5_505_389);
    expect(oreToKronor(ore(550_538_850))).toBe(5_505_388.5);
  });

  it('adds, subtracts, sums and compares amounts', () => {
    expect(addOre(ore(150), ore(-50))).toBe(100);
    expect(subOre(ore(100), ore(250))).toBe(-150);
    expect(sumOre([])).toBe(0);
    expect(sumOre([2_491_478, 893_984, 3_000_000].map(kronor))).toBe(kronor(6_385_462));
    expect(minOre(ore(3), ore(-1), ore(2))).toBe(-1);
    expect(maxOre(ore(3), ore(-1), ore(2))).toBe(3);
  });

  it('refuses a sum that leaves the safe range instead of silently rounding it', () => {
    expect(() => addOre(ore(Number.MAX_SAFE_INTEGER), ore(1))).toThrow(RangeError);
  });
});

describe('shares in basis points', () => {
  it.each([0, 1, 5000, 10_000])('accepts %s basis points', (n) => {
    expect(basisPoints(n)).toBe(n);
  });

  it.each([-1, 10_001, 50.5, NaN])('refuses %s basis points', (n) => {
    expect(() => basisPoints(n)).toThrow(RangeError);
  });

  it.each([
    [5000, 50],
    [1250, 12.5],
    [1, 0.01],
    [10_000, 100],
  ])('shows %s basis points as %s percent', (bp, percent) => {
    expect(basisPointsToPercent(basisPoints(bp))).toBe(percent);
  });
});

describe('the rounding rule: whole kronor, half up', () => {
  it.each([
    [550_538_850, 550_538_900], // DVIS: 5 505 388,50 kr → 5 505 389 kr
    [550_538_849, 550_538_800],
    [550_538_851, 550_538_900],
    [100, 100],
    [0, 0],
    [49, 0],
    [50, 100],
    [150, 200],
    [250, 300], // half up, not to even
    [-49, 0],
    [-50, -100], // half away from zero: a refund rounds like the payment it reverses
    [-150, -200],
    [-151, -200],
    [-149, -100],
  ])('rounds %s öre to %s öre', (o, r) => {
    expect(roundHalfUpToKrona(ore(o))).toBe(r);
  });

  it.each([
    [7n, 2n, 4n],
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [-2n, 3n, -1n],
    [0n, 7n, 0n],
  ])('rounds %s / %s to %s', (n, d, q) => {
    expect(roundHalfUp(n, d)).toBe(q);
  });

  it('refuses a non-positive denominator', () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it('mirrors negative amounts exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => {
        expect(roundHalfUpToKrona(ore(-n)) + roundHalfUpToKrona(ore(n))).toBe(0);
      }),
    );
  });

  it('always lands on whole kronor within half a krona, rounding exactly half upwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const r = roundHalfUpToKrona(ore(n));
        expect(r % 100 === 0).toBe(true);
        expect(Math.abs(r - n)).toBeLessThanOrEqual(50);
        if (Math.abs(n) % 100 === 50) expect(Math.abs(r)).toBe(Math.abs(n) + 50);
      }),
    );
  });
});

describe('applying a share', () => {
  it('computes the DVIS cap: 50 % of 11 010 777 kr is 5 505 388,50 kr, rounded to 5 505 389 kr', () => {
    const costs = kronor(11_010_777);
    expect(exactShare(costs, basisPoints(5000))).toEqual({ ore: 550_538_850, tenThousandthsOfOre: 0 });
    expect(applyShare(costs, basisPoints(5000))).toBe(kronor(5_505_389));
  });

  it.each([
    [1_000_000, 5000, 500_000],
    [1_000_001, 5000, 500_001], // 500 000,50 → up
    [999_999, 5000, 500_000], // 499 999,50 → up
    [333, 3333, 111], // 110,9889
    [100, 0, 0],
    [100, 10_000, 100],
    [-1_000_001, 5000, -500_001],
  ])('%s kr × %s bp = %s kr', (kr, bp, result) => {
    expect(applyShare(kronor(kr), basisPoints(bp))).toBe(kronor(result));
  });

  it('keeps fractions of an öre exact', () => {
    expect(exactShare(ore(1), basisPoints(3333))).toEqual({ ore: 0, tenThousandthsOfOre: 3333 });
    expect(exactShare(ore(12_345), basisPoints(1))).toEqual({ ore: 1, tenThousandthsOfOre: 2345 });
  });

  it('applies a share to amounts where öre × basis points passes 2^53 without losing precision', () => {
    expect(applyShare(ore(900_000_000_000_000), basisPoints(3333))).toBe(ore(299_970_000_000_000));
    expect(applyShare(ore(900_719_925_474_099), basisPoints(5000))).toBe(ore(450_359_962_737_000)); // …370,495 kr
    expect(applyShare(ore(900_719_925_474_100), basisPoints(5000))).toBe(ore(450_359_962_737_100)); // …370,50 kr
  });

  it('agrees with rounding the exact share by the one rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), fc.integer({ min: 0, max: 10000 }), (amount, bp) => {
        const exact = BigInt(amount) * BigInt(bp); // in ten-thousandths of an öre
        const r = applyShare(ore(amount), basisPoints(bp));
        expect(r % 100 === 0).toBe(true);
        // |r − exact| ≤ half a krona, i.e. 50 öre = 500 000 ten-thousandths
        const diff = BigInt(r) * 10_000n - exact;
        expect(diff <= 500_000n && diff >= -500_000n).toBe(true);
        if (diff === 500_000n || diff === -500_000n) expect(diff > 0n === amount > 0).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kronor, ore, splitByLargestRemainder, sumOre, unwrap } from './index.js';

// Seed 002 names the seven parties but not their 2018 contributions: these are the demo figures.
const municipalities = ['Bräcke', 'Krokom', 'Strömsund', 'Åre', 'Ragunda', 'Berg', 'Härjedalen'];
const contributions = [63_000, 153_000, 113_000, 117_000, 53_000, 70_000, 100_000].map((k) => kronor(k));

describe('returning unused funds to the parties (largest remainder)', () => {
  it('returns seed 002 surplus of 745 tkr to seven municipalities by contribution, in whole kronor, summing exactly', () => {
    const parts = unwrap(splitByLargestRemainder(kronor(745_000), contributions, ore(100)));
    expect(parts).toHaveLength(municipalities.length);
    expect(parts).toEqual([70_157, 170_381, 125_837, 130_292, 59_021, 77_952, 111_360].map((k) => kronor(k)));
    expect(sumOre(parts)).toBe(kronor(745_000));
  });

  it('splits 745 tkr equally among seven equal parties, the four leftover kronor to the first four', () => {
    const parts = unwrap(splitByLargestRemainder(kronor(745_000), Array<number>(7).fill(1), ore(100)));
    expect(parts).toEqual([...Array<number>(4).fill(106_429), ...Array<number>(3).fill(106_428)].map((k) => kronor(k)));
  });

  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [1, 2], [3, 7]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [1, [1, 1, 1], [1, 0, 0]],
    [2, [1, 1, 1], [1, 1, 0]],
    [2, [1, 3, 3], [0, 1, 1]], // 0,29 / 0,86 / 0,86: the two largest remainders
    [7, [0, 5, 0], [0, 7, 0]],
    [0, [3, 4], [0, 0]],
    [10, [5, 3, 2], [5, 3, 2]],
    [100, [1, 0, 2], [33, 0, 67]],
  ])('splits %s öre by %j into %j', (total, weights, parts) => {
    expect(unwrap(splitByLargestRemainder(ore(total), weights))).toEqual(parts);
  });

  it('breaks ties on equal remainders by order, the earlier party first, whatever the weights', () => {
    expect(unwrap(splitByLargestRemainder(ore(3), [2, 1, 1, 2]))).toEqual([1, 1, 0, 1]);
  });

  it('refuses a split with nobody to split among', () => {
    const r = splitByLargestRemainder(kronor(745_000), [0, 0]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('split.no_weights');
      expect(r.error.message.sv.replace(/\u00a0/g, ' ')).toContain('745 000 kr');
    }
    expect(splitByLargestRemainder(ore(100), []).ok).toBe(false);
  });

  it('refuses a total that is not a whole number of units, naming both', () => {
    const r = splitByLargestRemainder(ore(150), [1, 1], ore(100));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('split.not_multiple_of_unit');
      expect(r.error.message.en.replace(/\u00a0/g, ' ')).toContain('1,50 kr cannot be split into whole units of 1 kr');
    }
  });

  it.each([[[-1, 2]], [[1.5]], [[NaN]]])('refuses weights %j as a programming error', (weights) => {
    expect(() => splitByLargestRemainder(ore(100), weights)).toThrow(RangeError);
  });

  it('refuses a unit that is not positive', () => {
    expect(() => splitByLargestRemainder(ore(100), [1], ore(0))).toThrow(RangeError);
  });

  const splitCase = fc.record({
    unit: fc.constantFrom(1, 100),
    units: fc.integer({ min: -1e9, max: 1e9 }),
    weights: fc
      .array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 12 })
      .filter((w) => w.some((x) => x > 0)),
  });

  it('always sums exactly to the total, in whole units', () => {
    fc.assert(
      fc.property(splitCase, ({ unit, units, weights }) => {
        const parts = unwrap(splitByLargestRemainder(ore(units * unit), weights, ore(unit)));
        expect(parts.reduce((a, b) => a + b, 0)).toBe(units * unit);
        expect(parts.every((p) => p % unit === 0)).toBe(true);
      }),
    );
  });

  it('gives each part less than one unit away from its exact share', () => {
    fc.assert(
      fc.property(splitCase, ({ unit, units, weights }) => {
        const parts = unwrap(splitByLargestRemainder(ore(units * unit), weights, ore(unit)));
        const sumW = weights.reduce((s, w) => s + BigInt(w), 0n);
        parts.forEach((p, i) => {
          // |p − total·w/W| < unit  ⇔  |p·W − total·w| < unit·W, exactly in integers
          const diff = BigInt(p) * sumW - BigInt(units * unit) * BigInt(weights[i]!);
          expect((diff < 0n ? -diff : diff) < BigInt(unit) * sumW).toBe(true);
        });
      }),
    );
  });

  it('never gives a larger weight a smaller part, and equal weights parts at most one unit apart', () => {
    fc.assert(
      fc.property(splitCase, ({ unit, units, weights }) => {
        const parts = unwrap(splitByLargestRemainder(ore(Math.abs(units) * unit), weights, ore(unit)));
        weights.forEach((wi, i) =>
          weights.forEach((wj, j) => {
            if (wi > wj) expect(parts[i]!).toBeGreaterThanOrEqual(parts[j]!);
            if (wi === wj) expect(Math.abs(parts[i]! - parts[j]!)).toBeLessThanOrEqual(unit);
          }),
        );
      }),
    );
  });

  it('gives the same split for the same input (deterministic)', () => {
    fc.assert(
      fc.property(splitCase, ({ unit, units, weights }) => {
        const a = splitByLargestRemainder(ore(units * unit), weights, ore(unit));
        const b = splitByLargestRemainder(ore(units * unit), [...weights], ore(unit));
        expect(a).toEqual(b);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyShare,
  applyShareRounded,
  basisPoints,
  checkShareCap,
  kronor,
  ore,
  requireWithinShareCap,
  type ShareCapRounding,
} from './index.js';

const bp = basisPoints;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const dvis = { maxShare: bp(5000), approvedCosts: kronor(11_010_777) };

describe('the share cap of a grant', () => {
  it('allows and reports DVIS: 5 505 389 kr against 50,00 % of 11 010 777 kr = 5 505 388,50 kr', () => {
    const c = checkShareCap({ ...dvis, amount: kronor(5_505_389) });
    expect(c).toEqual({
      status: 'rounding_remainder',
      exactCap: { ore: kronor(5_505_388.5), tenThousandthsOfOre: 0 },
      roundedCap: kronor(5_505_389),
      remainder: kronor(0.5),
      excess: 0,
    });
    expect(requireWithinShareCap({ ...dvis, amount: kronor(5_505_389) }).ok).toBe(true);
  });

  it.each([
    [5_505_388, 'within', 0, 0],
    [5_505_388.5, 'within', 0, 0],
    [5_505_388.51, 'rounding_remainder', 0.01, 0],
    [5_505_389, 'rounding_remainder', 0.5, 0],
    [5_505_389.01, 'exceeded', 0, 0.01],
    [5_505_390, 'exceeded', 0, 1],
    [6_000_000, 'exceeded', 0, 494_611],
    [0, 'within', 0, 0],
  ])('treats %s kr against the DVIS cap as %s (remainder %s kr, excess %s kr)', (amount, status, remainder, excess) => {
    const c = checkShareCap({ ...dvis, amount: kronor(amount) });
    expect(c).toMatchObject({ status, remainder: kronor(remainder), excess: kronor(excess) });
  });

  it.each<[number, ShareCapRounding, string, number, number]>([
    [5_505_388, 'down', 'within', 0, 0],
    [5_505_388.5, 'down', 'within', 0, 0],
    [5_505_388.51, 'down', 'exceeded', 0, 0.01],
    [5_505_389, 'down', 'exceeded', 0, 0.5],
    [5_505_389, 'half_up', 'rounding_remainder', 0.5, 0],
  ])(
    'treats %s kr against the DVIS cap rounded %s as %s (remainder %s kr, excess %s kr)',
    (amount, rounding, status, remainder, excess) => {
      const c = checkShareCap({ ...dvis, amount: kronor(amount), rounding });
      expect(c).toMatchObject({ status, remainder: kronor(remainder), excess: kronor(excess) });
      expect(c.roundedCap).toBe(kronor(rounding === 'down' ? 5_505_388 : 5_505_389));
    },
  );

  it('rounded down never passes an amount above the exact share, and rounds to whole kronor (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        (costs, share, amount) => {
          const input = {
            amount: ore(amount),
            maxShare: bp(share),
            approvedCosts: ore(costs),
            rounding: 'down' as const,
          };
          const c = checkShareCap(input);
          const withinExact = BigInt(amount) * 10_000n <= BigInt(costs) * BigInt(share);
          const cap = applyShareRounded(ore(costs), bp(share), 'down');
          return (
            (c.status === 'exceeded') === !withinExact &&
            c.status !== 'rounding_remainder' &&
            cap % 100 === 0 &&
            BigInt(cap) * 10_000n <= BigInt(costs) * BigInt(share) &&
            cap <= applyShare(ore(costs), bp(share)) &&
            applyShare(ore(costs), bp(share)) - cap <= 100
          );
        },
      ),
    );
  });

  it('rounds a cap with fractions of an öre by the one rule too', () => {
    // 33,33 % of 1 000 001 kr = 333 300,3333 kr → 333 300 kr
    const c = checkShareCap({ amount: kronor(333_300.34), maxShare: bp(3333), approvedCosts: kronor(1_000_001) });
    expect(c.exactCap).toEqual({ ore: 33_330_033, tenThousandthsOfOre: 3300 });
    expect(c.roundedCap).toBe(kronor(333_300));
    expect(c.status).toBe('exceeded');
  });

  it('keeps an amount with öre within the exact share even where the rounded cap is lower', () => {
    // 50 % of 0,03 kr = 0,015 kr, rounded 0 kr; 0,01 kr is within the share
    expect(checkShareCap({ amount: ore(1), maxShare: bp(5000), approvedCosts: ore(3) }).status).toBe('within');
    expect(checkShareCap({ amount: ore(2), maxShare: bp(5000), approvedCosts: ore(3) })).toMatchObject({
      status: 'exceeded',
      excess: 1,
    });
  });

  it('refuses an amount beyond the rounding remainder, naming the rule and by how much', () => {
    const r = requireWithinShareCap({ ...dvis, amount: kronor(6_000_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('share.cap_exceeded');
      expect(r.error.details).toMatchObject({ excessOre: kronor(494_611), capOre: kronor(5_505_389) });
      expect(plain(r.error.message.sv)).toBe(
        'Beloppet 6 000 000 kr överstiger 50,00 % av godkända kostnader 11 010 777 kr (avrundat 5 505 389 kr) med 494 611 kr.',
      );
      expect(plain(r.error.message.en)).toContain('exceeds 50,00 % of approved costs 11 010 777 kr');
    }
  });

  it('lets through exactly the amounts up to the exact share or the rounded cap, and calls only those above the exact share a remainder', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 1e12 }),
        (costs, share, amount) => {
          const c = checkShareCap({ amount: ore(amount), maxShare: bp(share), approvedCosts: ore(costs) });
          const exact = BigInt(costs) * BigInt(share); // ten-thousandths of an öre
          const a = BigInt(amount) * 10_000n;
          // Independent of applyShare: allowed ⇔ A ≤ s·C rounded half up to whole kronor
          const halfKrona = 500_000n;
          const allowed = a <= exact || a <= ((exact + halfKrona) / 1_000_000n) * 1_000_000n;
          expect(c.status === 'exceeded').toBe(!allowed);
          expect(c.status === 'within').toBe(a <= exact);
          if (c.status === 'rounding_remainder') expect(c.remainder).toBeLessThan(100);
        },
      ),
    );
  });
});

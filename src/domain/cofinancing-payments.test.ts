import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVANCE_RULE_2003_596,
  advanceLimit,
  basisPoints,
  checkAdvance,
  grantorShareWarning,
  kronor,
  ore,
  payableAmount,
} from './index.js';

const bp = basisPoints;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the payable amount of a payment request', () => {
  const grant = { grantAmount: kronor(1_000_000), maxShare: bp(5000) };

  it.each([
    // approved costs so far, paid before, final?, payable, limited by
    [400_000, 0, false, 200_000, 'share'],
    [800_000, 200_000, false, 200_000, 'share'],
    [3_000_000, 400_000, false, 600_000, 'grant'],
    [2_000_000, 0, true, 1_000_000, 'share'], // share and grant equal: the share is named
    [3_000_000, 1_000_000, true, 0, 'nothing_left'],
    [100_000, 200_000, false, 0, 'nothing_left'],
    [0, 0, false, 0, 'nothing_left'],
    [1_000_001, 0, false, 500_001, 'share'], // 500 000,50 kr rounds up
  ])(
    'with %s kr approved and %s kr paid before (final: %s) pays %s kr, limited by %s',
    (costs, paid, isFinal, payable, limit) => {
      const r = payableAmount({
        ...grant,
        cumulativeApprovedCosts: kronor(costs),
        cumulativePaid: kronor(paid),
        isFinal,
      });
      expect(r.payable).toBe(kronor(payable));
      expect(r.limitedBy).toBe(limit);
    },
  );

  it('holds back a withheld share until the final payment', () => {
    const base = { ...grant, cumulativeApprovedCosts: kronor(3_000_000), withheldUntilFinal: bp(1000) };
    const interim = payableAmount({ ...base, cumulativePaid: ore(0), isFinal: false });
    expect(interim).toMatchObject({ payable: kronor(900_000), capByGrant: kronor(900_000), limitedBy: 'withheld' });
    const final = payableAmount({ ...base, cumulativePaid: kronor(900_000), isFinal: true });
    expect(final).toMatchObject({ payable: kronor(100_000), capByGrant: kronor(1_000_000), limitedBy: 'grant' });
  });

  it('pays the DVIS grant in full on costs of 11 010 777 kr, by the one rounding rule', () => {
    const r = payableAmount({
      grantAmount: kronor(5_505_389),
      maxShare: bp(5000),
      cumulativeApprovedCosts: kronor(11_010_777),
      cumulativePaid: ore(0),
      isFinal: true,
    });
    expect(r).toMatchObject({ payable: kronor(5_505_389), capByShare: kronor(5_505_389), overpaid: 0 });
  });

  it('reports what was paid beyond what the costs now support, as the basis of a recovery', () => {
    const r = payableAmount({
      ...grant,
      cumulativeApprovedCosts: kronor(600_000),
      cumulativePaid: kronor(400_000),
      isFinal: true,
    });
    expect(r).toMatchObject({ payable: 0, overpaid: kronor(100_000), limitedBy: 'nothing_left' });
  });

  const requests = fc.record({
    grantAmount: fc.integer({ min: 0, max: 1e10 }),
    share: fc.integer({ min: 0, max: 10000 }),
    withheld: fc.integer({ min: 0, max: 5000 }),
    costSteps: fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 10 }),
  });
  // s × C rounded half up to whole kronor, computed here without the code under test
  const capOf = (costs: number, share: number) =>
    Number(((BigInt(costs) * BigInt(share) + 500_000n) / 1_000_000n) * 100n);

  it('never lets cumulative payments exceed the grant, the share of costs, or the unwithheld part before the final', () => {
    fc.assert(
      fc.property(requests, ({ grantAmount, share, withheld, costSteps }) => {
        let costs = 0;
        let paid = 0;
        costSteps.forEach((step, i) => {
          costs += step;
          const isFinal = i === costSteps.length - 1;
          const r = payableAmount({
            grantAmount: ore(grantAmount),
            maxShare: bp(share),
            cumulativeApprovedCosts: ore(costs),
            cumulativePaid: ore(paid),
            withheldUntilFinal: bp(withheld),
            isFinal,
          });
          expect(r.payable).toBeGreaterThanOrEqual(0);
          paid += r.payable;
          expect(paid).toBeLessThanOrEqual(Math.min(grantAmount, capOf(costs, share)));
          if (!isFinal) expect(paid).toBeLessThanOrEqual(grantAmount - (grantAmount * withheld) / 10000 + 50);
        });
      }),
    );
  });

  it('has paid exactly min(grant, share of costs) after the final request, the whole grant when costs suffice', () => {
    fc.assert(
      fc.property(requests, ({ grantAmount, share, withheld, costSteps }) => {
        let costs = 0;
        let paid = 0;
        costSteps.forEach((step, i) => {
          costs += step;
          paid += payableAmount({
            grantAmount: ore(grantAmount),
            maxShare: bp(share),
            cumulativeApprovedCosts: ore(costs),
            cumulativePaid: ore(paid),
            withheldUntilFinal: bp(withheld),
            isFinal: i === costSteps.length - 1,
          }).payable;
        });
        expect(paid).toBe(Math.min(grantAmount, capOf(costs, share)));
        if (capOf(costs, share) >= grantAmount) expect(paid).toBe(grantAmount);
      }),
    );
  });
});

describe('advances under förordning 2003:596 11 §', () => {
  it.each([
    [500_000, 250_000],
    [800_000, 400_000],
    [800_002, 400_000],
    [5_505_389, 400_000],
    [1_001, 501], // 500,50 kr rounds up
    [0, 0],
  ])('a grant of %s kr allows an advance of at most %s kr', (grantKr, limitKr) => {
    expect(advanceLimit({ grantAmount: kronor(grantKr) })).toBe(kronor(limitKr));
  });

  it('is half the grant and at most 400 000 kr by default', () => {
    expect(ADVANCE_RULE_2003_596).toEqual({ maxShareOfGrant: 5000, maxAmount: kronor(400_000) });
  });

  it('follows a configured rule', () => {
    const rule = { maxShareOfGrant: bp(3000), maxAmount: kronor(1_000_000) };
    expect(advanceLimit({ grantAmount: kronor(1_000_000), rule })).toBe(kronor(300_000));
    expect(advanceLimit({ grantAmount: kronor(5_000_000), rule })).toBe(kronor(1_000_000));
  });

  it('accepts an advance within the limit and refuses one above it, saying by how much', () => {
    expect(checkAdvance({ grantAmount: kronor(600_000), requested: kronor(300_000) })).toEqual({
      ok: true,
      value: { limit: kronor(300_000) },
    });
    const r = checkAdvance({ grantAmount: kronor(5_505_389), requested: kronor(500_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('advance.exceeds_limit');
      expect(plain(r.error.message.sv)).toBe(
        'Förskottet 500 000 kr överstiger det högsta tillåtna, 400 000 kr (50,00 % av stödet 5 505 389 kr, dock högst 400 000 kr), med 100 000 kr.',
      );
    }
  });
});

describe('one grantor’s share (förordning 2003:596 5 §)', () => {
  it.each([
    [5000, false],
    [4999, false],
    [0, false],
    [5001, true],
    [10_000, true],
  ])('a max share of %s basis points warns: %s', (share, warns) => {
    const w = grantorShareWarning(bp(share));
    expect(w !== null).toBe(warns);
    if (w) {
      expect(w).toMatchObject({ code: 'share.single_grantor_limit', severity: 'warning' });
      expect(plain(w.message.sv)).toContain('överstiger 50,00 %');
    }
  });

  it('follows a configured limit', () => {
    expect(grantorShareWarning(bp(5000), bp(4000))).not.toBeNull();
    expect(grantorShareWarning(bp(7500), bp(10_000))).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceLimit,
  basisPoints,
  checkCommitment,
  checkShareCap,
  exceedsSingleGrantorShare,
  kronor,
  ore,
  payableAmount,
  releaseOnClosure,
  requireWithinShareCap,
} from './index.js';

const bp = basisPoints;

describe('the share cap of a grant', () => {
  it('allows and reports DVIS: 5 505 389 kr against 50 % of 11 010 777 kr (5 505 388,50 kr)', () => {
    const c = checkShareCap({ amount: kronor(5_505_389), maxShare: bp(5000), approvedCosts: kronor(11_010_777) });
    expect(c.status).toBe('rounding_remainder');
    expect(c.remainder).toBe(kronor(0.5));
    expect(c.exactCap.ore).toBe(kronor(5_505_388.5));
    expect(c.roundedCap).toBe(kronor(5_505_389));
  });

  it.each([
    [5_505_388, 'within'],
    [5_505_388.5, 'within'],
    [5_505_389, 'rounding_remainder'],
    [5_505_389.01, 'exceeded'],
    [5_505_390, 'exceeded'],
  ])('treats %s kr against the DVIS cap as %s', (amount, status) => {
    expect(
      checkShareCap({ amount: kronor(amount), maxShare: bp(5000), approvedCosts: kronor(11_010_777) }).status,
    ).toBe(status);
  });

  it('refuses an amount beyond the rounding remainder and says by how much', () => {
    const r = requireWithinShareCap({
      amount: kronor(6_000_000),
      maxShare: bp(5000),
      approvedCosts: kronor(11_010_777),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('share.cap_exceeded');
      expect(r.error.message.sv.replace(/\u00a0/g, ' ')).toContain('med 494 611 kr');
      expect(r.error.message.en).toContain('exceeds');
    }
  });

  it('never lets an amount above the rounded cap pass', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 1e11 }),
        (costs, share, amount) => {
          const c = checkShareCap({ amount: ore(amount), maxShare: bp(share), approvedCosts: ore(costs) });
          expect(c.status === 'exceeded').toBe(amount > c.roundedCap);
        },
      ),
    );
  });

  it('warns when one grantor pays more than half (förordning 2003:596 5 §)', () => {
    expect(exceedsSingleGrantorShare(bp(5000))).toBe(false);
    expect(exceedsSingleGrantorShare(bp(5001))).toBe(true);
  });
});

describe('the payable amount of a payment request', () => {
  const grant = { grantAmount: kronor(1_000_000), maxShare: bp(5000) };

  it.each([
    // approved costs so far, paid before, final?, payable, limited by
    [400_000, 0, false, 200_000, 'share'],
    [800_000, 200_000, false, 200_000, 'share'],
    [3_000_000, 400_000, false, 600_000, 'grant'],
    [3_000_000, 1_000_000, true, 0, 'nothing_left'],
    [100_000, 200_000, false, 0, 'nothing_left'],
  ])(
    'with %s kr approved and %s kr paid (final: %s) pays %s kr, limited by %s',
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
    const interim = payableAmount({
      ...grant,
      cumulativeApprovedCosts: kronor(3_000_000),
      cumulativePaid: ore(0),
      withheldUntilFinal: bp(1000),
      isFinal: false,
    });
    expect(interim.payable).toBe(kronor(900_000));
    expect(interim.limitedBy).toBe('withheld');
    const final = payableAmount({
      ...grant,
      cumulativeApprovedCosts: kronor(3_000_000),
      cumulativePaid: kronor(900_000),
      withheldUntilFinal: bp(1000),
      isFinal: true,
    });
    expect(final.payable).toBe(kronor(100_000));
  });

  it('rounds the share of costs to whole kronor with the one rounding rule', () => {
    const r = payableAmount({
      grantAmount: kronor(5_505_389),
      maxShare: bp(5000),
      cumulativeApprovedCosts: kronor(11_010_777),
      cumulativePaid: ore(0),
      isFinal: true,
    });
    expect(r.payable).toBe(kronor(5_505_389));
  });

  it('never pays more than the grant or the share of costs, however the requests come', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 10 }),
        (grantAmount, share, costSteps) => {
          let costs = 0;
          let paid = 0;
          costSteps.forEach((step, i) => {
            costs += step;
            const isFinal = i === costSteps.length - 1;
            paid += payableAmount({
              grantAmount: ore(grantAmount),
              maxShare: bp(share),
              cumulativeApprovedCosts: ore(costs),
              cumulativePaid: ore(paid),
              isFinal,
            }).payable;
            expect(paid).toBeLessThanOrEqual(grantAmount);
            expect(paid).toBeLessThanOrEqual(Math.round((costs * share) / 10000 / 100 + 0.5) * 100);
          });
          if ((costs * share) / 10000 >= grantAmount + 100) expect(paid).toBe(grantAmount);
        },
      ),
    );
  });
});

describe('advances under förordning 2003:596 11 §', () => {
  it.each([
    [500_000, 250_000],
    [800_000, 400_000],
    [5_505_389, 400_000],
    [1_001, 501],
  ])('a grant of %s kr allows an advance of at most %s kr', (grantKr, limitKr) => {
    expect(advanceLimit(kronor(grantKr))).toBe(kronor(limitKr));
  });

  it('follows a configured rule', () => {
    expect(advanceLimit(kronor(1_000_000), { maxShareOfGrant: bp(3000), maxAmount: kronor(1_000_000) })).toBe(
      kronor(300_000),
    );
  });
});

describe('commitments against an appropriation year budget', () => {
  const base = { appropriation: '1:1', year: 2023, yearBudget: kronor(60_000_000), committed: kronor(30_926_890) };

  it('accepts a grant that fits and tells what remains', () => {
    const r = checkCommitment({ ...base, amount: kronor(29_073_110) });
    expect(r.ok && r.value.remainingAfter).toBe(0);
  });

  it('blocks a grant that would overdraw, saying by how much', () => {
    const r = checkCommitment({ ...base, amount: kronor(30_000_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('commitment.overdrawn');
      expect(r.error.message.sv.replace(/\u00a0/g, ' ')).toContain('överskrids med 926 890 kr');
    }
  });

  it('lets an explicit override with a reason through, and refuses one without a reason', () => {
    const r = checkCommitment({
      ...base,
      amount: kronor(30_000_000),
      override: { reason: 'Beslut i nämnden om tilläggsbudget' },
    });
    expect(r.ok && r.value).toMatchObject({ overridden: true, overdrawnBy: kronor(926_890) });
    const empty = checkCommitment({ ...base, amount: kronor(30_000_000), override: { reason: '  ' } });
    expect(empty.ok ? null : empty.error.code).toBe('commitment.override_needs_reason');
  });

  it('returns what was not paid at closure', () => {
    expect(releaseOnClosure({ granted: kronor(2_491_478), paid: kronor(2_000_000) })).toBe(kronor(491_478));
    expect(releaseOnClosure({ granted: kronor(100), paid: kronor(200) })).toBe(0);
  });
});

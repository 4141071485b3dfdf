import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVANCE_RULE_2003_596,
  projectPositionOf,
  assessPayment,
  basisPoints,
  checkCostApprovals,
  checkPaymentCeiling,
  kronor,
  ore,
  paymentCeiling,
  paymentRequestTotals,
  type PaymentAssessmentInput,
} from './index.js';

const bp = basisPoints;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the totals of a payment request', () => {
  it('adds the categories and subtracts project income', () => {
    const t = paymentRequestTotals([
      { category: 'staff', claimedOre: kronor(300_000), approvedOre: kronor(280_000) },
      { category: 'travel_accommodation', claimedOre: kronor(20_000), approvedOre: kronor(20_000) },
      { category: 'project_income', claimedOre: kronor(10_000), approvedOre: kronor(10_000) },
    ]);
    expect(t).toEqual({ claimed: kronor(310_000), approved: kronor(290_000), cut: kronor(20_000) });
  });

  it('has no approved total while a category is unchecked', () => {
    const t = paymentRequestTotals([
      { category: 'staff', claimedOre: kronor(100), approvedOre: kronor(100) },
      { category: 'in_kind', claimedOre: kronor(50) },
    ]);
    expect(t).toEqual({ claimed: kronor(150), approved: null, cut: 0 });
  });
});

describe("the officer's check of the costs", () => {
  it('accepts every category approved in full or cut with a motivation', () => {
    expect(
      checkCostApprovals([
        { category: 'staff', claimedOre: kronor(100_000), approvedOre: kronor(100_000) },
        {
          category: 'external_services',
          claimedOre: kronor(50_000),
          approvedOre: kronor(40_000),
          motivation: 'Ej stödberättigad konsult.',
        },
      ]),
    ).toEqual([]);
  });

  it('refuses more than claimed, a cut without a motivation, an unchecked or a repeated category', () => {
    const issues = checkCostApprovals([
      { category: 'staff', claimedOre: kronor(100_000), approvedOre: kronor(100_001) },
      { category: 'external_services', claimedOre: kronor(50_000), approvedOre: kronor(40_000), motivation: '  ' },
      { category: 'travel_accommodation', claimedOre: kronor(5_000) },
      { category: 'staff', claimedOre: kronor(1), approvedOre: kronor(1) },
    ]);
    expect(issues.map((i) => [i.code, i.category])).toEqual([
      ['payment.approved_above_claimed', 'staff'],
      ['payment.cut_without_motivation', 'external_services'],
      ['payment.approval_missing', 'travel_accommodation'],
      ['payment.duplicate_category', 'staff'],
    ]);
    expect(plain(issues[0]!.message.sv)).toBe(
      'Godkänt belopp för Personal, 100 001 kr, är större än det begärda, 100 000 kr.',
    );
    expect(plain(issues[1]!.message.en)).toContain('External services is 10 000 kr below the claim');
  });
});

/** A grant of 1 000 000 kr at 50 % with 10 % withheld until the final payment. */
const base: PaymentAssessmentInput = {
  kind: 'interim',
  grantAmount: kronor(1_000_000),
  maxShare: bp(5000),
  withheldUntilFinal: bp(1000),
  priorApprovedCosts: ore(0),
  priorAdvances: ore(0),
  committed: ore(0),
  approvedCosts: ore(0),
  requestedAdvance: ore(0),
};

describe('what a payment request pays', () => {
  it.each([
    // kind, prior costs, committed, this request's costs, payable, limited by, remaining grant
    ['interim', 0, 0, 400_000, 200_000, 'share', 800_000],
    ['interim', 400_000, 200_000, 400_000, 200_000, 'share', 600_000],
    ['interim', 800_000, 400_000, 2_000_000, 500_000, 'withheld', 100_000],
    ['interim', 1_800_000, 900_000, 200_000, 0, 'nothing_left', 100_000],
    ['final', 1_800_000, 900_000, 200_000, 100_000, 'share', 0],
    ['final', 1_800_000, 900_000, 1_000_000, 100_000, 'grant', 0],
  ] as const)(
    '%s with %s kr approved before, %s kr committed and %s kr now pays %s kr (%s), leaving %s kr',
    (kind, prior, committed, costs, payable, limit, remaining) => {
      const r = assessPayment({
        ...base,
        kind,
        priorApprovedCosts: kronor(prior),
        committed: kronor(committed),
        approvedCosts: kronor(costs),
      });
      expect([r.payable, r.limitedBy, r.remainingGrant]).toEqual([kronor(payable), limit, kronor(remaining)]);
      expect(r.withheld).toBe(kind === 'final' ? 0 : kronor(100_000));
    },
  );

  it('pays without a share cap when the decision states none', () => {
    const r = assessPayment({ ...base, maxShare: null, withheldUntilFinal: bp(0), approvedCosts: kronor(300_000) });
    expect([r.payable, r.limitedBy]).toEqual([kronor(300_000), 'share']);
  });

  it('pays an advance of at most half the grant and at most 400 000 kr (förordning 2003:596 11 §)', () => {
    const big = { ...base, kind: 'advance' as const, grantAmount: kronor(2_000_000) };
    const ok = assessPayment({ ...big, requestedAdvance: kronor(400_000) });
    expect([ok.payable, ok.limitedBy, ok.advanceLimit, ok.issues]).toEqual([
      kronor(400_000),
      'advance',
      kronor(400_000),
      [],
    ]);
    const over = assessPayment({ ...big, requestedAdvance: kronor(400_001) });
    expect(over.payable).toBe(0);
    expect(over.issues.map((i) => i.code)).toEqual(['advance.exceeds_limit']);
    expect(plain(over.issues[0]!.message.sv)).toContain('med 1 kr');

    const small = { ...base, kind: 'advance' as const, grantAmount: kronor(600_000) };
    expect(assessPayment({ ...small, requestedAdvance: kronor(300_000) }).issues).toEqual([]);
    const half = assessPayment({ ...small, requestedAdvance: kronor(300_001) });
    expect(half.issues[0]!.details).toMatchObject({ limitOre: kronor(300_000), excessOre: kronor(1) });
  });

  it('counts earlier advances against the advance limit', () => {
    const r = assessPayment({
      ...base,
      kind: 'advance',
      grantAmount: kronor(2_000_000),
      priorAdvances: kronor(300_000),
      committed: kronor(300_000),
      requestedAdvance: kronor(150_000),
    });
    expect(r.issues[0]!.details).toMatchObject({ requestedOre: kronor(450_000), excessOre: kronor(50_000) });
  });

  it('takes a configured advance rule', () => {
    const rule = { maxShareOfGrant: bp(3000), maxAmount: kronor(1_000_000) };
    const r = assessPayment({ ...base, kind: 'advance', advanceRule: rule, requestedAdvance: kronor(300_001) });
    expect(r.advanceLimit).toBe(kronor(300_000));
    expect(r.issues).toHaveLength(1);
    expect(ADVANCE_RULE_2003_596.maxAmount).toBe(kronor(400_000));
  });

  it('offsets an advance against later payments', () => {
    const later = assessPayment({
      ...base,
      priorAdvances: kronor(400_000),
      committed: kronor(400_000),
      approvedCosts: kronor(1_000_000),
    });
    expect([later.payable, later.limitedBy]).toEqual([kronor(100_000), 'share']);
  });
});

describe('the ceiling of all payments of a project', () => {
  const c = {
    grantAmount: kronor(1_000_000),
    maxShare: bp(5000),
    cumulativeApprovedCosts: kronor(3_000_000),
    advances: ore(0),
    withheldUntilFinal: bp(1000),
    includesFinal: false,
  };

  it('is the grant less the withheld share before the final payment, the grant after it', () => {
    expect(paymentCeiling(c)).toBe(kronor(900_000));
    expect(paymentCeiling({ ...c, includesFinal: true })).toBe(kronor(1_000_000));
  });

  it('is the share of costs when that is lower, or the advances where they are more', () => {
    expect(paymentCeiling({ ...c, cumulativeApprovedCosts: kronor(600_000) })).toBe(kronor(300_000));
    expect(paymentCeiling({ ...c, cumulativeApprovedCosts: kronor(0), advances: kronor(400_000) })).toBe(
      kronor(400_000),
    );
  });

  it('refuses a total above it, naming the excess', () => {
    expect(checkPaymentCeiling({ ...c, total: kronor(900_000) })).toBeNull();
    const refused = checkPaymentCeiling({ ...c, total: kronor(900_001) });
    expect(refused?.code).toBe('payment.cap_exceeded');
    expect(refused?.details).toMatchObject({ ceilingOre: kronor(900_000), excessOre: kronor(1) });
    expect(plain(refused!.message.sv)).toContain('med 1 kr');
  });

  it('is never passed by a sequence of requests paid as assessed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 5e8 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (grant, share, withheld, steps, endWithFinal) => {
          let costs = ore(0);
          let committed = ore(0);
          steps.forEach((step, i) => {
            const kind = endWithFinal && i === steps.length - 1 ? 'final' : 'interim';
            const r = assessPayment({
              ...base,
              kind,
              grantAmount: ore(grant),
              maxShare: bp(share),
              withheldUntilFinal: bp(withheld),
              priorApprovedCosts: costs,
              committed,
              approvedCosts: ore(step),
            });
            costs = r.cumulativeApprovedCosts;
            committed = ore(committed + r.payable);
            const check = checkPaymentCeiling({
              grantAmount: ore(grant),
              maxShare: bp(share),
              cumulativeApprovedCosts: costs,
              advances: ore(0),
              withheldUntilFinal: bp(withheld),
              includesFinal: kind === 'final',
              total: committed,
            });
            expect(check).toBeNull();
            expect(committed).toBeLessThanOrEqual(grant);
          });
        },
      ),
    );
  });
});

describe('projectPositionOf', () => {
  it('adds the costs of the other decided requests, the advances, the payments and what is approved but unpaid', () => {
    const position = projectPositionOf(
      [
        { kind: 'advance', status: 'paid', approvedCostsOre: null, payableOre: 100_00 },
        { kind: 'interim', status: 'paid', approvedCostsOre: 400_00, payableOre: 200_00 },
        { kind: 'interim', status: 'approved', approvedCostsOre: 300_00, payableOre: 150_00 },
      ],
      [
        { amountOre: 100_00, requestId: 'a' },
        { amountOre: 200_00, requestId: 'b' },
      ],
      null,
    );
    expect(position).toEqual({
      priorApprovedCosts: 700_00,
      priorAdvances: 100_00,
      paid: 300_00,
      committed: 450_00,
      finalDecided: false,
    });
  });

  it('leaves out the payments of the request being decided and notes a decided final request', () => {
    const position = projectPositionOf(
      [{ kind: 'final', status: 'approved', approvedCostsOre: 50_00, payableOre: 25_00 }],
      [
        { amountOre: 10_00, requestId: 'this' },
        { amountOre: 20_00, requestId: null },
      ],
      'this',
    );
    expect(position).toMatchObject({ paid: 20_00, committed: 45_00, finalDecided: true, priorAdvances: 0 });
  });

  it('is all zero for a project with nothing decided', () => {
    expect(projectPositionOf([], [], null)).toEqual({
      priorApprovedCosts: 0,
      priorAdvances: 0,
      paid: 0,
      committed: 0,
      finalDecided: false,
    });
  });
});

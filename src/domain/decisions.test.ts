import { describe, expect, it } from 'vitest';
import {
  basisPoints,
  changedTerms,
  checkActivitiesInPeriod,
  checkAmendmentPeriod,
  decisionInForce,
  decisionVersions,
  DECISION_KINDS,
  isClosureDecisionKind,
  kronor,
  parseLocalDate,
  unwrap,
  type DecisionRecord,
  type PlannedActivity,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const at = (s: string) => new Date(`${s}T12:00:00Z`);

const doviGrant: DecisionRecord = {
  id: 'grant',
  kind: 'grant',
  amendsId: null,
  approvedAt: at('2023-03-01'),
  terms: {
    amount: kronor(2_491_478),
    period: { start: d('2023-03-01'), end: d('2026-02-28') },
    activityPlanId: 'plan-1',
  },
};
const doviAmendment: DecisionRecord = {
  id: 'amend-1',
  kind: 'amend',
  amendsId: 'grant',
  approvedAt: at('2025-08-29'),
  terms: { period: { start: d('2023-03-01'), end: d('2026-08-31') }, activityPlanId: 'plan-2' },
};

describe('decisions that end or take back a grant', () => {
  it('are the withdrawal, the recovery and the closure, and no other kind', () => {
    expect(DECISION_KINDS.filter(isClosureDecisionKind)).toEqual(['close', 'withdraw', 'recover']);
  });
  it('are not a kind the system does not know', () => {
    for (const word of ['', 'Close', 'closure', 'amend ', 'refund']) expect(isClosureDecisionKind(word)).toBe(false);
  });
});

describe('the decision in force', () => {
  it('is DOVI with the period extended to 2026-08-31 and the revised plan, the amount unchanged', () => {
    expect(decisionInForce([doviGrant, doviAmendment], 'grant')).toEqual({
      amount: kronor(2_491_478),
      maxShare: null,
      approvedCosts: null,
      period: { start: '2023-03-01', end: '2026-08-31' },
      activityPlanId: 'plan-2',
      activities: null,
    });
  });

  it('is the original grant when nothing amends it', () => {
    expect(decisionInForce([doviGrant], 'grant')?.period?.end).toBe('2026-02-28');
  });

  it('ignores amendments that are not approved', () => {
    const draft = { ...doviAmendment, id: 'draft', approvedAt: null };
    expect(decisionInForce([doviGrant, draft], 'grant')?.period?.end).toBe('2026-02-28');
  });

  it('applies amendments in the order they were approved, including amendments of amendments', () => {
    const amount: DecisionRecord = {
      id: 'amend-2',
      kind: 'amend',
      amendsId: 'amend-1',
      approvedAt: at('2025-10-01'),
      terms: { amount: kronor(2_600_000), maxShare: basisPoints(4000) },
    };
    const later: DecisionRecord = {
      id: 'amend-3',
      kind: 'amend',
      amendsId: 'grant',
      approvedAt: at('2026-01-10'),
      terms: { period: { start: d('2023-03-01'), end: d('2026-10-31') }, amount: undefined },
    };
    const terms = decisionInForce([later, amount, doviGrant, doviAmendment], 'grant');
    expect(terms).toMatchObject({
      amount: kronor(2_600_000),
      maxShare: 4000,
      period: { end: '2026-10-31' },
      activityPlanId: 'plan-2',
    });
  });

  it('keeps every version, one per approved decision, for the history and the diff', () => {
    const versions = decisionVersions([doviAmendment, doviGrant], 'grant');
    expect(versions.map((v) => v.decisionId)).toEqual(['grant', 'amend-1']);
    expect(versions[0]!.terms.period?.end).toBe('2026-02-28');
    expect(changedTerms(versions[0]!.terms, versions[1]!.terms)).toEqual(['period', 'activityPlanId']);
  });

  it('orders amendments approved at the same instant by id, whatever the input order', () => {
    const a: DecisionRecord = { ...doviAmendment, id: 'a', terms: { activityPlanId: 'from-a' } };
    const b: DecisionRecord = { ...doviAmendment, id: 'b', terms: { activityPlanId: 'from-b' } };
    expect(decisionInForce([doviGrant, b, a], 'grant')?.activityPlanId).toBe('from-b');
    expect(decisionInForce([a, doviGrant, b], 'grant')?.activityPlanId).toBe('from-b');
  });

  it('lets an amendment set a term to null explicitly, e.g. drop a share cap', () => {
    const grant: DecisionRecord = { ...doviGrant, terms: { ...doviGrant.terms, maxShare: basisPoints(5000) } };
    const drop: DecisionRecord = { ...doviAmendment, terms: { maxShare: null } };
    expect(decisionInForce([grant, drop], 'grant')?.maxShare).toBeNull();
  });

  it('carries a revised activity plan as activities', () => {
    const plan = [{ number: '1', start: d('2023-03-01'), end: d('2026-08-31'), cost: kronor(150_000) }];
    const revised: DecisionRecord = { ...doviAmendment, terms: { activities: plan } };
    expect(decisionInForce([doviGrant, revised], 'grant')?.activities).toEqual(plan);
  });

  it.each([
    ['an unapproved grant', [{ ...doviGrant, approvedAt: null }], 'grant'],
    ['an unknown id', [doviGrant], 'nope'],
    ['an amendment taken for the original', [doviGrant, doviAmendment], 'amend-1'],
  ])('does not exist for %s', (_what, decisions, id) => {
    expect(decisionInForce(decisions, id)).toBeNull();
    expect(decisionVersions(decisions, id)).toEqual([]);
  });

  it('ignores amendments of other grants and decisions of other kinds', () => {
    const other = { ...doviAmendment, id: 'x', amendsId: 'other-grant' };
    const recovery: DecisionRecord = { ...doviAmendment, id: 'r', kind: 'recover', terms: { amount: kronor(0) } };
    expect(decisionInForce([doviGrant, other, recovery], 'grant')).toMatchObject({
      amount: kronor(2_491_478),
      period: { end: '2026-02-28' },
    });
  });

  it('never changes the decisions it reads: approved decisions are immutable', () => {
    const grant = structuredClone(doviGrant);
    const amendment = structuredClone(doviAmendment);
    decisionInForce([grant, amendment], 'grant');
    expect(grant).toEqual(doviGrant);
    expect(amendment).toEqual(doviAmendment);
  });
});

// DOVI's revised plan (seed 001) in outline: activity 1 spans the whole period, 4.1 a part, 8 the end.
const plan: PlannedActivity[] = [
  { number: '1', start: d('2023-03-01'), end: d('2026-08-31') },
  { number: '4.1', start: d('2023-05-01'), end: d('2025-12-31') },
  { number: '8', start: d('2026-01-01'), end: d('2026-08-31') },
  { number: '9', start: null, end: null },
];
const doviAmended = { start: d('2023-03-01'), end: d('2026-08-31') };

describe('activities and the project period', () => {
  it("accepts DOVI's revised plan inside 2023-03-01 – 2026-08-31", () => {
    expect(checkActivitiesInPeriod(doviAmended, plan)).toEqual([]);
  });

  it('names each activity outside the period, with its dates and the period', () => {
    const errors = checkActivitiesInPeriod({ start: d('2023-03-01'), end: d('2026-02-28') }, plan);
    expect(errors.map((e) => [e.code, e.details?.number])).toEqual([
      ['activity.outside_period', '1'],
      ['activity.outside_period', '8'],
    ]);
    expect(errors[0]!.message.sv).toBe(
      'Aktivitet 1 (2023-03-01 – 2026-08-31) ligger utanför projektperioden 2023-03-01 – 2026-02-28.',
    );
  });

  it.each([
    ['starts before the period', '2023-02-28', '2023-06-30', 1],
    ['ends after the period', '2026-08-01', '2026-09-01', 1],
    ['lies on its edges', '2023-03-01', '2026-08-31', 0],
    ['is one day inside', '2024-01-01', '2024-01-01', 0],
  ])('an activity that %s gives %s errors', (_what, start, end, count) => {
    expect(checkActivitiesInPeriod(doviAmended, [{ number: '2', start: d(start), end: d(end) }])).toHaveLength(count);
  });

  it('checks a half-known activity by the date it has', () => {
    expect(checkActivitiesInPeriod(doviAmended, [{ number: '3', start: d('2022-01-01'), end: null }])).toHaveLength(1);
    expect(checkActivitiesInPeriod(doviAmended, [{ number: '3', start: null, end: d('2026-01-01') }])).toHaveLength(0);
  });

  it('refuses an activity that ends before it starts', () => {
    const errors = checkActivitiesInPeriod(doviAmended, [
      { number: '5.2', start: d('2025-06-01'), end: d('2025-05-01') },
    ]);
    expect(errors.map((e) => e.code)).toEqual(['activity.inverted']);
    expect(errors[0]!.message.en).toBe('Activity 5.2 starts 2025-06-01 but ends 2025-05-01, before it starts.');
  });
});

describe('amendments that change the period', () => {
  it('refuses to shorten the period past an activity or a paid cost, naming each', () => {
    const r = checkAmendmentPeriod({
      newPeriod: { start: d('2023-03-01'), end: d('2025-12-31') },
      activities: plan,
      paidCostsDates: [d('2026-02-15'), d('2024-05-01'), d('2026-02-15')],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((e) => [e.code, e.details?.number ?? e.details?.date])).toEqual([
        ['amendment.orphans_activity', '1'],
        ['amendment.orphans_activity', '8'],
        ['amendment.orphans_paid_costs', '2026-02-15'],
      ]);
      expect(r.error[1]!.message.sv).toBe(
        'Den nya perioden 2023-03-01 – 2025-12-31 lämnar aktivitet 8 (2026-01-01 – 2026-08-31) utanför.',
      );
      expect(r.error[2]!.message.en).toBe(
        'The new period 2023-03-01 – 2025-12-31 excludes costs already paid, dated 2026-02-15.',
      );
    }
  });

  it('refuses a later start that leaves earlier work and payments outside', () => {
    const r = checkAmendmentPeriod({
      newPeriod: { start: d('2023-06-01'), end: d('2026-08-31') },
      activities: plan,
      paidCostsDates: [d('2023-04-30')],
    });
    expect(r.ok ? [] : r.error.map((e) => e.details?.number ?? e.details?.date)).toEqual(['1', '4.1', '2023-04-30']);
  });

  it('accepts DOVI’s extension by six months', () => {
    expect(
      checkAmendmentPeriod({ newPeriod: doviAmended, activities: plan, paidCostsDates: [d('2024-05-01')] }),
    ).toEqual({
      ok: true,
      value: doviAmended,
    });
  });
});

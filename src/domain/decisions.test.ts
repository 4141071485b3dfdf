import { describe, expect, it } from 'vitest';
import {
  checkActivitiesInPeriod,
  checkAmendmentPeriod,
  decisionInForce,
  delegatedDecisionsForReport,
  delegationPointMissing,
  kronor,
  parseLocalDate,
  requiresCommitteeDecision,
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
    maxShare: null,
    approvedCosts: null,
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

describe('the decision in force', () => {
  it('is DOVI with the amended period and plan, the amount unchanged', () => {
    expect(decisionInForce([doviGrant, doviAmendment], 'grant')).toEqual({
      amount: kronor(2_491_478),
      maxShare: null,
      approvedCosts: null,
      period: { start: '2023-03-01', end: '2026-08-31' },
      activityPlanId: 'plan-2',
    });
  });

  it('ignores amendments that are not approved', () => {
    const draft = { ...doviAmendment, id: 'draft', approvedAt: null };
    expect(decisionInForce([doviGrant, draft], 'grant')?.period?.end).toBe('2026-02-28');
  });

  it('applies amendments in the order they were approved, including amendments of amendments', () => {
    const amount = {
      id: 'amend-2',
      kind: 'amend' as const,
      amendsId: 'amend-1',
      approvedAt: at('2025-10-01'),
      terms: { amount: kronor(2_600_000) },
    };
    const later = {
      id: 'amend-3',
      kind: 'amend' as const,
      amendsId: 'grant',
      approvedAt: at('2026-01-10'),
      terms: { period: { start: d('2023-03-01'), end: d('2026-10-31') } },
    };
    const terms = decisionInForce([later, amount, doviGrant, doviAmendment], 'grant');
    expect(terms?.amount).toBe(kronor(2_600_000));
    expect(terms?.period?.end).toBe('2026-10-31');
    expect(terms?.activityPlanId).toBe('plan-2');
  });

  it('does not exist for an unapproved or unknown grant', () => {
    expect(decisionInForce([{ ...doviGrant, approvedAt: null }], 'grant')).toBeNull();
    expect(decisionInForce([doviGrant], 'nope')).toBeNull();
  });

  it('ignores amendments of other grants', () => {
    const other = { ...doviAmendment, id: 'x', amendsId: 'other-grant' };
    expect(decisionInForce([doviGrant, other], 'grant')?.period?.end).toBe('2026-02-28');
  });
});

const plan: PlannedActivity[] = [
  { number: '1', start: d('2023-03-01'), end: d('2026-08-31') },
  { number: '4.1', start: d('2023-05-01'), end: d('2025-12-31') },
  { number: '8', start: d('2026-01-01'), end: d('2026-08-31') },
];

describe('activities and the project period', () => {
  it("accepts DOVI's revised plan inside 2023-03-01 – 2026-08-31", () => {
    expect(checkActivitiesInPeriod({ start: d('2023-03-01'), end: d('2026-08-31') }, plan)).toEqual([]);
  });

  it('names each activity outside the period', () => {
    const errors = checkActivitiesInPeriod({ start: d('2023-03-01'), end: d('2026-02-28') }, plan);
    expect(errors.map((e) => e.details?.number)).toEqual(['1', '8']);
    expect(errors[0]!.message.sv).toContain('2026-08-31');
  });

  it('refuses an amendment that shortens the period past an activity or a paid cost', () => {
    const r = checkAmendmentPeriod({
      newPeriod: { start: d('2023-03-01'), end: d('2025-12-31') },
      activities: plan,
      paidCostDates: [d('2026-02-15')],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((e) => e.code)).toEqual([
        'amendment.orphans_activity',
        'amendment.orphans_activity',
        'amendment.orphans_paid_costs',
      ]);
    }
  });

  it('accepts an extension', () => {
    expect(
      checkAmendmentPeriod({
        newPeriod: { start: d('2023-03-01'), end: d('2026-08-31') },
        activities: plan,
        paidCostDates: [d('2024-05-01')],
      }).ok,
    ).toBe(true);
  });
});

describe('delegated decisions', () => {
  const decisions = [
    { id: 'dvis', decisionDate: d('2023-11-06'), delegationPoint: '1.1', reported: false },
    { id: 'old', decisionDate: d('2023-09-01'), delegationPoint: '1.1', reported: true },
    { id: 'missed', decisionDate: d('2023-08-15'), delegationPoint: '2.3', reported: false },
    { id: 'committee', decisionDate: d('2023-11-01'), delegationPoint: null, reported: false },
    { id: 'after', decisionDate: d('2023-12-08'), delegationPoint: '1.1', reported: false },
  ];

  it('reports DVIS (and any earlier unreported one) to the meeting of 2023-12-07, once', () => {
    expect(delegatedDecisionsForReport(decisions, d('2023-12-07')).map((x) => x.id)).toEqual(['missed', 'dvis']);
  });

  it('requires a delegation point on a delegated decision', () => {
    expect(delegationPointMissing({ delegated: true, delegationPoint: ' ' })).toBe(true);
    expect(delegationPointMissing({ delegated: true, delegationPoint: '1.1' })).toBe(false);
    expect(delegationPointMissing({ delegated: false, delegationPoint: null })).toBe(false);
  });

  it('sends amounts above the delegation limit to the committee', () => {
    expect(requiresCommitteeDecision(kronor(1_200_001), kronor(1_200_000))).toBe(true);
    expect(requiresCommitteeDecision(kronor(1_200_000), kronor(1_200_000))).toBe(false);
    expect(requiresCommitteeDecision(kronor(5_505_389), null)).toBe(false);
  });
});

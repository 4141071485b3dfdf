import { periodContainsPeriod, type LocalDate, type Period } from './calendar.js';
import { domainError, type DomainError } from './errors.js';
import type { BasisPoints, Ore } from './money.js';
import { err, ok, type Result } from './result.js';

export const DECISION_KINDS = ['grant', 'reject', 'amend', 'close', 'withdraw', 'recover'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface PlannedActivity {
  number: string;
  title?: string;
  start: LocalDate | null;
  end: LocalDate | null;
  cost?: Ore | null;
}

/** The fields of a grant that an amendment may change; an amendment lists only what it changes. */
export interface GrantTerms {
  amount: Ore | null;
  maxShare: BasisPoints | null;
  approvedCosts: Ore | null;
  period: Period | null;
  activityPlanId: string | null;
}

export interface DecisionRecord {
  id: string;
  kind: DecisionKind;
  amendsId: string | null;
  approvedAt: Date | null;
  /** For a grant: every term. For an amendment: only the changed terms (others undefined). */
  terms: Partial<GrantTerms>;
}

/**
 * SPEC §3.7: the decision in force is the original grant with each approved amendment's changes applied
 * in approval order; the earlier decision stays valid in all else. Drafts and rejected proposals do not
 * count. An amendment of an amendment belongs to the same chain. Returns null when the grant is not approved.
 */
export function decisionInForce(decisions: readonly DecisionRecord[], originalId: string): GrantTerms | null {
  const original = decisions.find((d) => d.id === originalId);
  if (!original || original.approvedAt === null || original.kind !== 'grant') return null;
  const chain = new Set([originalId]);
  const amendments: DecisionRecord[] = [];
  // Walk until no new amendment joins the chain (amendments may amend amendments).
  for (let added = true; added;) {
    added = false;
    for (const d of decisions) {
      if (d.kind === 'amend' && d.approvedAt && d.amendsId && chain.has(d.amendsId) && !chain.has(d.id)) {
        chain.add(d.id);
        amendments.push(d);
        added = true;
      }
    }
  }
  amendments.sort((a, b) => a.approvedAt!.getTime() - b.approvedAt!.getTime() || (a.id < b.id ? -1 : 1));
  const terms: GrantTerms = {
    amount: original.terms.amount ?? null,
    maxShare: original.terms.maxShare ?? null,
    approvedCosts: original.terms.approvedCosts ?? null,
    period: original.terms.period ?? null,
    activityPlanId: original.terms.activityPlanId ?? null,
  };
  for (const a of amendments) {
    for (const key of Object.keys(a.terms) as (keyof GrantTerms)[]) {
      const value = a.terms[key];
      if (value !== undefined) (terms as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return terms;
}

/** Every activity must lie inside the project period (SPEC §3.3). */
export function checkActivitiesInPeriod(p: Period, activities: readonly PlannedActivity[]): DomainError[] {
  return activities
    .filter((a) => a.start !== null && a.end !== null && !periodContainsPeriod(p, { start: a.start, end: a.end }))
    .map((a) =>
      domainError('activity.outside_period', {
        number: a.number,
        start: a.start,
        end: a.end,
        periodStart: p.start,
        periodEnd: p.end,
      }),
    );
}

/**
 * An amendment that shortens the period must not orphan activities or costs already paid (SPEC §3.3):
 * every activity of the plan in force and every paid cost date must still fall inside the new period.
 */
export function checkAmendmentPeriod(input: {
  newPeriod: Period;
  activities: readonly PlannedActivity[];
  paidCostDates: readonly LocalDate[];
}): Result<Period, DomainError[]> {
  const { newPeriod: p } = input;
  const errors: DomainError[] = [];
  for (const a of input.activities) {
    if (a.end !== null && a.end > p.end) {
      errors.push(domainError('amendment.orphans_activity', { number: a.number, end: a.end, periodEnd: p.end }));
    } else if (a.start !== null && a.start < p.start) {
      errors.push(domainError('amendment.orphans_activity', { number: a.number, end: a.start, periodEnd: p.start }));
    }
  }
  for (const d of input.paidCostDates) {
    if (d < p.start || d > p.end) {
      errors.push(domainError('amendment.orphans_paid_costs', { periodStart: p.start, periodEnd: p.end, date: d }));
    }
  }
  return errors.length ? err(errors) : ok(p);
}

export interface DelegatedDecision {
  id: string;
  decisionDate: LocalDate;
  delegationPoint: string | null;
  reported: boolean;
}

/**
 * SPEC §3.6: the meeting's report of delegated decisions lists every delegated decision taken up to the
 * meeting and not yet reported — including any that an earlier report missed.
 */
export function delegatedDecisionsForReport(
  decisions: readonly DelegatedDecision[],
  meetingDate: LocalDate,
): DelegatedDecision[] {
  return decisions
    .filter((d) => d.delegationPoint !== null && !d.reported && d.decisionDate <= meetingDate)
    .sort((a, b) =>
      a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : a.id < b.id ? -1 : 1,
    );
}

/** A delegated decision must name its delegation point (KL 6 kap. 37 §, SPEC §3.6). */
export const delegationPointMissing = (d: { delegated: boolean; delegationPoint: string | null }): boolean =>
  d.delegated && (d.delegationPoint === null || d.delegationPoint.trim() === '');

/** Above the delegation limit the committee decides (e.g. 1 200 000 kr in Västerbotten). */
export const requiresCommitteeDecision = (amount: Ore, delegationLimit: Ore | null): boolean =>
  delegationLimit !== null && amount > delegationLimit;

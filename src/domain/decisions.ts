import type { LocalDate, Period } from './calendar.js';
import { domainError, type DomainError } from './errors.js';
import type { BasisPoints, Ore } from './money.js';
import { err, ok, type Result } from './result.js';

export const DECISION_KINDS = ['grant', 'reject', 'amend', 'close', 'withdraw', 'recover'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * The decisions that end or take back what a grant gave — a withdrawal of a commission, a recovery, a
 * closure — are decided on a case that is no longer a request under assessment: proposing and approving
 * one moves the decision between officer and decision maker and leaves the case's status to the decision.
 */
export const CLOSURE_DECISION_KINDS = ['withdraw', 'recover', 'close'] as const;
export const isClosureDecisionKind = (kind: string): kind is (typeof CLOSURE_DECISION_KINDS)[number] =>
  (CLOSURE_DECISION_KINDS as readonly string[]).includes(kind);

export interface PlannedActivity {
  /** As the activity plan numbers it: "1", "4.1". */
  number: string;
  title?: string;
  start: LocalDate | null;
  end: LocalDate | null;
  cost?: Ore | null;
}

/**
 * The terms of a grant that an amendment may change. Null where the decision does not state the term (a
 * grant without a share cap, a seed decision whose plan is kept elsewhere). The activity plan travels
 * either as a reference to a stored, versioned plan or as the activities themselves.
 */
export interface GrantTerms {
  amount: Ore | null;
  maxShare: BasisPoints | null;
  approvedCosts: Ore | null;
  period: Period | null;
  activityPlanId: string | null;
  activities: readonly PlannedActivity[] | null;
}
const NO_TERMS: GrantTerms = {
  amount: null,
  maxShare: null,
  approvedCosts: null,
  period: null,
  activityPlanId: null,
  activities: null,
};

/**
 * A decision as the rules see it. A grant carries its terms; an amendment carries only the terms it
 * changes (the others absent, i.e. undefined). `approvedAt` is null for drafts and proposals, which
 * do not count.
 */
export interface DecisionRecord {
  id: string;
  kind: DecisionKind;
  amendsId: string | null;
  approvedAt: Date | null;
  terms: Partial<GrantTerms>;
}

export interface DecisionVersion {
  /** The decision that produced this version: the grant, then each amendment. */
  decisionId: string;
  approvedAt: Date;
  terms: GrantTerms;
}

const definedTerms = (t: Partial<GrantTerms>): Partial<GrantTerms> =>
  Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined));

/**
 * docs/domain/rules.md, "Decisions never change": the versions of a grant — the original, then one after each approved
 * amendment in approval order (ties by id, so the result never depends on input order). An amendment may amend an
 * amendment: it belongs to the same grant. The earlier decision stays valid in all it does not change. Empty when the
 * grant is unknown, not a grant, or not approved.
 */
export function decisionVersions(decisions: readonly DecisionRecord[], originalId: string): DecisionVersion[] {
  const original = decisions.find((d) => d.id === originalId);
  if (!original || original.kind !== 'grant' || original.approvedAt === null) return [];
  const chain = new Set([originalId]);
  const amendments: { id: string; approvedAt: Date; terms: Partial<GrantTerms> }[] = [];
  // Grow the chain until no approved amendment joins it: the list may come in any order.
  for (let grew = true; grew;) {
    grew = false;
    for (const d of decisions) {
      if (d.kind === 'amend' && d.approvedAt && d.amendsId && chain.has(d.amendsId) && !chain.has(d.id)) {
        chain.add(d.id);
        amendments.push({ id: d.id, approvedAt: d.approvedAt, terms: d.terms });
        grew = true;
      }
    }
  }
  amendments.sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime() || (a.id < b.id ? -1 : 1));
  const versions: DecisionVersion[] = [
    {
      decisionId: original.id,
      approvedAt: original.approvedAt,
      terms: { ...NO_TERMS, ...definedTerms(original.terms) },
    },
  ];
  for (const a of amendments) {
    const terms = { ...versions[versions.length - 1]!.terms, ...definedTerms(a.terms) };
    versions.push({ decisionId: a.id, approvedAt: a.approvedAt, terms });
  }
  return versions;
}

/**
 * The decision in force: the grant's terms after every approved amendment; null when not approved
 * (docs/domain/rules.md, "Decisions never change").
 */
export function decisionInForce(decisions: readonly DecisionRecord[], originalId: string): GrantTerms | null {
  return decisionVersions(decisions, originalId).at(-1)?.terms ?? null;
}

/** Which terms differ between two versions (for the side-by-side diff of an amendment). */
export function changedTerms(before: GrantTerms, after: GrantTerms): (keyof GrantTerms)[] {
  return (Object.keys(NO_TERMS) as (keyof GrantTerms)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

const activityDetails = (a: PlannedActivity, p: Period) => ({
  number: a.number,
  start: a.start ?? '…',
  end: a.end ?? '…',
  periodStart: p.start,
  periodEnd: p.end,
});

/**
 * docs/domain/rules.md, "Periods": every activity must lie inside the project period, and end no earlier than it
 * starts. Unknown dates (null) are not guessed at; a known start or end must be inside.
 */
export function checkActivitiesInPeriod(p: Period, activities: readonly PlannedActivity[]): DomainError[] {
  const errors: DomainError[] = [];
  for (const a of activities) {
    if (a.start !== null && a.end !== null && a.start > a.end) {
      errors.push(domainError('activity.inverted', { number: a.number, start: a.start, end: a.end }));
    }
    const outside = [a.start, a.end].some((d) => d !== null && (d < p.start || d > p.end));
    if (outside) errors.push(domainError('activity.outside_period', activityDetails(a, p)));
  }
  return errors;
}

/**
 * An amendment that shortens the period must not orphan activities or costs already paid (docs/domain/rules.md,
 * "Periods"): every activity of the plan that will be in force and every date of a paid cost must still fall inside the
 * new period. Each error names the activity or the date.
 */
export function checkAmendmentPeriod(input: {
  newPeriod: Period;
  activities: readonly PlannedActivity[];
  paidCostsDates: readonly LocalDate[];
}): Result<Period, DomainError[]> {
  const p = input.newPeriod;
  const errors: DomainError[] = [];
  for (const a of input.activities) {
    const orphaned = [a.start, a.end].some((d) => d !== null && (d < p.start || d > p.end));
    if (orphaned) errors.push(domainError('amendment.orphans_activity', activityDetails(a, p)));
  }
  for (const date of [...new Set(input.paidCostsDates)].sort()) {
    if (date < p.start || date > p.end) {
      errors.push(domainError('amendment.orphans_paid_costs', { date, periodStart: p.start, periodEnd: p.end }));
    }
  }
  return errors.length > 0 ? err(errors) : ok(p);
}

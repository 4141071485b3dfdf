// What an amendment request must hold before it is submitted, as per-field issues for the form. The rules
// themselves are those of the amendment decision (amendment-rules.ts), read against what is asked for.
import {
  ore,
  parseLocalDate,
  type FieldIssue,
  type Finding,
  type GrantTerms,
  type LocalDate,
  type PlanActivity,
  type PlannedActivity,
} from '../../../domain/index.js';
import type { AmendmentRequestContent, RevisedActivity } from './amendment-schema.js';
import { amendmentFindings, applyAmendment, extendedEnd } from './amendment-rules.js';

export const revisedToPlanActivity = (a: RevisedActivity): PlanActivity => ({
  number: a.number,
  title: a.title,
  description: a.description,
  start: a.start as LocalDate | null,
  end: a.end as LocalDate | null,
  cost: a.costOre === null ? null : ore(a.costOre),
});

/** The new end asked for: "extend by N months" by the month-end rule, else the date given; null if neither. */
export function requestedPeriodEnd(c: AmendmentRequestContent, before: GrantTerms): LocalDate | null {
  if (c.extendMonths !== null && before.period) return extendedEnd(before.period, c.extendMonths);
  return c.newPeriodEnd === null ? null : parseLocalDate(c.newPeriodEnd).ok ? (c.newPeriodEnd as LocalDate) : null;
}

const PATHS: Record<string, string> = {
  'amendment.nothing_changed': 'changes',
  'amendment.extension_month_end': 'newPeriodEnd',
  'amendment.orphans_paid_costs': 'newPeriodEnd',
  'period.inverted': 'newPeriodEnd',
  'share.cap_exceeded': 'amountOre',
  'share.rounding_remainder': 'amountOre',
  'budget.year_outside_period': 'budget',
};

const toIssue = (f: Finding, activitiesGiven: boolean): FieldIssue => ({
  path:
    PATHS[f.code] ??
    (f.code.startsWith('amendment.period_') ? 'newPeriodEnd' : activitiesGiven ? 'activities' : 'newPeriodEnd'),
  code: f.code,
  severity: f.severity,
  message: f.message,
});

export interface RequestContext {
  before: GrantTerms;
  currentPlan: readonly PlanActivity[];
  paidCostsDates: readonly LocalDate[];
}

/** Every issue of a request; errors block its submit. */
export function requestIssues(c: AmendmentRequestContent, ctx: RequestContext): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (c.motivation.trim() === '') {
    out.push({
      path: 'motivation',
      code: 'required',
      severity: 'error',
      message: { sv: 'Motivering måste fyllas i.', en: 'The motivation is required.' },
    });
  }
  const end = requestedPeriodEnd(c, ctx.before);
  if (c.extendMonths !== null && c.newPeriodEnd !== null && end !== c.newPeriodEnd) {
    out.push({
      path: 'newPeriodEnd',
      code: 'amendment.extension_month_end',
      severity: 'error',
      message: {
        sv: `Förlängning med ${c.extendMonths} månader ger slutdatum ${end ?? '…'}, inte ${c.newPeriodEnd}.`,
        en: `Extending by ${c.extendMonths} months gives the end date ${end ?? '…'}, not ${c.newPeriodEnd}.`,
      },
    });
  }
  const period = end && ctx.before.period ? { start: ctx.before.period.start, end } : null;
  const plan: readonly PlannedActivity[] = c.activities ? c.activities.map(revisedToPlanActivity) : ctx.currentPlan;
  const findings = amendmentFindings({
    before: ctx.before,
    after: applyAmendment(ctx.before, {
      period,
      amount: c.amountOre === null ? null : ore(c.amountOre),
      maxShare: null,
      approvedCosts: null,
    }),
    activities: plan,
    paidCostsDates: ctx.paidCostsDates,
    extendMonths: null,
    changesSomething:
      (end !== null && end !== ctx.before.period?.end) ||
      c.activities !== null ||
      c.budget !== null ||
      (c.amountOre !== null && c.amountOre !== ctx.before.amount),
    budget: c.budget,
  });
  out.push(...findings.map((f) => toIssue(f, c.activities !== null)));
  return out;
}

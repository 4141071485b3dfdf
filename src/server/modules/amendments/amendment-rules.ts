// The rules an amendment is held to (docs/domain/rules.md, "Periods" and "Decisions never change"), put together from
// the domain's own functions: the month-end arithmetic of an extension, activities inside the new period, no orphaned
// activities or paid costs when the period shrinks, and the share cap on the amount in force after it. Pure: the
// request editor, the officer's live checks and the approval all read the same findings.
import {
  addMonths,
  checkActivitiesInPeriod,
  checkAmendmentPeriod,
  checkDecisionConsistency,
  findingFromError,
  normaliseActivityNumber,
  periodCoversYear,
  type BasisPoints,
  type Finding,
  type GrantTerms,
  type LocalDate,
  type Ore,
  type Period,
  type PlannedActivity,
} from '../../../domain/index.js';
import { swedishMonths } from '../../documents/decision-letter/swedish-text.js';

const f = (
  code: string,
  severity: Finding['severity'],
  message: { sv: string; en: string },
  details: Record<string, unknown> = {},
): Finding => ({ code, severity, message, details });

export interface AmendedTerms {
  period: Period | null;
  amount: Ore | null;
  maxShare: BasisPoints | null;
  approvedCosts: Ore | null;
}

export interface AmendmentRuleInput {
  /** The terms in force before the amendment. */
  before: GrantTerms;
  /** The terms in force with the amendment applied. */
  after: AmendedTerms;
  /** The activity plan that will be in force (the revised one, or the one kept). */
  activities: readonly PlannedActivity[] | null;
  paidCostsDates: readonly LocalDate[];
  /** "Extend by N months", when that is how the change was asked for. */
  extendMonths: number | null;
  /** Whether the amendment changes any term, the plan or the budget. */
  changesSomething: boolean;
  /** The revised budget, when the amendment revises it. */
  budget?: readonly { year: number; amountOre: number }[] | null;
}

/** The new end of "extend by N months" from the period in force: month end stays month end. */
export const extendedEnd = (before: Period, months: number): LocalDate => addMonths(before.end, months);

const shortens = (before: Period | null, after: Period | null): after is Period =>
  before !== null && after !== null && (after.start > before.start || after.end < before.end);

function duplicateNumbers(activities: readonly PlannedActivity[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const a of activities) {
    const n = normaliseActivityNumber(a.number);
    if (seen.has(n)) {
      out.push(
        f(
          'activity.duplicate_number',
          'error',
          {
            sv: `Aktivitetsnummer ${a.number} förekommer mer än en gång i planen.`,
            en: `Activity number ${a.number} occurs more than once in the plan.`,
          },
          { number: a.number },
        ),
      );
    }
    seen.add(n);
  }
  return out;
}

function periodFindings(i: AmendmentRuleInput): Finding[] {
  const { before, after } = i;
  const out: Finding[] = [];
  if (i.extendMonths !== null && before.period) {
    const expected = extendedEnd(before.period, i.extendMonths);
    if (after.period?.end !== expected) {
      const by = swedishMonths(i.extendMonths);
      out.push(
        f(
          'amendment.extension_month_end',
          'error',
          {
            sv: `Förlängning med ${by} från ${before.period.end} ger ${expected}, men den nya perioden slutar ${after.period?.end ?? '…'}.`,
            en: `Extending by ${i.extendMonths} months from ${before.period.end} gives ${expected}, but the new period ends ${after.period?.end ?? '…'}.`,
          },
          { months: i.extendMonths, from: before.period.end, expected, actual: after.period?.end ?? null },
        ),
      );
    }
  }
  if (after.period && before.period && after.period.end !== before.period.end) {
    const longer = after.period.end > before.period.end;
    out.push(
      f(
        longer ? 'amendment.period_extended' : 'amendment.period_shortened',
        'info',
        {
          sv: `Projektperioden ${longer ? 'förlängs' : 'förkortas'} till och med ${after.period.end} (i dag ${before.period.end}).`,
          en: `The project period is ${longer ? 'extended' : 'shortened'} to ${after.period.end} (now ${before.period.end}).`,
        },
        { from: before.period.end, to: after.period.end },
      ),
    );
  }
  return out;
}

/** A revised budget spends only in the years of the project period it will be in force with. */
export function budgetYearFindings(period: Period, budget: readonly { year: number; amountOre: number }[]): Finding[] {
  const outside = [...new Set(budget.filter((l) => l.amountOre !== 0).map((l) => l.year))]
    .filter((y) => !periodCoversYear(period, y))
    .sort((a, b) => a - b);
  return outside.map((year) =>
    f(
      'budget.year_outside_period',
      'error',
      {
        sv: `Budgetåret ${year} ligger utanför projektperioden ${period.start} – ${period.end}.`,
        en: `Budget year ${year} lies outside the project period ${period.start} – ${period.end}.`,
      },
      { year, periodStart: period.start, periodEnd: period.end },
    ),
  );
}

/** Every finding of an amendment, errors first. Errors block approval (and the request's submit). */
export function amendmentFindings(i: AmendmentRuleInput): Finding[] {
  const out: Finding[] = [];
  if (!i.changesSomething) {
    out.push(
      f('amendment.nothing_changed', 'error', {
        sv: 'Ändringen ändrar ingenting: ange ny period, reviderad aktivitetsplan, budget eller belopp.',
        en: 'The amendment changes nothing: give a new period, a revised activity plan, budget or amount.',
      }),
    );
  }
  out.push(...periodFindings(i));
  const shortened = shortens(i.before.period, i.after.period);
  out.push(
    ...checkDecisionConsistency({
      amount: i.after.amount,
      maxShare: i.after.maxShare,
      approvedCosts: i.after.approvedCosts,
      period: i.after.period,
      // A shortened period is checked below by the amendment rule, which also names paid costs.
      activities: shortened ? null : i.activities,
    }),
  );
  if (shortened) {
    const activities = i.activities ?? [];
    const result = checkAmendmentPeriod({ newPeriod: i.after.period!, activities, paidCostsDates: i.paidCostsDates });
    if (!result.ok) out.push(...result.error.map((e) => findingFromError(e)));
    const inverted = checkActivitiesInPeriod(i.after.period!, activities).filter((e) => e.code === 'activity.inverted');
    out.push(...inverted.map((e) => findingFromError(e)));
  }
  if (i.activities) out.push(...duplicateNumbers(i.activities));
  if (i.budget && i.after.period) out.push(...budgetYearFindings(i.after.period, i.budget));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The terms in force after an amendment that states only what it changes (null: unchanged). */
export function applyAmendment(
  before: GrantTerms,
  change: { period: Period | null; amount: Ore | null; maxShare: BasisPoints | null; approvedCosts: Ore | null },
): AmendedTerms {
  return {
    period: change.period ?? before.period,
    amount: change.amount ?? before.amount,
    maxShare: change.maxShare ?? before.maxShare,
    approvedCosts: change.approvedCosts ?? before.approvedCosts,
  };
}

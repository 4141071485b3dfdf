import { addMonths, formatSek, ore, parseLocalDate, parseSek, type LocalDate } from '../../../../src/domain/index.js';
import type { PlanRow } from './ActivityPlanEditor.js';
import type { RequestContent, RequestView } from './amendment-api.js';
import { cellsFromLines, readBudget, yearInPeriod, type BudgetCells } from './budget-form.js';
import { activitiesFromRows, rowsFromActivities } from './plan-form.js';
import type { useAmendmentTexts } from './texts.js';

/** The beneficiary's amendment request as typed. */
export interface RequestForm {
  extendMonths: string;
  newEnd: string;
  amount: string;
  motivation: string;
  revise: boolean;
  rows: PlanRow[];
  reviseBudget: boolean;
  budgetCells: BudgetCells;
}

export const formOf = (v: RequestView): RequestForm => ({
  extendMonths: v.content.extendMonths === null ? '' : String(v.content.extendMonths),
  newEnd: v.content.newPeriodEnd ?? '',
  amount: v.content.amountOre === null ? '' : formatSek(ore(v.content.amountOre)),
  motivation: v.content.motivation,
  revise: v.content.activities !== null,
  rows: rowsFromActivities(v.content.activities ?? v.currentPlan),
  reviseBudget: v.content.budget !== null,
  budgetCells: cellsFromLines(v.content.budget ?? v.currentBudget.lines),
});

/** A request that asks nothing yet: a new draft before the beneficiary has saved anything in it. */
export const isEmptyRequest = (c: RequestContent): boolean =>
  c.extendMonths === null &&
  c.newPeriodEnd === null &&
  c.amountOre === null &&
  c.activities === null &&
  c.budget === null &&
  c.motivation.trim() === '';

/** The period the request leaves in force: the new end asked for, else the end of today. */
function periodAfter(v: RequestView, months: number | null, newEnd: string | null) {
  const period = v.inForce.period;
  if (!period) return null;
  const end = months !== null ? addMonths(period.end as LocalDate, months) : (newEnd ?? period.end);
  return { start: period.start, end };
}

/** The form as the API takes it, and what cannot be read in it (the budget's errors cell by cell). */
export function contentOf(f: RequestForm, v: RequestView, t: ReturnType<typeof useAmendmentTexts>) {
  const errors: Record<string, string> = {};
  const months = f.extendMonths.trim() === '' ? null : Number(f.extendMonths);
  if (months !== null && !(Number.isInteger(months) && months >= 1 && months <= 60)) errors.months = t.invalidMonths;
  const amount = f.amount.trim() === '' ? null : parseSek(f.amount);
  if (amount && !amount.ok) errors.amount = t.invalidAmount;
  const plan = activitiesFromRows(f.rows);
  const newPeriodEnd = f.newEnd && parseLocalDate(f.newEnd).ok ? f.newEnd : null;
  const period = periodAfter(v, errors.months ? null : months, newPeriodEnd);
  const budget = readBudget(f.budgetCells, yearInPeriod(period?.start, period?.end), t);
  const budgetErrors = f.reviseBudget ? budget.errors : {};
  const count = Object.keys(budgetErrors).length;
  if (count > 0) errors.budget = t.budgetHasErrors(count);
  const content: RequestContent = {
    extendMonths: errors.months ? null : months,
    newPeriodEnd,
    activities: f.revise ? plan.activities : null,
    budget: f.reviseBudget ? budget.lines : null,
    amountOre: amount && amount.ok ? amount.value : null,
    motivation: f.motivation,
  };
  return { content, errors, budgetErrors, period, budgetLines: budget.lines };
}

/** What the form converts to. */
export type ConvertedRequest = ReturnType<typeof contentOf>;

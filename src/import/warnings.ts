import {
  checkDecisionConsistency,
  checkHeadlineTotal,
  ore,
  basisPoints,
  type Finding,
  type LocalDate,
  type Ore,
} from '../domain/index.js';
import type { ExtractedProject, ImportWarning } from './contract.js';

/*
 * The consistency checks (docs/domain/rules.md, "Consistency checks") on an extraction, by the domain's own functions:
 * the importer never has a rule of its own, it only maps the document's values onto the domain's inputs. Messages are
 * the domain's Swedish texts (the documents are Swedish).
 */

export const toWarning = (f: Finding): ImportWarning => ({ code: f.code, message: f.message.sv });

const kr = (n: number | null): Ore | null => (n === null ? null : ore(Math.round(n * 100)));

/**
 * Share cap (the amount above its cap beyond the rounding remainder; the remainder itself is reported
 * too), period, activities outside the period, activity costs against a stated total, names spelled two
 * ways. Information findings are kept: a reviewer wants to see the rounding remainder.
 */
export function projectWarnings(
  p: ExtractedProject,
  extra: { names?: readonly string[]; activitiesTotalSek?: number | null } = {},
): ImportWarning[] {
  const activities = p.activities.map((a) => ({
    number: a.number,
    title: a.title,
    start: a.start as LocalDate | null,
    end: a.end as LocalDate | null,
    cost: kr(a.costSek),
  }));
  return checkDecisionConsistency({
    amount: kr(p.amountSek),
    maxShare: p.maxSharePercent === null ? null : basisPoints(Math.round(p.maxSharePercent * 100)),
    approvedCosts: kr(p.approvedCostsSek),
    period: p.periodStart && p.periodEnd ? { start: p.periodStart as LocalDate, end: p.periodEnd as LocalDate } : null,
    activities: activities.length ? activities : null,
    activitiesTotal: extra.activitiesTotalSek == null ? null : kr(extra.activitiesTotalSek),
    names: extra.names ?? null,
  }).map(toWarning);
}

/** A headline such as "25,5 miljoner kronor" against the sum of the listed amounts, at the headline's precision. */
export function headlineWarnings(headline: string, amountsSek: readonly number[]): ImportWarning[] {
  return checkHeadlineTotal(
    headline,
    amountsSek.map((a) => ore(Math.round(a * 100))),
  ).map(toWarning);
}

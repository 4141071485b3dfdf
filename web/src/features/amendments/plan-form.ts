import {
  checkActivitiesInPeriod,
  checkAmendmentPeriod,
  diffActivityPlans,
  findingFromError,
  formatSek,
  ore,
  parseLocalDate,
  parseSek,
  type Finding,
  type LocalDate,
  type PlanActivity,
} from '../../../../src/domain/index.js';
import type { PlanDiff, RevisedActivity, Terms } from './amendment-api.js';
import type { PlanRow } from './ActivityPlanEditor.js';

export const rowsFromActivities = (activities: readonly RevisedActivity[]): PlanRow[] =>
  activities.map((a) => ({
    number: a.number,
    title: a.title,
    start: a.start ?? '',
    end: a.end ?? '',
    cost: a.costOre === null ? '' : formatSek(ore(a.costOre)),
  }));

/** The typed rows as the API takes them; a cost that cannot be read is reported, not guessed. */
export function activitiesFromRows(rows: readonly PlanRow[]): { activities: RevisedActivity[]; unreadable: string[] } {
  const unreadable: string[] = [];
  const activities = rows.map((r) => {
    const cost = r.cost.trim() === '' ? null : parseSek(r.cost);
    if (cost && !cost.ok) unreadable.push(r.number || r.title);
    return {
      number: r.number.trim(),
      title: r.title.trim(),
      description: null,
      start: r.start && parseLocalDate(r.start).ok ? r.start : null,
      end: r.end && parseLocalDate(r.end).ok ? r.end : null,
      costOre: cost && cost.ok ? cost.value : null,
    };
  });
  return { activities, unreadable };
}

const toPlan = (a: RevisedActivity): PlanActivity => ({
  number: a.number,
  title: a.title,
  description: a.description,
  start: a.start as LocalDate | null,
  end: a.end as LocalDate | null,
  cost: a.costOre === null ? null : ore(a.costOre),
});

/** The diff the server will show, computed by the same domain rule while the user types. */
export function liveDiff(before: readonly RevisedActivity[], after: readonly RevisedActivity[]): PlanDiff {
  const d = diffActivityPlans(before.map(toPlan), after.map(toPlan));
  const view = (a: PlanActivity | null): RevisedActivity | null =>
    a && {
      number: a.number,
      title: a.title,
      description: a.description ?? null,
      start: a.start,
      end: a.end,
      costOre: a.cost,
    };
  return { ...d, rows: d.rows.map((r) => ({ ...r, before: view(r.before), after: view(r.after) })) };
}

/**
 * The period rules (docs/domain/rules.md, "Periods") on what is typed: activities inside the new period, and when the
 * period shrinks, no activity orphaned (paid costs are checked by the server, which knows them).
 */
export function livePeriodFindings(inForce: Terms, newEnd: string | null, plan: readonly RevisedActivity[]): Finding[] {
  if (!inForce.period || !newEnd || !parseLocalDate(newEnd).ok) return [];
  const period = { start: inForce.period.start as LocalDate, end: newEnd as LocalDate };
  const activities = plan.map(toPlan);
  if (period.end < (inForce.period.end as LocalDate)) {
    const r = checkAmendmentPeriod({ newPeriod: period, activities, paidCostsDates: [] });
    return r.ok ? [] : r.error.map((e) => findingFromError(e));
  }
  return checkActivitiesInPeriod(period, activities).map((e) => findingFromError(e));
}

import { addDays, daysBetween, ore, splitByLargestRemainder, type LocalDate, type Ore } from '../../domain/index.js';
import type { GenerationContext } from './batch.js';
import * as v from './vocabulary.js';

interface Span {
  start: LocalDate;
  end: LocalDate;
}

/** A span inside `outer`: starts in its first part, ends in its last, never outside it. */
function inside(ctx: GenerationContext, outer: Span, startShare: number, endShare: number): Span {
  const days = daysBetween(outer.start, outer.end);
  const start = addDays(outer.start, ctx.rng.int(0, Math.floor(days * startShare)));
  const end = addDays(outer.end, -ctx.rng.int(0, Math.floor(days * endShare)));
  return start <= end ? { start, end } : { start: outer.start, end: outer.end };
}

/**
 * The project's time and activity plan (version 1, the one the grant approved): 6 to 14 activities, ten
 * on average, numbered like the seed's plan ("4", "4.1"), each inside the project period and each
 * sub-activity inside its activity. The costs of the activities that carry one (those without
 * sub-activities, and the sub-activities) sum exactly to the approved costs; an activity with
 * sub-activities leaves its own cost blank, as seed 001's plan does. Returns the plan's id.
 */
export function generateActivityPlan(
  ctx: GenerationContext,
  projectId: string,
  period: Span,
  approvedCosts: Ore,
  createdAt: Date,
): string {
  const { rng, batch } = ctx;
  const planId = rng.uuid();
  batch.activityPlans.push({ id: planId, projectId, versionNo: 1, label: 'Tid- och aktivitetsplan', createdAt });

  const total = rng.int(6, 14);
  const mains = Math.max(3, Math.round(total * 0.55));
  const middle = rng.shuffle(v.ACTIVITIES).slice(0, mains - 2);
  const titles = [v.FIRST_ACTIVITY, ...middle, v.LAST_ACTIVITY];
  // Sub-activities go under the middle activities, never under the start-up or the closing work.
  const subsOf = titles.map(() => 0);
  for (let i = 0; i < total - mains; i++) subsOf[rng.int(1, mains - 2)]! += 1;

  const rows: { number: string; parent: string | null; title: string; span: Span; carriesCost: boolean }[] = [];
  titles.forEach((title, i) => {
    const number = String(i + 1);
    const span =
      i === 0
        ? { start: period.start, end: inside(ctx, period, 0, 0.85).end }
        : i === titles.length - 1
          ? { start: inside(ctx, period, 0.8, 0).start, end: period.end }
          : inside(ctx, period, 0.4, 0.3);
    rows.push({ number, parent: null, title, span, carriesCost: subsOf[i] === 0 });
    for (let k = 1; k <= subsOf[i]!; k++) {
      rows.push({
        number: `${number}.${k}`,
        parent: number,
        title: rng.pick(v.SUB_ACTIVITIES),
        span: inside(ctx, span, 0.5, 0.5),
        carriesCost: true,
      });
    }
  });

  const costed = rows.filter((r) => r.carriesCost);
  const split = splitByLargestRemainder(
    approvedCosts,
    costed.map((r) => (r.parent === null && (r.number === '1' || r.title === v.LAST_ACTIVITY) ? 1 : rng.int(2, 10))),
    ore(100),
  );
  if (!split.ok) throw new Error(`activity costs could not be split: ${split.error.code}`);
  const costs = new Map(costed.map((r, i) => [r.number, split.value[i]!]));

  rows.forEach((r, sortOrder) => {
    batch.activities.push({
      id: rng.uuid(),
      activityPlanId: planId,
      number: r.number,
      parentNumber: r.parent,
      title: r.title,
      startDate: r.span.start,
      endDate: r.span.end,
      costOre: costs.get(r.number) ?? null,
      sortOrder,
    });
  });
  return planId;
}

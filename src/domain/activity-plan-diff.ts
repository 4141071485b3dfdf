import type { LocalDate } from './calendar.js';
import { ore, subOre, sumOre, type Ore } from './money.js';

/**
 * The side-by-side diff of two versions of a time and activity plan (docs/domain/life-of-a-grant.md, "5. Amendment":
 * "Reviderad tid- och aktivitetsplan"): activities are matched by their number, because the number is what the plan,
 * the letters and the beneficiary's reports refer to; a renamed activity with the same number is the same activity,
 * changed. Pure, so the server's diff and the web's live preview are one rule.
 */

/** One activity of one plan version as the diff compares it. Null is "not stated", not 0 or an empty text. */
export interface PlanActivity {
  number: string;
  title: string;
  description?: string | null;
  start: LocalDate | null;
  end: LocalDate | null;
  cost: Ore | null;
}

/** The compared fields, in the order a row shows them. */
export const ACTIVITY_DIFF_FIELDS = ['title', 'description', 'start', 'end', 'cost'] as const;
export type ActivityDiffField = (typeof ACTIVITY_DIFF_FIELDS)[number];
export type ActivityDiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ActivityDiffRow {
  /** The activity number as the newer plan writes it (the older one for a removed activity). */
  number: string;
  status: ActivityDiffStatus;
  before: PlanActivity | null;
  after: PlanActivity | null;
  /** Fields that differ; every field of an added or removed activity that has a value. */
  changed: ActivityDiffField[];
}

export interface ActivityPlanDiff {
  rows: ActivityDiffRow[];
  counts: Record<ActivityDiffStatus, number>;
  /** Sums of the stated costs (a blank cost counts as 0, as the plan's own total does). */
  totals: { before: Ore; after: Ore; difference: Ore };
}

/**
 * The number as a key: surrounding space and a trailing full stop are not part of it ("4.1." is "4.1",
 * "4 .1" is "4.1"); leading zeros of a part are not either ("04.01" is "4.1").
 */
export function normaliseActivityNumber(number: string): string {
  return number
    .replace(/\s+/g, '')
    .replace(/\.+$/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('.');
}

/**
 * Plan order: part by part, numbers numerically ("2" < "10", "4" < "4.1" < "4.2" < "5"); a part that is not
 * a number after one that is, then alphabetically in Swedish.
 */
export function compareActivityNumbers(a: string, b: string): number {
  const pa = normaliseActivityNumber(a).split('.');
  const pb = normaliseActivityNumber(b).split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (!nx) {
      const c = x.localeCompare(y, 'sv');
      if (c !== 0) return c;
    }
  }
  return 0;
}

/** Text compared as a reader sees it: where the lines break and runs of spaces are layout, not content. */
const textKey = (t: string | null | undefined): string | null => {
  const s = (t ?? '').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
};

function differingFields(before: PlanActivity, after: PlanActivity): ActivityDiffField[] {
  return ACTIVITY_DIFF_FIELDS.filter((f) => {
    if (f === 'title' || f === 'description') return textKey(before[f]) !== textKey(after[f]);
    return (before[f] ?? null) !== (after[f] ?? null);
  });
}

const statedFields = (a: PlanActivity): ActivityDiffField[] =>
  ACTIVITY_DIFF_FIELDS.filter((f) =>
    f === 'title' || f === 'description' ? textKey(a[f]) !== null : (a[f] ?? null) !== null,
  );

/**
 * Keys an activity by its normalised number; a number that occurs twice in one plan (which a stored plan
 * cannot have, but a draft being typed can) is told apart by its occurrence, so the n-th "4.1" of one
 * plan is matched with the n-th "4.1" of the other and nothing is lost.
 */
function keyed(plan: readonly PlanActivity[]): Map<string, PlanActivity> {
  const seen = new Map<string, number>();
  const out = new Map<string, PlanActivity>();
  for (const a of plan) {
    const n = normaliseActivityNumber(a.number);
    const k = seen.get(n) ?? 0;
    seen.set(n, k + 1);
    out.set(k === 0 ? n : `${n}#${k + 1}`, a);
  }
  return out;
}

const baseNumber = (key: string): string => key.replace(/#\d+$/, '');
const occurrence = (key: string): number => Number(/#(\d+)$/.exec(key)?.[1] ?? 1);

/** The diff of `before` (an older plan version) and `after` (a newer one), in plan order. */
export function diffActivityPlans(before: readonly PlanActivity[], after: readonly PlanActivity[]): ActivityPlanDiff {
  const old = keyed(before);
  const neu = keyed(after);
  const keys = [...new Set([...old.keys(), ...neu.keys()])].sort(
    (a, b) => compareActivityNumbers(baseNumber(a), baseNumber(b)) || occurrence(a) - occurrence(b),
  );
  const rows = keys.map((key): ActivityDiffRow => {
    const b = old.get(key) ?? null;
    const a = neu.get(key) ?? null;
    if (b && a) {
      const changed = differingFields(b, a);
      return {
        number: a.number.trim(),
        status: changed.length ? 'changed' : 'unchanged',
        before: b,
        after: a,
        changed,
      };
    }
    if (a) return { number: a.number.trim(), status: 'added', before: null, after: a, changed: statedFields(a) };
    return { number: b!.number.trim(), status: 'removed', before: b, after: null, changed: statedFields(b!) };
  });
  const counts: Record<ActivityDiffStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const r of rows) counts[r.status] += 1;
  const total = (plan: readonly PlanActivity[]) => sumOre(plan.map((a) => a.cost ?? ore(0)));
  const totals = { before: total(before), after: total(after), difference: subOre(total(after), total(before)) };
  return { rows, counts, totals };
}

/** Whether two plan versions say the same thing (no row added, removed or changed). */
export const samePlan = (before: readonly PlanActivity[], after: readonly PlanActivity[]): boolean =>
  diffActivityPlans(before, after).rows.every((r) => r.status === 'unchanged');

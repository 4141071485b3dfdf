import type { Period } from './calendar.js';
import { checkShareCap, grantorShareWarning, shareCapError, type ShareCapInput } from './cofinancing.js';
import { domainError } from './errors.js';
import { checkActivitiesInPeriod, type PlannedActivity } from './decisions.js';
import { finding, findingFromError, type Finding } from './finding.js';
import { parseSekDetailed } from './money-parse.js';
import {
  ore,
  roundHalfUp,
  subOre,
  sumOre,
  ZERO_ORE,
  type BasisPoints,
  type Ore,
  type ShareCapRounding,
} from './money.js';
import { checkNameSpellings } from './names.js';

const TOTAL_LABEL = { sv: 'Totalen', en: 'The total' };

/** A stated total must equal the sum of its parts, to the öre. */
export function checkSumOfParts(
  total: Ore,
  parts: readonly Ore[],
  label: { sv: string; en: string } = TOTAL_LABEL,
): Finding[] {
  const sum = sumOre(parts);
  if (sum === total) return [];
  return [
    finding('total.mismatch', 'error', { label, totalOre: total, sumOre: sum, differenceOre: subOre(total, sum) }),
  ];
}

/**
 * A headline figure such as "25,5 miljoner" is a rounded number: it is consistent when the sum of the lines,
 * rounded (by the one rule) to the headline's own precision — here tenths of a million — gives the same
 * figure. The seed press release's eight grants sum to 25 421 501 kr: 25,4 miljoner, not 25,5.
 */
export function checkHeadlineTotal(headline: string, parts: readonly Ore[]): Finding[] {
  const parsed = parseSekDetailed(headline);
  if (!parsed.ok) return [finding('headline.unreadable', 'warning', { headline })];
  const sum = sumOre(parts);
  const step = (BigInt(parsed.value.unitSek) * 100n) / 10n ** BigInt(parsed.value.decimals) || 1n;
  const rounded = ore(Number(roundHalfUp(BigInt(sum), step) * step));
  if (rounded === parsed.value.ore) return [];
  return [
    finding('headline.mismatch', 'warning', {
      headline,
      headlineOre: parsed.value.ore,
      sumOre: sum,
      roundedOre: rounded,
    }),
  ];
}

/**
 * The share cap as a finding: an error when exceeded; an allowed rounding remainder (only under the
 * 'half_up' rounding) stays visible as a warning — the grant lies above "högst N procent" by under 1 kr.
 */
export function checkShareCapFinding(input: ShareCapInput): Finding[] {
  const c = checkShareCap(input);
  if (c.status === 'exceeded') return [findingFromError(shareCapError(input, c))];
  if (c.status === 'within') return [];
  return [
    finding('share.rounding_remainder', 'warning', {
      amountOre: input.amount,
      maxShareBp: input.maxShare,
      approvedCostsOre: input.approvedCosts,
      exactCapOre: c.exactCap.ore,
      remainderOre: c.remainder,
    }),
  ];
}

/** Activities outside the project period (or ending before they start), as findings. */
export const checkActivitiesFinding = (p: Period, activities: readonly PlannedActivity[]): Finding[] =>
  checkActivitiesInPeriod(p, activities).map((e) => findingFromError(e));

/** A stated activity-plan total must equal the sum of the activities' costs (unknown costs count as 0). */
export function checkActivityCosts(statedTotal: Ore, activities: readonly PlannedActivity[]): Finding[] {
  const costs = activities.map((a) => a.cost ?? ZERO_ORE);
  return checkSumOfParts(statedTotal, costs, { sv: 'Aktivitetsplanens total', en: 'The activity plan total' }).map(
    (f) => ({ ...f, code: 'activities.cost_mismatch' }),
  );
}

/** A decision-shaped object: whatever is known of it; checks that lack their inputs are skipped. */
export interface DecisionForChecks {
  amount?: Ore | null;
  maxShare?: BasisPoints | null;
  approvedCosts?: Ore | null;
  period?: Period | null;
  activities?: readonly PlannedActivity[] | null;
  activitiesTotal?: Ore | null;
  /** Every personal name in the decision: decided by, presenter, signatures, recipients … */
  names?: readonly string[] | null;
  /** The funder's rounding of the share cap (default 'half_up'; docs/domain/delegation.md). */
  shareCapRounding?: ShareCapRounding;
}

/**
 * Runs every check that applies to a decision (docs/domain/rules.md, "Consistency checks"), errors first, then
 * warnings, then information.
 */
export function checkDecisionConsistency(d: DecisionForChecks): Finding[] {
  const out: Finding[] = [];
  if (d.period && d.period.start > d.period.end) {
    out.push(findingFromError(domainError('period.inverted', { start: d.period.start, end: d.period.end })));
  } else if (d.period && d.activities) {
    out.push(...checkActivitiesFinding(d.period, d.activities));
  }
  if (d.amount != null && d.maxShare != null && d.approvedCosts != null) {
    out.push(
      ...checkShareCapFinding({
        amount: d.amount,
        maxShare: d.maxShare,
        approvedCosts: d.approvedCosts,
        ...(d.shareCapRounding ? { rounding: d.shareCapRounding } : {}),
      }),
    );
  }
  const shareWarning = d.maxShare != null ? grantorShareWarning(d.maxShare) : null;
  if (shareWarning) out.push(shareWarning);
  if (d.activitiesTotal != null && d.activities) out.push(...checkActivityCosts(d.activitiesTotal, d.activities));
  if (d.names) out.push(...checkNameSpellings(d.names));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

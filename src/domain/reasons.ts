import type { Period } from './calendar.js';
import type { Finding } from './finding.js';
import { formatPercent, formatSek, type BasisPoints, type Ore } from './money.js';

const finding = (
  code: string,
  severity: Finding['severity'],
  details: Record<string, unknown>,
  message: { sv: string; en: string },
): Finding => ({ code, severity, message, details });

/*
 * förvaltningslagen 32 §: a decision that goes against a party states the reasons that determined it.
 * Bidra's decisions against the applicant are a rejection (also of an amendment request), a grant below
 * what was applied for or on other terms (a shorter or moved period, a lower share), a withdrawal of a
 * commission and a recovery. These are refused without reasons; the rule names why they are needed.
 */

/** What the applicant asked for, as the submitted application states it (any part may be missing). */
export interface AppliedTerms {
  amount: Ore | null;
  period: Period | null;
  /** The share of the project's budget applied for (requested ÷ budget), in basis points. */
  share: BasisPoints | null;
}

/** The terms the decision states. */
export interface DecidedTerms {
  amount: Ore | null;
  period: Period | null;
  maxShare: BasisPoints | null;
}

/** Why a decision goes against the party: each ground names the rule that makes reasons necessary. */
export type AdverseGround =
  | { ground: 'rejection' }
  | { ground: 'withdrawal' }
  | { ground: 'recovery' }
  | { ground: 'amount_below_applied'; appliedOre: Ore; decidedOre: Ore }
  | { ground: 'period_other_than_applied'; applied: Period; decided: Period }
  | { ground: 'share_below_applied'; appliedBp: BasisPoints; decidedBp: BasisPoints };

/** The grounds on which the decision goes against the party, in a fixed order; empty when it does not. */
export function adverseGrounds(kind: string, decided: DecidedTerms, applied: AppliedTerms | null): AdverseGround[] {
  if (kind === 'reject') return [{ ground: 'rejection' }];
  if (kind === 'withdraw') return [{ ground: 'withdrawal' }];
  if (kind === 'recover') return [{ ground: 'recovery' }];
  if (kind !== 'grant' || applied === null) return [];
  const out: AdverseGround[] = [];
  if (applied.amount !== null && decided.amount !== null && decided.amount < applied.amount) {
    out.push({ ground: 'amount_below_applied', appliedOre: applied.amount, decidedOre: decided.amount });
  }
  if (
    applied.period !== null &&
    decided.period !== null &&
    (applied.period.start !== decided.period.start || applied.period.end !== decided.period.end)
  ) {
    out.push({ ground: 'period_other_than_applied', applied: applied.period, decided: decided.period });
  }
  if (applied.share !== null && decided.maxShare !== null && decided.maxShare < applied.share) {
    out.push({ ground: 'share_below_applied', appliedBp: applied.share, decidedBp: decided.maxShare });
  }
  return out;
}

const groundText = (g: AdverseGround): { sv: string; en: string } => {
  switch (g.ground) {
    case 'rejection':
      return { sv: 'ansökan avslås', en: 'the application is rejected' };
    case 'withdrawal':
      return { sv: 'uppdraget återkallas', en: 'the commission is withdrawn' };
    case 'recovery':
      return { sv: 'stöd återkrävs', en: 'a grant is recovered' };
    case 'amount_below_applied':
      return {
        sv: `beviljat belopp ${formatSek(g.decidedOre)} är lägre än sökt ${formatSek(g.appliedOre)}`,
        en: `the amount granted, ${formatSek(g.decidedOre)}, is below the ${formatSek(g.appliedOre)} applied for`,
      };
    case 'period_other_than_applied':
      return {
        sv: `projektperioden ${g.decided.start} – ${g.decided.end} är en annan än den sökta ${g.applied.start} – ${g.applied.end}`,
        en: `the project period ${g.decided.start} – ${g.decided.end} differs from the ${g.applied.start} – ${g.applied.end} applied for`,
      };
    case 'share_below_applied':
      return {
        sv: `stödandelen ${formatPercent(g.decidedBp)} är lägre än den sökta ${formatPercent(g.appliedBp)}`,
        en: `the share ${formatPercent(g.decidedBp)} is below the ${formatPercent(g.appliedBp)} applied for`,
      };
  }
};

/**
 * FL 32 §: a blocking finding 'reasons.required' when the decision goes against the party and states no
 * reasons (blank counts as none); nothing otherwise.
 */
export function checkReasons(
  kind: string,
  reasons: string | null | undefined,
  decided: DecidedTerms,
  applied: AppliedTerms | null,
): Finding[] {
  const grounds = adverseGrounds(kind, decided, applied);
  if (grounds.length === 0 || (reasons ?? '').trim() !== '') return [];
  const texts = grounds.map(groundText);
  return [
    finding(
      'reasons.required',
      'error',
      { grounds: grounds.map((g) => g.ground) },
      {
        sv: `Beslutet måste motiveras (förvaltningslagen 32 §) eftersom ${texts.map((t) => t.sv).join(' och ')}.`,
        en: `The decision must state its reasons (förvaltningslagen 32 §) because ${texts.map((t) => t.en).join(' and ')}.`,
      },
    ),
  ];
}

/** Part of a decided period that lies outside the applied period, as a warning (the applicant did not ask for it). */
export function checkPeriodWithinApplied(decided: Period | null, applied: Period | null): Finding[] {
  if (decided === null || applied === null) return [];
  if (decided.start >= applied.start && decided.end <= applied.end) return [];
  return [
    finding(
      'period.outside_applied',
      'warning',
      { decidedStart: decided.start, decidedEnd: decided.end, appliedStart: applied.start, appliedEnd: applied.end },
      {
        sv: `Den beslutade projektperioden ${decided.start} – ${decided.end} ligger utanför den sökta ${applied.start} – ${applied.end}.`,
        en: `The decided project period ${decided.start} – ${decided.end} lies outside the ${applied.start} – ${applied.end} applied for.`,
      },
    ),
  ];
}

/**
 * An appropriation with budgets for some years only: the project's years it has no budget for, as a
 * warning (the grant is committed on the decision year, but the money is paid over the project's years).
 */
export function checkAppropriationYears(
  period: Period | null,
  budgetYears: readonly number[],
  appropriation: string,
): Finding[] {
  if (period === null || budgetYears.length === 0) return [];
  const from = Number(period.start.slice(0, 4));
  const to = Number(period.end.slice(0, 4));
  const missing: number[] = [];
  for (let y = from; y <= to; y++) if (!budgetYears.includes(y)) missing.push(y);
  if (missing.length === 0) return [];
  return [
    finding(
      'appropriation.years_not_covering',
      'warning',
      { years: missing, appropriation },
      {
        sv: `Anslaget ${appropriation} har ingen budget för ${missing.join(', ')}, som projektperioden omfattar.`,
        en: `The appropriation ${appropriation} has no budget for ${missing.join(', ')}, which the project period covers.`,
      },
    ),
  ];
}

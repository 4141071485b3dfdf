import { domainError, type DomainError } from './errors.js';
import {
  applyShare,
  basisPoints,
  exactShare,
  formatPercent,
  formatSek,
  maxOre,
  minOre,
  ore,
  subOre,
  ZERO_ORE,
  type BasisPoints,
  type Ore,
} from './money.js';
import { err, ok, type Result } from './result.js';

export type ShareCapStatus = 'within' | 'rounding_remainder' | 'exceeded';
export interface ShareCapCheck {
  status: ShareCapStatus;
  /** s × C, rounded down to whole öre (with the lost fraction in ten-thousandths of an öre). */
  exactCap: { ore: Ore; tenThousandthsOfOre: number };
  /** s × C rounded by the rounding rule: the largest amount a decision may state. */
  roundedCap: Ore;
  /** When status is rounding_remainder: by how much the amount exceeds the exact cap (< 1 kr). */
  remainder: Ore;
  /** When status is exceeded: by how much the amount exceeds the rounded cap. */
  excess: Ore;
}

/**
 * SPEC §3.2: a grant A with max share s of approved costs C. A above s × C only by the rounding remainder
 * (A ≤ s × C rounded to whole kronor, half up) is allowed and reported — the DVIS case: 5 505 389 kr vs
 * 50 % of 11 010 777 kr = 5 505 388,50 kr.
 */
export function checkShareCap(input: { amount: Ore; maxShare: BasisPoints; approvedCosts: Ore }): ShareCapCheck {
  const exact = exactShare(input.approvedCosts, input.maxShare);
  const roundedCap = applyShare(input.approvedCosts, input.maxShare);
  if (input.amount > roundedCap) {
    return {
      status: 'exceeded',
      exactCap: exact,
      roundedCap,
      remainder: ZERO_ORE,
      excess: subOre(input.amount, roundedCap),
    };
  }
  // Compare A with s × C exactly, in ten-thousandths of an öre.
  const aboveExact = BigInt(input.amount) * 10_000n > BigInt(input.approvedCosts) * BigInt(input.maxShare);
  if (aboveExact) {
    return {
      status: 'rounding_remainder',
      exactCap: exact,
      roundedCap,
      remainder: subOre(input.amount, exact.ore),
      excess: ZERO_ORE,
    };
  }
  return { status: 'within', exactCap: exact, roundedCap, remainder: ZERO_ORE, excess: ZERO_ORE };
}

/** The same check as a rule: refused with the amounts when the cap is exceeded. */
export function requireWithinShareCap(input: {
  amount: Ore;
  maxShare: BasisPoints;
  approvedCosts: Ore;
}): Result<ShareCapCheck> {
  const c = checkShareCap(input);
  if (c.status !== 'exceeded') return ok(c);
  return err(shareCapError(input, c));
}

export function shareCapError(
  input: { amount: Ore; maxShare: BasisPoints; approvedCosts: Ore },
  c: ShareCapCheck,
): DomainError {
  return domainError('share.cap_exceeded', {
    amount: formatSek(input.amount),
    share: formatPercent(input.maxShare),
    costs: formatSek(input.approvedCosts),
    cap: formatSek(c.roundedCap),
    excess: formatSek(c.excess),
  });
}

export type PayableLimit = 'share' | 'grant' | 'withheld' | 'nothing_left' | 'none';
export interface PayableInput {
  grantAmount: Ore;
  maxShare: BasisPoints;
  /** All approved actual costs so far, including this request. */
  cumulativeApprovedCosts: Ore;
  /** Everything paid before this request. */
  cumulativePaid: Ore;
  /** Share of the grant held back until the final report (e.g. 1000 = 10 %). */
  withheldUntilFinal?: BasisPoints;
  isFinal: boolean;
}
export interface Payable {
  payable: Ore;
  capByShare: Ore;
  capByGrant: Ore;
  limitedBy: PayableLimit;
}

/**
 * SPEC §3.2: cumulative paid ≤ min(A, s × cumulative approved costs) — and, before the final payment,
 * ≤ A × (1 − withheld share). The payable amount is what that leaves; never negative.
 */
export function payableAmount(input: PayableInput): Payable {
  const capByShare = applyShare(input.cumulativeApprovedCosts, input.maxShare);
  const capByGrant = input.isFinal
    ? input.grantAmount
    : applyShare(input.grantAmount, basisPoints(10_000 - (input.withheldUntilFinal ?? 0)));
  const ceiling = minOre(capByShare, capByGrant, input.grantAmount);
  const payable = maxOre(ZERO_ORE, subOre(ceiling, input.cumulativePaid));
  let limitedBy: PayableLimit;
  if (payable === 0) limitedBy = 'nothing_left';
  else if (capByShare <= capByGrant && capByShare <= input.grantAmount) limitedBy = 'share';
  else if (!input.isFinal && capByGrant < input.grantAmount) limitedBy = 'withheld';
  else limitedBy = 'grant';
  return { payable, capByShare, capByGrant, limitedBy };
}

export interface AdvanceRule {
  /** Förordning 2003:596 11 §: at most half the grant … */
  maxShareOfGrant: BasisPoints;
  /** … and at most 400 000 kr. */
  maxAmount: Ore;
}
export const ADVANCE_RULE_2003_596: AdvanceRule = { maxShareOfGrant: basisPoints(5000), maxAmount: ore(40_000_000) };

export const advanceLimit = (grantAmount: Ore, rule: AdvanceRule = ADVANCE_RULE_2003_596): Ore =>
  minOre(applyShare(grantAmount, rule.maxShareOfGrant), rule.maxAmount);

/** Förordning 2003:596 5 §: at most 50 % of the project's costs from one grantor. */
export const exceedsSingleGrantorShare = (maxShare: BasisPoints): boolean => maxShare > 5000;

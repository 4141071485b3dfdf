import { domainError, type DomainError } from './errors.js';
import { finding, type Finding } from './finding.js';
import {
  applyShare,
  applyShareRounded,
  basisPoints,
  exactShare,
  maxOre,
  minOre,
  ore,
  subOre,
  ZERO_ORE,
  type BasisPoints,
  type ExactShare,
  type Ore,
  type ShareCapRounding,
} from './money.js';
import { err, ok, type Result } from './result.js';

export interface ShareCapInput {
  amount: Ore;
  maxShare: BasisPoints;
  approvedCosts: Ore;
  /**
   * The funder's rounding of the cap to whole kronor (share_cap_rounding). 'down': the cap is s × C
   * rounded down, and nothing above s × C is allowed. 'half_up' (the default here, docs/domain/delegation.md, for callers
   * without a funder such as the importer): up to s × C rounded half up, the remainder reported.
   */
  rounding?: ShareCapRounding;
}
export type ShareCapStatus = 'within' | 'rounding_remainder' | 'exceeded';
export interface ShareCapCheck {
  status: ShareCapStatus;
  /** s × C exactly: whole öre plus the rest in ten-thousandths of an öre. */
  exactCap: ExactShare;
  /** s × C rounded by the one rule: the largest amount a decision may state. */
  roundedCap: Ore;
  /** When rounding_remainder: how far the amount lies above the exact cap (under 1 kr; to the öre). */
  remainder: Ore;
  /** When exceeded: how far the amount lies above the rounded cap. */
  excess: Ore;
}

/**
 * docs/domain/rules.md, "Share cap and rounding": a grant A with max share s of approved costs C. An A above s × C only
 * by the rounding remainder (A ≤ s × C rounded to whole kronor, half up) is allowed and reported — the DVIS decision:
 * 5 505 389 kr against 50,00 % of 11 010 777 kr = 5 505 388,50 kr.
 */
export function checkShareCap(input: ShareCapInput): ShareCapCheck {
  const exactCap = exactShare(input.approvedCosts, input.maxShare);
  const roundedCap = applyShareRounded(input.approvedCosts, input.maxShare, input.rounding ?? 'half_up');
  const base = { exactCap, roundedCap, remainder: ZERO_ORE, excess: ZERO_ORE };
  // A ≤ s × C compared exactly, both scaled to ten-thousandths of an öre. An amount with öre can lie
  // within s × C yet above a cap that rounded down, so the exact test comes first.
  if (BigInt(input.amount) * 10_000n <= BigInt(input.approvedCosts) * BigInt(input.maxShare)) {
    return { ...base, status: 'within' };
  }
  if (input.amount <= roundedCap) {
    return { ...base, status: 'rounding_remainder', remainder: subOre(input.amount, exactCap.ore) };
  }
  return { ...base, status: 'exceeded', excess: subOre(input.amount, maxOre(roundedCap, exactCap.ore)) };
}

/** The same check as a rule: refused, with the amounts and the excess, when the cap is exceeded. */
export function requireWithinShareCap(input: ShareCapInput): Result<ShareCapCheck> {
  const c = checkShareCap(input);
  return c.status === 'exceeded' ? err(shareCapError(input, c)) : ok(c);
}

/** The refusal of an exceeded cap, naming the amount, the share, the costs, the cap and the excess. */
export const shareCapError = (input: ShareCapInput, c: ShareCapCheck): DomainError =>
  domainError('share.cap_exceeded', {
    amountOre: input.amount,
    maxShareBp: input.maxShare,
    approvedCostsOre: input.approvedCosts,
    capOre: c.roundedCap,
    excessOre: c.excess,
  });

export interface PayableInput {
  grantAmount: Ore;
  maxShare: BasisPoints;
  /** All approved actual costs so far, including this request's. */
  cumulativeApprovedCosts: Ore;
  /** Everything paid before this request. */
  cumulativePaid: Ore;
  /** Share of the grant held back until the final report, a condition of the decision (e.g. 1000 = 10 %). */
  withheldUntilFinal?: BasisPoints;
  isFinal: boolean;
}
export type PayableLimit = 'share' | 'grant' | 'withheld' | 'nothing_left';
export interface Payable {
  payable: Ore;
  /** s × cumulative approved costs, rounded by the one rule. */
  capByShare: Ore;
  /** The grant, less the withheld share before the final payment. */
  capByGrant: Ore;
  limitedBy: PayableLimit;
  /** Paid beyond what the costs now support (costs later disallowed): the basis of a recovery. */
  overpaid: Ore;
}

/**
 * docs/domain/rules.md, "What a payment may pay": cumulative paid ≤ min(A, s × cumulative approved costs), and before
 * the final payment also ≤ A × (1 − withheld share). The payable amount is what that ceiling leaves; never negative.
 * Working on cumulative sums means each request's rounding is corrected by the next instead of adding up.
 */
export function payableAmount(input: PayableInput): Payable {
  const withheld = input.isFinal ? 0 : (input.withheldUntilFinal ?? 0);
  const capByShare = applyShare(input.cumulativeApprovedCosts, input.maxShare);
  const capByGrant = withheld === 0 ? input.grantAmount : applyShare(input.grantAmount, basisPoints(10_000 - withheld));
  const payable = maxOre(ZERO_ORE, subOre(minOre(capByShare, capByGrant), input.cumulativePaid));
  const overpaid = maxOre(ZERO_ORE, subOre(input.cumulativePaid, minOre(capByShare, input.grantAmount)));
  const limitedBy: PayableLimit =
    payable === 0 ? 'nothing_left' : capByShare <= capByGrant ? 'share' : withheld > 0 ? 'withheld' : 'grant';
  return { payable, capByShare, capByGrant, limitedBy, overpaid };
}

export interface AdvanceRule {
  /** Förordning 2003:596 11 §: at most half the grant … */
  maxShareOfGrant: BasisPoints;
  /** … and at most 400 000 kr. Configurable: a funder or a later ordinance may differ. */
  maxAmount: Ore;
}
export const ADVANCE_RULE_2003_596: AdvanceRule = { maxShareOfGrant: basisPoints(5000), maxAmount: ore(40_000_000) };

/** The largest advance a grant allows: the lower of the share of the grant (rounded by the one rule) and the cap. */
export function advanceLimit(input: { grantAmount: Ore; rule?: AdvanceRule }): Ore {
  const rule = input.rule ?? ADVANCE_RULE_2003_596;
  return minOre(applyShare(input.grantAmount, rule.maxShareOfGrant), rule.maxAmount);
}

/** A requested advance within the limit, or refused with the limit and by how much it is exceeded. */
export function checkAdvance(input: { grantAmount: Ore; requested: Ore; rule?: AdvanceRule }): Result<{ limit: Ore }> {
  const rule = input.rule ?? ADVANCE_RULE_2003_596;
  const limit = advanceLimit({ grantAmount: input.grantAmount, rule });
  if (input.requested <= limit) return ok({ limit });
  return err(
    domainError('advance.exceeds_limit', {
      requestedOre: input.requested,
      limitOre: limit,
      excessOre: subOre(input.requested, limit),
      grantAmountOre: input.grantAmount,
      maxShareOfGrantBp: rule.maxShareOfGrant,
      maxAmountOre: rule.maxAmount,
    }),
  );
}

/**
 * Förordning 2003:596 5 §: at most 50 % of a project's costs from one grantor (more only when Tillväxtverket
 * and another grantor both fund). A warning, not a refusal: the exception is a judgement the officer records.
 */
export function grantorShareWarning(maxShare: BasisPoints, limit: BasisPoints = basisPoints(5000)): Finding | null {
  if (maxShare <= limit) return null;
  return finding('share.single_grantor_limit', 'warning', { maxShareBp: maxShare, limitBp: limit });
}

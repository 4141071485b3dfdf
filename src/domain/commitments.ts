import { domainError } from './errors.js';
import { addOre, maxOre, subOre, ZERO_ORE, type Ore } from './money.js';
import { err, ok, type Result } from './result.js';

export interface CommitmentInput {
  yearBudget: Ore;
  /** Granted-but-not-closed amounts already drawn on this appropriation and year. */
  committed: Ore;
  /** The new grant, or the increase of an amendment. */
  amount: Ore;
  /**
   * An explicit override with a stated reason lets a decision overdraw (docs/domain/rules.md,
   * "Commitments against appropriations"); it is audited.
   */
  override?: { reason: string } | undefined;
  /** For messages: the appropriation ("1:1") and the year. */
  appropriation?: string;
  year?: number;
}

export interface CommitmentOutcome {
  /** Negative when an override let the decision overdraw. */
  remainingAfter: Ore;
  overdrawnBy: Ore;
  overridden: boolean;
}

/**
 * docs/domain/rules.md, "Commitments against appropriations": the year budget must cover everything granted and not
 * closed; overdraw is blocked unless overridden.
 */
export function checkCommitment(input: CommitmentInput): Result<CommitmentOutcome> {
  const remainingAfter = subOre(input.yearBudget, addOre(input.committed, input.amount));
  if (remainingAfter >= 0) return ok({ remainingAfter, overdrawnBy: ZERO_ORE, overridden: false });
  const overdrawnBy = subOre(ZERO_ORE, remainingAfter);
  if (input.override) {
    if (input.override.reason.trim() === '') {
      return err(domainError('commitment.override_needs_reason', { excessOre: overdrawnBy }));
    }
    return ok({ remainingAfter, overdrawnBy, overridden: true });
  }
  const label = [input.appropriation, input.year].filter((x) => x !== undefined && x !== '').join(', ');
  return err(
    domainError('commitment.overdrawn', {
      appropriation: input.appropriation ?? null,
      year: input.year ?? null,
      where: label ? ` (${label})` : '',
      excessOre: overdrawnBy,
      budgetOre: input.yearBudget,
      committedOre: input.committed,
      amountOre: input.amount,
    }),
  );
}

/** At closure, what was granted but not paid returns to the appropriation (never a negative release). */
export const releaseOnClosure = (input: { granted: Ore; paid: Ore }): Ore =>
  maxOre(ZERO_ORE, subOre(input.granted, input.paid));

/** A grant decided on an appropriation's year, at its amount in force. */
export interface CommittedGrant {
  inForce: Ore;
  /** What was paid when an approved closure closed the project; absent while the project is open. */
  paidAtClosure?: Ore | undefined;
}

/**
 * What a year's grants commit on their appropriation (docs/domain/rules.md, "Commitments against appropriations"):
 * each grant at its amount in force, except that a project closed by an approved closure keeps only what was paid;
 * the unused rest (`releaseOnClosure`) returns to the appropriation.
 */
export const committedOf = (grants: readonly CommittedGrant[]): Ore =>
  grants.reduce<Ore>(
    (sum, g) =>
      addOre(
        sum,
        g.paidAtClosure === undefined
          ? g.inForce
          : subOre(g.inForce, releaseOnClosure({ granted: g.inForce, paid: g.paidAtClosure })),
      ),
    ZERO_ORE,
  );

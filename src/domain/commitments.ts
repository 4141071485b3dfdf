import { domainError } from './errors.js';
import { formatSek, maxOre, subOre, ZERO_ORE, addOre, type Ore } from './money.js';
import { err, ok, type Result } from './result.js';

export interface CommitmentInput {
  /** Label for messages, e.g. "1:1". */
  appropriation: string;
  year: number;
  yearBudget: Ore;
  /** Granted-but-not-closed amounts already drawn on this appropriation and year. */
  committed: Ore;
  /** The new grant (or the increase of an amendment). */
  amount: Ore;
  /** An explicit override with a stated reason lets a decision overdraw (SPEC §3.5). */
  override?: { reason: string } | undefined;
}

export interface CommitmentOutcome {
  remainingAfter: Ore;
  overdrawnBy: Ore;
  overridden: boolean;
}

/** SPEC §3.5: the year budget must cover everything granted and not closed; overdraw is blocked unless overridden. */
export function checkCommitment(input: CommitmentInput): Result<CommitmentOutcome> {
  const after = addOre(input.committed, input.amount);
  const remainingAfter = subOre(input.yearBudget, after);
  if (remainingAfter >= 0) return ok({ remainingAfter, overdrawnBy: ZERO_ORE, overridden: false });
  const overdrawnBy = subOre(after, input.yearBudget);
  if (input.override) {
    if (input.override.reason.trim() === '') return err(domainError('commitment.override_needs_reason'));
    return ok({ remainingAfter, overdrawnBy, overridden: true });
  }
  return err(
    domainError('commitment.overdrawn', {
      appropriation: input.appropriation,
      year: input.year,
      excess: formatSek(overdrawnBy),
      budget: formatSek(input.yearBudget),
      committed: formatSek(input.committed),
      amount: formatSek(input.amount),
    }),
  );
}

/** At closure, what was granted but not paid goes back to the appropriation (never a negative release). */
export const releaseOnClosure = (input: { granted: Ore; paid: Ore }): Ore =>
  maxOre(ZERO_ORE, subOre(input.granted, input.paid));

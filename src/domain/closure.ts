import { formatSek, ore, subOre, ZERO_ORE, type Ore } from './money.js';
import { releaseOnClosure } from './commitments.js';

/** One unmet condition of closing a project, with what a person reads. */
export interface ClosureIssue {
  code: 'closure.final_report_not_approved' | 'closure.final_payment_missing' | 'closure.already_closed';
  message: { sv: string; en: string };
}

export interface ClosureInput {
  status: 'planned' | 'active' | 'closed' | 'withdrawn';
  finalReportApproved: boolean;
  finalPaymentRecorded: boolean;
  /** Why the project ends without a final payment; blank counts as none. */
  withoutFinalPaymentReason?: string | null | undefined;
  granted: Ore;
  paid: Ore;
}

export interface ClosureOutcome {
  issues: ClosureIssue[];
  /**
   * What returns to the appropriation: granted in force minus paid, never negative (docs/domain/life-of-a-grant.md,
   * "7. Closure").
   */
  released: Ore;
}

/**
 * docs/domain/rules.md, "Closing a project": a project closes when its final report is approved and its final payment
 * recorded — or, when it ends without a final payment, with a stated reason. The unused commitment is released.
 */
export function checkClosure(input: ClosureInput): ClosureOutcome {
  const issues: ClosureIssue[] = [];
  if (input.status === 'closed' || input.status === 'withdrawn') {
    issues.push({
      code: 'closure.already_closed',
      message: { sv: 'Projektet är redan avslutat.', en: 'The project is already closed.' },
    });
  }
  if (!input.finalReportApproved) {
    issues.push({
      code: 'closure.final_report_not_approved',
      message: {
        sv: 'Slutrapporten måste vara godkänd innan projektet kan avslutas.',
        en: 'The final report must be approved before the project can be closed.',
      },
    });
  }
  const reason = input.withoutFinalPaymentReason?.trim() ?? '';
  if (!input.finalPaymentRecorded && reason === '') {
    issues.push({
      code: 'closure.final_payment_missing',
      message: {
        sv: 'Slututbetalningen är inte registrerad. Ange skälet om projektet avslutas utan slututbetalning.',
        en: 'The final payment is not recorded. Give the reason if the project ends without a final payment.',
      },
    });
  }
  return { issues, released: releaseOnClosure({ granted: input.granted, paid: input.paid }) };
}

export interface RecoveryIssue {
  code: 'recovery.exceeds_paid' | 'recovery.not_positive' | 'recovery.reason_missing';
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}

/**
 * A recovery (återkrav) or repayment can claim back at most what has been paid and not already claimed.
 */
export function checkRecovery(input: { amount: Ore; paid: Ore; alreadyClaimed: Ore; reason: string }): RecoveryIssue[] {
  const issues: RecoveryIssue[] = [];
  const claimable = subOre(input.paid, input.alreadyClaimed);
  const room = claimable < 0 ? ZERO_ORE : claimable;
  if (input.amount <= 0) {
    issues.push({
      code: 'recovery.not_positive',
      message: { sv: 'Beloppet måste vara större än noll.', en: 'The amount must be greater than zero.' },
      details: { amountOre: input.amount },
    });
  } else if (input.amount > room) {
    issues.push({
      code: 'recovery.exceeds_paid',
      message: {
        sv: `Återkravet ${formatSek(input.amount)} är större än vad som kan krävas tillbaka (${formatSek(ore(room))}: utbetalt ${formatSek(input.paid)}, redan återkrävt ${formatSek(input.alreadyClaimed)}).`,
        en: `The recovery of ${formatSek(input.amount)} exceeds what can be claimed back (${formatSek(ore(room))}: paid ${formatSek(input.paid)}, already claimed ${formatSek(input.alreadyClaimed)}).`,
      },
      details: {
        amountOre: input.amount,
        paidOre: input.paid,
        alreadyClaimedOre: input.alreadyClaimed,
        claimableOre: room,
      },
    });
  }
  if (input.reason.trim() === '') {
    issues.push({
      code: 'recovery.reason_missing',
      message: { sv: 'Ange skälen för återkravet.', en: 'Give the reasons for the recovery.' },
      details: {},
    });
  }
  return issues;
}

import { eq } from 'drizzle-orm';
import { formatSek, ore, splitByLargestRemainder, transition } from '../../../../domain/index.js';
import { cases } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { requireRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { caseNotFound, loadVisibleCase } from '../../cases/cases.policy.js';
import { actorOf } from '../../auth/actor.js';
import { contributionsOf } from '../closure.repository.js';
import { insertDraftDecision, type ProposedAuthority } from './closure-decisions.js';
import type { ClosureDeps } from './reports.js';

export interface WithdrawInput extends ProposedAuthority {
  /** The unused funds to return to the parties. */
  remainingOre: number;
  /** Why the commission is withdrawn (FL 32 §): required. */
  reasons: string;
}

const unprocessable = (code: string, sv: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError(code, 422, { sv, en }, details);

/**
 * POST /cases/:caseId/withdraw (docs/domain/decision-letters.md, seed 002): the officer proposes to take a commission back. A
 * draft decision of kind 'withdraw' carries the refund of the remaining funds to the parties in proportion
 * to their contributions, split by the domain's largest remainder (whole kronor when the amount is, so
 * that the parts sum exactly to it). The officer proposes it and a decision maker approves it; only the
 * approval writes the refunds and withdraws the case (closure-decisions.ts), with the letter.
 */
export async function withdrawCommission(deps: ClosureDeps, p: Principal, caseId: string, input: WithdrawInput) {
  const scope = await loadVisibleCase(deps.db, p, caseId);
  requireRole(p, ['case_officer'], scope.funder.organizationId);
  if (input.reasons.trim() === '') {
    throw unprocessable(
      'decision.reasons_missing',
      'Ange skälen för att återta uppdraget (förvaltningslagen 32 §).',
      'Give the reasons for withdrawing the commission (Administrative Procedure Act, section 32).',
    );
  }
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    const [kase] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!kase) throw caseNotFound();
    if (kase.kind !== 'commission') {
      throw unprocessable(
        'withdraw.not_commission',
        'Bara ett uppdrag med insatser från parterna kan återtas med återbetalning.',
        'Only a commission with contributions from its parties can be withdrawn with refunds.',
      );
    }
    const next = transition(kase.kind, kase.status, 'withdraw');
    if (!next.ok) {
      throw new AppError('withdraw.wrong_status', 409, {
        sv: 'Uppdraget är redan avslutat eller återtaget.',
        en: 'The commission is already closed or withdrawn.',
      });
    }
    const parties = await contributionsOf(tx, caseId);
    const contributed = parties.reduce((s, c) => s + c.contributedOre, 0);
    if (parties.length === 0 || contributed === 0) {
      throw unprocessable(
        'withdraw.no_contributions',
        'Uppdraget har inga registrerade insatser att återbetala efter.',
        'The commission has no contributions to refund by.',
      );
    }
    if (input.remainingOre > contributed) {
      throw unprocessable(
        'withdraw.exceeds_contributions',
        `Att återbetala ${formatSek(ore(input.remainingOre))} är mer än parterna satt in (${formatSek(ore(contributed))}).`,
        `Refunding ${formatSek(ore(input.remainingOre))} is more than the parties contributed (${formatSek(ore(contributed))}).`,
        { remainingOre: input.remainingOre, contributedOre: contributed },
      );
    }
    const unit = ore(input.remainingOre % 100 === 0 ? 100 : 1);
    const split = splitByLargestRemainder(
      ore(input.remainingOre),
      parties.map((c) => c.contributedOre),
      unit,
    );
    if (!split.ok) throw AppError.fromDomain(split.error);
    const refunds = parties.map((c, i) => ({
      organizationId: c.organizationId,
      organization: c.name,
      contributedOre: c.contributedOre,
      amountOre: split.value[i]!,
    }));
    const decision = await insertDraftDecision(tx, deps.clock, actor, p, {
      funderId: kase.funderId,
      caseId,
      projectId: null,
      kind: 'withdraw',
      amountOre: input.remainingOre,
      reasons: input.reasons.trim(),
      body: { refunds, contributedOre: contributed },
      recipientOrganizationIds: [kase.applicantOrganizationId, ...parties.map((c) => c.organizationId)],
      meetingId: input.meetingId,
      delegationPoint: input.delegationPoint,
    });
    return {
      decisionId: decision.id,
      status: 'draft' as const,
      remainingOre: input.remainingOre,
      refunds: parties.map((c, i) => ({
        organizationId: c.organizationId,
        name: c.name,
        contributedOre: c.contributedOre,
        amountOre: split.value[i]!,
      })),
    };
  });
}

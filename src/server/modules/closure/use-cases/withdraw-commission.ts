import { eq, sql } from 'drizzle-orm';
import { formatSek, ore, splitByLargestRemainder, today, transition } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { cases, decisions, refunds } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { requireRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { caseNotFound, loadVisibleCase } from '../../cases/cases.policy.js';
import { actorOf } from '../../payments/use-cases/save-payment-request.js';
import { contributionsOf } from '../closure.repository.js';
import type { ClosureDeps } from './reports.js';

export interface WithdrawInput {
  /** The unused funds to return to the parties. */
  remainingOre: number;
  reasons: string;
}

const unprocessable = (code: string, sv: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError(code, 422, { sv, en }, details);

/**
 * POST /cases/:caseId/withdraw (SPEC §3.8, seed 002): a commission is taken back; an approved decision of
 * kind 'withdraw' returns the remaining funds to the parties in proportion to their contributions, split
 * by the domain's largest remainder in whole kronor so that the parts sum exactly to the remaining amount.
 */
export async function withdrawCommission(deps: ClosureDeps, p: Principal, caseId: string, input: WithdrawInput) {
  const scope = await loadVisibleCase(deps.db, p, caseId);
  requireRole(p, ['case_officer', 'decision_maker'], scope.funder.organizationId);
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
    const now = deps.clock.now();
    const [decision] = await tx
      .insert(decisions)
      .values({
        caseId,
        kind: 'withdraw',
        status: 'approved',
        decisionDate: today(deps.clock),
        decidedByUserId: p.userId,
        decidedByName: p.displayName,
        amountOre: input.remainingOre,
        reasons: input.reasons.trim(),
        body: {
          decision: `Uppdraget återtas och ärendet avslutas. Återstående medel, ${formatSek(ore(input.remainingOre))}, återbetalas parterna i proportion till deras insatser.`,
          refunds: parties.map((c, i) => ({
            organization: c.name,
            contributedOre: c.contributedOre,
            amountOre: split.value[i],
          })),
        },
        approvedAt: now,
        approvedByUserId: p.userId,
      })
      .returning();
    const rows = await tx
      .insert(refunds)
      .values(
        parties.map((c, i) => ({
          caseId,
          decisionId: decision!.id,
          organizationId: c.organizationId,
          amountOre: split.value[i]!,
        })),
      )
      .returning();
    await tx
      .update(cases)
      .set({ status: next.value, closedAt: now, updatedAt: now, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId));
    await appendAudit(tx, deps.clock, actor, {
      action: 'case.withdrawn',
      entityType: 'case',
      entityId: caseId,
      before: { status: kase.status },
      after: {
        status: next.value,
        decisionId: decision!.id,
        remainingOre: input.remainingOre,
        refunds: rows.map((r) => ({ organizationId: r.organizationId, amountOre: r.amountOre })),
      },
    });
    return {
      decisionId: decision!.id,
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

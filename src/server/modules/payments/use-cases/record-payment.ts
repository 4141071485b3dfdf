import { eq, sql } from 'drizzle-orm';
import { addOre, checkPaymentCeiling, ore } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { paymentRequests, payments, type Payment, type PaymentRequest } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound, paymentRuleBroken, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import { loadFigures } from '../payment-figures.js';
import type { PaymentInput } from '../payment-schema.js';
import { findPaymentRequest } from '../payments.repository.js';
import { lockProject, requireFinance } from '../../shared/project-scope.js';
import { actorOf, loadVisibleRequest, type PaymentDeps } from './save-payment-request.js';

/**
 * POST /payment-requests/:id/payment — finance records the payment of an approved request: the amount is
 * the approved payable amount, never typed. Behind the project lock the ceiling of all payments is checked
 * again against the grant in force now (an amendment may have lowered it since the approval): a payment
 * that would pass it is refused with 422 instead of being made.
 */
export async function recordPayment(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: PaymentInput,
): Promise<{ request: PaymentRequest; payment: Payment }> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireFinance(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== input.version) throw stalePaymentRequest(before.version);
    if (before.status !== 'approved') throw wrongStatus(before.status, { sv: 'betalas ut', en: 'be paid' });
    const amount = ore(before.payableOre ?? 0);
    if (amount <= 0) {
      throw new AppError('payment.nothing_payable', 422, {
        sv: 'Begäran ger inget belopp att betala ut; det finns ingen utbetalning att registrera.',
        en: 'The request leaves nothing to pay; there is no payment to record.',
      });
    }
    const { basis, position } = await loadFigures(tx, scope, requestId);
    const beyond = checkPaymentCeiling({
      grantAmount: basis.grantAmount,
      maxShare: basis.maxShare,
      cumulativeApprovedCosts: addOre(position.priorApprovedCosts, ore(before.approvedCostsOre ?? 0)),
      advances: before.kind === 'advance' ? addOre(position.priorAdvances, amount) : position.priorAdvances,
      withheldUntilFinal: basis.withheld,
      includesFinal: position.finalDecided || before.kind === 'final',
      total: addOre(position.committed, amount),
    });
    if (beyond) throw paymentRuleBroken([beyond]);

    const now = deps.clock.now();
    const [payment] = await tx
      .insert(payments)
      .values({
        projectId: before.projectId,
        paymentRequestId: requestId,
        amountOre: amount,
        paidOn: input.paidOn,
        executedBy: principal.userId,
        reference: input.reference,
        createdAt: now,
      })
      .returning();
    if (!payment) throw new Error('payment insert returned no row');
    const [row] = await tx
      .update(paymentRequests)
      .set({ status: 'paid', updatedAt: now, version: sql`${paymentRequests.version} + 1` })
      .where(eq(paymentRequests.id, requestId))
      .returning();
    if (!row) throw paymentRequestNotFound();
    await appendAudit(tx, deps.clock, actor, {
      action: 'payment.recorded',
      entityType: 'payment',
      entityId: payment.id,
      after: payment,
    });
    await appendAudit(tx, deps.clock, actor, {
      action: 'payment_request.paid',
      entityType: 'payment_request',
      entityId: requestId,
      before: { status: before.status },
      after: { status: row.status, paymentId: payment.id, amountOre: amount, paidOn: input.paidOn },
    });
    return { request: row, payment };
  });
}

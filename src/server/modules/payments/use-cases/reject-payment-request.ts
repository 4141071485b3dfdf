import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../audit/audit.js';
import { paymentRequests, type PaymentRequest } from '../../../db/schema/index.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound } from '../payment-errors.js';
import type { RejectInput } from '../payment-schema.js';
import { decideSubmittedRequest, mailSubmitter, moveRequestCase, releasePlanItems } from './request-case.js';
import type { PaymentDeps } from './save-payment-request.js';

/**
 * POST /payment-requests/:id/reject — the officer rejects a submitted request with reasons. It is final:
 * nothing is approved or payable, so it counts in no figure of the project (payments.repository counts
 * only approved and paid requests); its case is decided as rejected through the workflow; its reporting
 * date is open again for a new request; the beneficiary is told the reasons (förvaltningslagen 32–33 §§).
 */
export async function rejectPaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: RejectInput,
): Promise<{ request: PaymentRequest; emailId: string | null }> {
  const refused = { sv: 'avslås', en: 'be rejected' };
  return decideSubmittedRequest(deps, principal, requestId, input.version, refused, async (tx, before, actor, name) => {
    const events = ['start_assessment', 'propose_decision', 'approve_rejection'] as const;
    await moveRequestCase(tx, deps, actor, before.caseId, events, { required: true });
    const now = deps.clock.now();
    const [row] = await tx
      .update(paymentRequests)
      .set({
        status: 'rejected',
        approvedCostsOre: null,
        payableOre: null,
        decidedAt: now,
        decidedBy: principal.userId,
        decisionNote: input.reason,
        updatedAt: now,
        version: sql`${paymentRequests.version} + 1`,
      })
      .where(eq(paymentRequests.id, requestId))
      .returning();
    if (!row) throw paymentRequestNotFound();
    await releasePlanItems(tx, deps, actor, requestId);
    await appendAudit(tx, deps.clock, actor, {
      action: 'payment_request.rejected',
      entityType: 'payment_request',
      entityId: requestId,
      before: { status: before.status, requestedOre: before.requestedOre },
      after: { status: row.status, reason: input.reason },
    });
    const emailId = await mailSubmitter(tx, deps, actor, row, (dnr) => ({
      subject: `Begäran om utbetalning avslagen: ${name}${dnr ? `, dnr ${dnr}` : ''}`,
      bodyText:
        `Hej!\n\nEr begäran om utbetalning för ${name}${dnr ? ` (dnr ${dnr})` : ''} är avslagen. ` +
        `Inget belopp betalas ut på den.\n\nSkäl för avslaget:\n${input.reason}\n`,
    }));
    return { request: row, emailId };
  });
}

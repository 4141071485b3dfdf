import { eq, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import { paymentRequests, type PaymentRequest } from '../../../db/schema/index.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import type { RejectInput } from '../payment-schema.js';
import { diaryNumberOf, findPaymentRequest, userEmail } from '../payments.repository.js';
import { lockProject, requireOfficer } from '../project-scope.js';
import { moveRequestCase, releasePlanItems } from './request-case.js';
import { actorOf, loadVisibleRequest, type PaymentDeps } from './save-payment-request.js';

/** The rejection with its reasons, as förvaltningslagen 32–33 §§ want the party told. */
async function rejectionNotice(
  tx: Tx,
  deps: PaymentDeps,
  actor: Actor,
  row: PaymentRequest,
  projectName: string,
): Promise<string | null> {
  const to = await userEmail(tx, row.submittedBy);
  if (!to) return null;
  const dnr = await diaryNumberOf(tx, row.caseId);
  const mail = await enqueueEmail(tx, deps.clock, actor, {
    to: [to],
    subject: `Begäran om utbetalning avslagen: ${projectName}${dnr ? `, dnr ${dnr}` : ''}`,
    bodyText:
      `Hej!\n\nEr begäran om utbetalning för ${projectName}${dnr ? ` (dnr ${dnr})` : ''} är avslagen. ` +
      `Inget belopp betalas ut på den.\n\nSkäl för avslaget:\n${row.decisionNote ?? ''}\n`,
    related: { entityType: 'payment_request', entityId: row.id },
  });
  return mail.id;
}

/**
 * POST /payment-requests/:id/reject — the officer rejects a submitted request with reasons. It is final:
 * nothing is approved or payable, so it counts in no figure of the project (payments.repository counts
 * only approved and paid requests); its case is decided as rejected through the workflow; its reporting
 * date is open again for a new request; the beneficiary is told the reasons.
 */
export async function rejectPaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: RejectInput,
): Promise<{ request: PaymentRequest; emailId: string | null }> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireOfficer(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== input.version) throw stalePaymentRequest(before.version);
    if (before.status !== 'submitted') throw wrongStatus(before.status, { sv: 'avslås', en: 'be rejected' });
    await moveRequestCase(
      tx,
      deps,
      actor,
      before.caseId,
      ['start_assessment', 'propose_decision', 'approve_rejection'],
      {
        required: true,
      },
    );
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
    const emailId = await rejectionNotice(tx, deps, actor, row, scope.project.name);
    return { request: row, emailId };
  });
}

import { eq, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import { paymentRequests, type PaymentRequest } from '../../../db/schema/index.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import type { ReturnInput } from '../payment-schema.js';
import { diaryNumberOf, findPaymentRequest, userEmail } from '../payments.repository.js';
import { lockProject, requireOfficer } from '../project-scope.js';
import { moveRequestCase, releasePlanItems } from './request-case.js';
import { actorOf, loadVisibleRequest, type PaymentDeps } from './save-payment-request.js';

/** Tells the beneficiary what to complete; the request keeps its diary number, so the mail names it. */
async function completionNotice(
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
    subject: `Begäran om utbetalning behöver kompletteras: ${projectName}${dnr ? `, dnr ${dnr}` : ''}`,
    bodyText:
      `Hej!\n\nEr begäran om utbetalning för ${projectName}${dnr ? ` (dnr ${dnr})` : ''} har återsänts ` +
      `för komplettering.\n\nDetta behöver kompletteras:\n${row.decisionNote ?? ''}\n\n` +
      `Logga in i Bidra, komplettera begäran och skicka in den igen. Den behåller sitt diarienummer.\n`,
    related: { entityType: 'payment_request', entityId: row.id },
  });
  return mail.id;
}

/**
 * POST /payment-requests/:id/return — the officer sends a submitted request back for completion
 * (komplettering). The request is a draft again that the beneficiary edits and submits anew; its case goes
 * back to draft through the workflow and keeps its diary number; its reporting date is open again; the
 * officer's message is kept on the request (`decision_note`) and mailed to the beneficiary.
 */
export async function returnPaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: ReturnInput,
): Promise<{ request: PaymentRequest; emailId: string | null }> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireOfficer(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== input.version) throw stalePaymentRequest(before.version);
    if (before.status !== 'submitted') {
      throw wrongStatus(before.status, { sv: 'återsändas för komplettering', en: 'be returned for completion' });
    }
    await moveRequestCase(tx, deps, actor, before.caseId, ['return_for_completion'], { required: true });
    const now = deps.clock.now();
    const [row] = await tx
      .update(paymentRequests)
      .set({
        status: 'draft',
        decisionNote: input.message,
        updatedAt: now,
        version: sql`${paymentRequests.version} + 1`,
      })
      .where(eq(paymentRequests.id, requestId))
      .returning();
    if (!row) throw paymentRequestNotFound();
    await releasePlanItems(tx, deps, actor, requestId);
    await appendAudit(tx, deps.clock, actor, {
      action: 'payment_request.returned',
      entityType: 'payment_request',
      entityId: requestId,
      before: { status: before.status, decisionNote: before.decisionNote },
      after: { status: row.status, message: input.message },
    });
    const emailId = await completionNotice(tx, deps, actor, row, scope.project.name);
    return { request: row, emailId };
  });
}

import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../audit/audit.js';
import { paymentRequests, type PaymentRequest } from '../../../db/schema/index.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound } from '../payment-errors.js';
import type { ReturnInput } from '../payment-schema.js';
import { decideSubmittedRequest, mailSubmitter, moveRequestCase, releasePlanItems } from './request-case.js';
import type { PaymentDeps } from './save-payment-request.js';

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
  const refused = { sv: 'återsändas för komplettering', en: 'be returned for completion' };
  return decideSubmittedRequest(deps, principal, requestId, input.version, refused, async (tx, before, actor, name) => {
    await moveRequestCase(tx, deps, actor, before.caseId, ['return_for_completion'], { required: true });
    const [row] = await tx
      .update(paymentRequests)
      .set({
        status: 'draft',
        decisionNote: input.message,
        updatedAt: deps.clock.now(),
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
    // The request keeps its diary number, so the mail names it.
    const emailId = await mailSubmitter(tx, deps, actor, row, (dnr) => ({
      subject: `Begäran om utbetalning behöver kompletteras: ${name}${dnr ? `, dnr ${dnr}` : ''}`,
      bodyText:
        `Hej!\n\nEr begäran om utbetalning för ${name}${dnr ? ` (dnr ${dnr})` : ''} har återsänts ` +
        `för komplettering.\n\nDetta behöver kompletteras:\n${input.message}\n\n` +
        `Logga in i Bidra, komplettera begäran och skicka in den igen. Den behåller sitt diarienummer.\n`,
    }));
    return { request: row, emailId };
  });
}

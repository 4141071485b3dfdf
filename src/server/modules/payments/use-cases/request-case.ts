import { and, eq, sql } from 'drizzle-orm';
import { transition, type CaseEvent, type CaseStatus } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import { cases, reportingPlanItems, type PaymentRequest } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import { diaryNumberOf, findPaymentRequest, userEmail } from '../payments.repository.js';
import { lockProject, requireOfficer } from '../../shared/project-scope.js';
import { actorOf, loadVisibleRequest, type PaymentDeps } from './save-payment-request.js';

/*
 * What happens to a payment request's case and its reporting date when the officer decides the request or
 * sends it back. The case moves only through the domain's workflow (src/domain/workflow.ts).
 */

/**
 * Moves the request's case through `events` in order, skipping the steps it has already taken (a case that
 * is already in assessment needs no `start_assessment`), and records the change. With `required`, the last
 * event must apply: a case that has left the workflow's path (withdrawn, say) is refused with 409 rather
 * than left behind its request. Returns the case's status afterwards, or null for a request without a case.
 */
export async function moveRequestCase(
  tx: Tx,
  deps: PaymentDeps,
  actor: Actor,
  caseId: string | null,
  events: readonly CaseEvent[],
  options: { required?: boolean } = {},
): Promise<CaseStatus | null> {
  if (!caseId) return null;
  const [kase] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!kase) return null;
  const last = events[events.length - 1]!;
  let status: CaseStatus = kase.status;
  for (const event of events) {
    const next = transition(kase.kind, status, event);
    if (next.ok) status = next.value;
    else if (event === last && options.required) throw AppError.fromDomain(next.error, 409);
  }
  if (status === kase.status) return status;
  await tx
    .update(cases)
    .set({ status, updatedAt: deps.clock.now(), version: sql`${cases.version} + 1` })
    .where(eq(cases.id, caseId));
  await appendAudit(tx, deps.clock, actor, {
    action: 'case.status_changed',
    entityType: 'case',
    entityId: caseId,
    before: { status: kase.status },
    after: { status, event: last },
  });
  return status;
}

/**
 * A request that goes back to the beneficiary or is rejected no longer answers its date in the reporting
 * plan: the date is open again (and reminded as any open date), for the completed or the next request.
 */
export async function releasePlanItems(tx: Tx, deps: PaymentDeps, actor: Actor, requestId: string): Promise<void> {
  const items = await tx
    .select()
    .from(reportingPlanItems)
    .where(and(eq(reportingPlanItems.paymentRequestId, requestId), eq(reportingPlanItems.status, 'submitted')));
  const now = deps.clock.now();
  for (const item of items) {
    await tx
      .update(reportingPlanItems)
      .set({
        status: 'open',
        submittedAt: null,
        paymentRequestId: null,
        updatedAt: now,
        version: sql`${reportingPlanItems.version} + 1`,
      })
      .where(eq(reportingPlanItems.id, item.id));
    await appendAudit(tx, deps.clock, actor, {
      action: 'reporting_item.reopened',
      entityType: 'reporting_item',
      entityId: item.id,
      before: { status: item.status, paymentRequestId: requestId },
      after: { status: 'open', paymentRequestId: null },
    });
  }
}

/**
 * The frame of an officer's outcome on a submitted request (return for completion, rejection): the caller
 * must be an officer of the project's funder; the project is locked; the request must still be the version
 * read and submitted, or the outcome is refused (409) with what it is now. `decide` runs in that transaction.
 */
export async function decideSubmittedRequest<T>(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  version: number,
  refusedVerb: { sv: string; en: string },
  decide: (tx: Tx, before: PaymentRequest, actor: Actor, projectName: string) => Promise<T>,
): Promise<T> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireOfficer(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== version) throw stalePaymentRequest(before.version);
    if (before.status !== 'submitted') throw wrongStatus(before.status, refusedVerb);
    return decide(tx, before, actor, scope.project.name);
  });
}

/**
 * Mails the person who submitted the request about the officer's outcome, the project and diary number
 * named; null when that person has no address. `compose` gets the project's name and the diary number.
 */
export async function mailSubmitter(
  tx: Tx,
  deps: PaymentDeps,
  actor: Actor,
  row: PaymentRequest,
  compose: (dnr: string | null) => { subject: string; bodyText: string },
): Promise<string | null> {
  const to = await userEmail(tx, row.submittedBy);
  if (!to) return null;
  const mail = await enqueueEmail(tx, deps.clock, actor, {
    to: [to],
    ...compose(await diaryNumberOf(tx, row.caseId)),
    related: { entityType: 'payment_request', entityId: row.id },
  });
  return mail.id;
}

import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor, Tx } from '../../../db/client.js';
import { paymentRequestCosts, paymentRequests, type PaymentRequest } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import { grantBasis } from '../payment-figures.js';
import type { PaymentRequestInput } from '../payment-schema.js';
import { findPaymentRequest } from '../payments.repository.js';
import {
  isProjectBeneficiary,
  loadVisibleProject,
  lockProject,
  requireBeneficiary,
  type ProjectScope,
} from '../../shared/project-scope.js';
import { actorOf } from '../../auth/actor.js';

export interface PaymentDeps {
  db: Db;
  clock: Clock;
}

/** The audit trail's actor (`auth/actor.ts`), for this module's other use cases. */
export { actorOf };

/**
 * A request and its project scope, or 404 for whoever may not see it. The funder's staff see a request
 * once it is submitted; a draft is the beneficiary's own until then. A draft with a case was submitted and
 * returned for completion: the staff still see it, as the case it is.
 */
export async function loadVisibleRequest(
  db: Executor,
  p: Principal,
  requestId: string,
): Promise<{ request: PaymentRequest } & ProjectScope> {
  const request = await findPaymentRequest(db, requestId);
  if (!request) throw paymentRequestNotFound();
  let scope: ProjectScope;
  try {
    scope = await loadVisibleProject(db, p, request.projectId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw paymentRequestNotFound();
    throw error;
  }
  if (request.status === 'draft' && request.caseId === null && !isProjectBeneficiary(p, scope)) {
    throw paymentRequestNotFound();
  }
  return { request, ...scope };
}

const duplicateCategory = (): AppError =>
  new AppError('payment.duplicate_category', 422, {
    sv: 'Varje kostnadsslag får förekomma en gång.',
    en: 'Each cost category may occur once.',
  });

/** The columns a draft takes from the form: an advance has no costs, an interim or final request no advance. */
function columnsOf(input: PaymentRequestInput) {
  const advance = input.kind === 'advance';
  return {
    kind: input.kind,
    periodStart: input.period?.start ?? null,
    periodEnd: input.period?.end ?? null,
    requestedOre: advance ? (input.advanceOre ?? 0) : 0,
  };
}

async function writeCosts(tx: Tx, requestId: string, input: PaymentRequestInput): Promise<void> {
  const categories = input.costs.map((c) => c.category);
  if (new Set(categories).size !== categories.length) throw duplicateCategory();
  await tx.delete(paymentRequestCosts).where(eq(paymentRequestCosts.paymentRequestId, requestId));
  const lines = input.kind === 'advance' ? [] : input.costs;
  if (lines.length > 0) {
    await tx
      .insert(paymentRequestCosts)
      .values(lines.map((c) => ({ paymentRequestId: requestId, costCategory: c.category, claimedOre: c.claimedOre })));
  }
}

/** POST /projects/:projectId/payment-requests — the beneficiary starts a request (a draft). */
export async function createPaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  projectId: string,
  input: PaymentRequestInput,
): Promise<PaymentRequest> {
  const scope = await loadVisibleProject(deps.db, principal, projectId);
  requireBeneficiary(principal, scope);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, projectId);
    await grantBasis(tx, scope);
    const now = deps.clock.now();
    const [row] = await tx
      .insert(paymentRequests)
      .values({ ...columnsOf(input), projectId, status: 'draft', createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('payment request insert returned no row');
    await writeCosts(tx, row.id, input);
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'payment_request.created',
      entityType: 'payment_request',
      entityId: row.id,
      after: { ...row, costs: input.kind === 'advance' ? [] : input.costs },
    });
    return row;
  });
}

/** PUT /payment-requests/:id — the beneficiary saves the draft; a stale version is refused with 409. */
export async function updatePaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: PaymentRequestInput & { version: number },
): Promise<PaymentRequest> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireBeneficiary(principal, scope);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== input.version) throw stalePaymentRequest(before.version);
    if (before.status !== 'draft') throw wrongStatus(before.status, { sv: 'ändras', en: 'be changed' });
    const [row] = await tx
      .update(paymentRequests)
      .set({ ...columnsOf(input), updatedAt: deps.clock.now(), version: sql`${paymentRequests.version} + 1` })
      .where(sql`${paymentRequests.id} = ${requestId} AND ${paymentRequests.version} = ${input.version}`)
      .returning();
    if (!row) throw stalePaymentRequest(before.version + 1);
    await writeCosts(tx, row.id, input);
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'payment_request.updated',
      entityType: 'payment_request',
      entityId: row.id,
      before,
      after: { ...row, costs: input.kind === 'advance' ? [] : input.costs },
    });
    return row;
  });
}

import { and, asc, eq, sql } from 'drizzle-orm';
import { paymentRequestTotals, today, type CostLine, type LocalDate } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import {
  cases,
  paymentRequests,
  reportingPlanItems,
  type PaymentRequest,
  type Project,
} from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { nextDiaryNumber } from '../../cases/diary.repository.js';
import { registerCaseDocument } from '../../cases/use-cases/register-case-document.js';
import { currentPlan } from '../../reporting/reporting.repository.js';
import { paymentRequestNotFound, paymentRuleBroken, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import { asOre, assess, grantBasis, type GrantBasis } from '../payment-figures.js';
import { matterDiaryNumberOf } from '../../cases/case-documents.repository.js';
import { costsOf, findPaymentRequest, pendingRequestOf, projectPosition } from '../payments.repository.js';
import { lockProject, requireBeneficiary, type ProjectScope } from '../../shared/project-scope.js';
import { moveRequestCase } from './request-case.js';
import { actorOf, loadVisibleRequest, type PaymentDeps } from './save-payment-request.js';

interface SubmitIssue {
  code: string;
  path: string;
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}
const submitIssue = (code: string, path: string, sv: string, en: string, details = {}): SubmitIssue => ({
  code,
  path,
  message: { sv, en },
  details,
});

/** What a request must say before the funder can check it (docs/domain/rules.md, "Payment requests"). */
function submitIssues(request: PaymentRequest, lines: CostLine[], basis: GrantBasis): SubmitIssue[] {
  const issues: SubmitIssue[] = [];
  if (request.kind === 'advance') {
    if (request.requestedOre <= 0) {
      issues.push(
        submitIssue(
          'payment.advance_required',
          'advanceOre',
          'Ange hur stort förskott som begärs.',
          'Enter the advance asked for.',
        ),
      );
    }
    return issues;
  }
  const p = basis.terms.period;
  if (!request.periodStart || !request.periodEnd) {
    issues.push(
      submitIssue(
        'payment.period_required',
        'period',
        'Ange vilken period kostnaderna avser.',
        'Enter the period the costs cover.',
      ),
    );
  } else if (p && (request.periodStart < p.start || request.periodEnd > p.end)) {
    issues.push(
      submitIssue(
        'payment.period_outside_project',
        'period',
        `Perioden ${request.periodStart} – ${request.periodEnd} ligger utanför projektperioden ${p.start} – ${p.end}.`,
        `The period ${request.periodStart} – ${request.periodEnd} lies outside the project period ${p.start} – ${p.end}.`,
        { periodStart: p.start, periodEnd: p.end },
      ),
    );
  }
  if (paymentRequestTotals(lines).claimed <= 0) {
    issues.push(
      submitIssue(
        'payment.no_costs',
        'costs',
        'Ange de upparbetade kostnaderna per kostnadsslag; summan måste vara större än noll.',
        'Enter the costs incurred per category; their total must be more than zero.',
      ),
    );
  }
  return issues;
}

/**
 * A payment request has a case of its own for its workflow, a child of the project's application case: it
 * is registered as a document of that case, under its one diary number. Only a project without an
 * application case (older data) gives the request a number of its own.
 */
async function registerCase(
  tx: Tx,
  deps: PaymentDeps,
  actor: Actor,
  scope: ProjectScope,
  project: Project,
  day: LocalDate,
): Promise<{ id: string; diaryNumber: string }> {
  const parent = scope.applicationCase;
  const ownNumber =
    parent?.diaryNumber == null ? await nextDiaryNumber(tx, scope.funder, Number(day.slice(0, 4))) : null;
  const now = deps.clock.now();
  const [kase] = await tx
    .insert(cases)
    .values({
      funderId: scope.funder.id,
      diaryNumber: ownNumber,
      kind: 'payment_request',
      status: 'submitted',
      title: `Begäran om utbetalning: ${project.acronym ?? project.name}`,
      projectId: project.id,
      applicantOrganizationId: project.ownerOrganizationId,
      parentCaseId: scope.applicationCase?.id ?? null,
      receivedOn: day,
      registeredAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!kase) throw new Error('case insert returned no row');
  await appendAudit(tx, deps.clock, actor, {
    action: 'case.created',
    entityType: 'case',
    entityId: kase.id,
    after: kase,
  });
  const registered = await registerCaseDocument(tx, deps.clock, actor, {
    caseId: kase.id,
    kind: 'payment_request',
    title: kase.title,
    direction: 'in',
    registeredOn: day,
  });
  return { id: kase.id, diaryNumber: registered.diaryNumber ?? ownNumber! };
}

/** A completed request returns to its case: the case is submitted again and keeps its diary number. */
async function resumeCase(
  tx: Tx,
  deps: PaymentDeps,
  actor: Actor,
  caseId: string,
): Promise<{ id: string; diaryNumber: string }> {
  await moveRequestCase(tx, deps, actor, caseId, ['submit'], { required: true });
  const diaryNumber = await matterDiaryNumberOf(tx, caseId);
  if (!diaryNumber) throw new Error(`case ${caseId} has no diary number`);
  return { id: caseId, diaryNumber };
}

/** The earliest open payment-request date of the reporting plan is the one this request answers. */
async function fulfilPlanItem(tx: Tx, deps: PaymentDeps, actor: Actor, projectId: string, requestId: string) {
  const plan = await currentPlan(tx, projectId);
  if (!plan) return;
  const [item] = await tx
    .select()
    .from(reportingPlanItems)
    .where(
      and(
        eq(reportingPlanItems.reportingPlanId, plan.id),
        eq(reportingPlanItems.kind, 'payment_request'),
        eq(reportingPlanItems.status, 'open'),
      ),
    )
    .orderBy(asc(reportingPlanItems.dueDate))
    .limit(1);
  if (!item) return;
  const now = deps.clock.now();
  await tx
    .update(reportingPlanItems)
    .set({
      status: 'submitted',
      submittedAt: now,
      paymentRequestId: requestId,
      updatedAt: now,
      version: sql`${reportingPlanItems.version} + 1`,
    })
    .where(eq(reportingPlanItems.id, item.id));
  await appendAudit(tx, deps.clock, actor, {
    action: 'reporting_item.submitted',
    entityType: 'reporting_item',
    entityId: item.id,
    before: { status: item.status },
    after: { status: 'submitted', paymentRequestId: requestId },
  });
}

/**
 * POST /payment-requests/:id/submit. Behind the project lock: the request must be complete, no other
 * request of the project may be waiting for the officer, none may follow a decided final payment, and an
 * advance must keep all advances within the advance rule. Then it is registered as a case, or, returned for
 * completion before, goes back to the case it already has.
 */
export async function submitPaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: { version: number },
): Promise<PaymentRequest> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireBeneficiary(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    const project = await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== input.version) throw stalePaymentRequest(before.version);
    if (before.status !== 'draft')
      throw wrongStatus(before.status, { sv: 'skickas in igen', en: 'be submitted again' });
    const pending = await pendingRequestOf(tx, project.id, requestId);
    if (pending) {
      throw AppError.conflict(
        {
          sv: 'En annan begäran om utbetalning för projektet väntar på granskning. Skicka in nästa när den är granskad.',
          en: 'Another payment request of the project is waiting to be checked. Submit the next once it has been.',
        },
        { pendingRequestId: pending.id },
      );
    }
    const basis = await grantBasis(tx, scope);
    const position = await projectPosition(tx, project.id, requestId);
    if (position.finalDecided) {
      throw AppError.conflict({
        sv: 'Slututbetalningen är redan beslutad; projektet kan inte begära mer.',
        en: 'The final payment has already been decided; the project cannot request more.',
      });
    }
    const costs = await costsOf(tx, requestId);
    const lines: CostLine[] = costs.map((c) => ({
      category: c.costCategory,
      claimedOre: c.claimedOre,
    }));
    const issues = submitIssues(before, lines, basis);
    if (issues.length > 0) throw paymentRuleBroken(issues);
    const claimed = paymentRequestTotals(lines).claimed;
    const figures = assess(basis, position, {
      kind: before.kind,
      approvedCosts: claimed,
      requestedAdvance: asOre(before.requestedOre),
    });
    if (figures.issues.length > 0) throw paymentRuleBroken(figures.issues);

    // A request returned for completion comes back in its own case, under the diary number it already has.
    const registered = before.caseId
      ? await resumeCase(tx, deps, actor, before.caseId)
      : await registerCase(tx, deps, actor, scope, project, today(deps.clock));
    const now = deps.clock.now();
    const [row] = await tx
      .update(paymentRequests)
      .set({
        status: 'submitted',
        caseId: registered.id,
        // What the claim would pay if every cost were approved: the amount asked for.
        requestedOre: before.kind === 'advance' ? before.requestedOre : figures.payable,
        submittedAt: now,
        submittedBy: principal.userId,
        updatedAt: now,
        version: sql`${paymentRequests.version} + 1`,
      })
      .where(eq(paymentRequests.id, requestId))
      .returning();
    if (!row) throw paymentRequestNotFound();
    await fulfilPlanItem(tx, deps, actor, project.id, requestId);
    await appendAudit(tx, deps.clock, actor, {
      action: 'payment_request.submitted',
      entityType: 'payment_request',
      entityId: requestId,
      before: { status: before.status },
      after: {
        status: row.status,
        caseId: registered.id,
        diaryNumber: registered.diaryNumber,
        claimedOre: claimed,
        ...(before.caseId ? { resubmitted: true } : {}),
      },
    });
    return row;
  });
}

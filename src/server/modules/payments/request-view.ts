import { paymentRequestTotals, type CostLine } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { PaymentRequest } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { asOre, assess, loadFigures, toAssessmentView, toPositionView } from './payment-figures.js';
import type { PaymentRequestView } from './payment-schema.js';
import { costsOf, diaryNumberOf, paymentOf } from './payments.repository.js';
import { isProjectBeneficiary, type ProjectScope } from '../shared/project-scope.js';

/** A draft with a case was submitted once: only a return for completion makes it a draft again. */
export const isReturnedForCompletion = (r: { status: string; caseId: string | null }): boolean =>
  r.status === 'draft' && r.caseId !== null;

/** A request as the API shows it, with the live figures while it is open and what the caller may do. */
export async function toRequestView(
  db: Executor,
  p: Principal,
  scope: ProjectScope,
  request: PaymentRequest,
): Promise<PaymentRequestView> {
  const costs = await costsOf(db, request.id);
  const lines: CostLine[] = costs.map((c) => ({
    category: c.costCategory,
    claimedOre: c.claimedOre,
    approvedOre: c.approvedOre,
  }));
  const totals = paymentRequestTotals(lines);
  const open = request.status === 'draft' || request.status === 'submitted';
  let position: PaymentRequestView['position'] = null;
  let assessment: PaymentRequestView['assessment'] = null;
  if (open) {
    try {
      const { basis, position: pos } = await loadFigures(db, scope, request.id);
      position = toPositionView(basis, pos);
      assessment = toAssessmentView(
        assess(basis, pos, {
          kind: request.kind,
          approvedCosts: totals.claimed,
          requestedAdvance: asOre(request.requestedOre),
        }),
      );
    } catch (error) {
      // A project whose grant is no longer in force has no figures to show; the request itself still shows.
      if (!(error instanceof AppError && error.code === 'payment.no_grant')) throw error;
    }
  }
  const payment = await paymentOf(db, request.id);
  const funderOrg = scope.funder.organizationId;
  const checking = request.status === 'submitted' && hasRole(p, 'case_officer', funderOrg);
  return {
    id: request.id,
    projectId: request.projectId,
    projectName: scope.project.name,
    caseId: request.caseId,
    diaryNumber: await diaryNumberOf(db, request.caseId),
    kind: request.kind,
    status: request.status,
    period: request.periodStart && request.periodEnd ? { start: request.periodStart, end: request.periodEnd } : null,
    costs: costs.map((c) => ({
      category: c.costCategory,
      claimedOre: c.claimedOre,
      approvedOre: c.approvedOre,
      motivation: c.motivation,
    })),
    advanceOre: request.kind === 'advance' ? request.requestedOre : null,
    claimedTotalOre: totals.claimed,
    requestedOre: request.requestedOre,
    approvedCostsOre: request.approvedCostsOre,
    payableOre: request.payableOre,
    decisionNote: request.decisionNote,
    returnedForCompletion: isReturnedForCompletion(request),
    submittedAt: request.submittedAt?.toISOString() ?? null,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    payment: payment ? { amountOre: payment.amountOre, paidOn: payment.paidOn, reference: payment.reference } : null,
    position,
    assessment,
    actions: {
      edit: request.status === 'draft' && isProjectBeneficiary(p, scope),
      approve: checking,
      returnForCompletion: checking,
      reject: checking,
      recordPayment: request.status === 'approved' && hasRole(p, 'finance_officer', funderOrg),
    },
    version: request.version,
  };
}

import {
  assessPayment,
  ore,
  type AdvanceRule,
  type BasisPoints,
  type GrantTerms,
  type Ore,
  type PaymentAssessment,
  type PaymentKind,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { grantTermsInForce } from '../projects/project-snapshot.js';
import { paymentSettings, projectPosition, type ProjectPosition } from './payments.repository.js';
import type { ProjectScope } from '../shared/project-scope.js';
import type { z } from 'zod';
import type { assessmentView, positionView } from './payment-schema.js';

/**
 * The grant a payment is measured against: the amount and share of the decision in force (the domain's
 * decisionInForce over the approved grant and its amendments, so an amendment that changes the amount
 * counts at once) and the funder's withheld share and advance rule.
 */
export interface GrantBasis {
  terms: GrantTerms;
  grantAmount: Ore;
  maxShare: BasisPoints | null;
  withheld: BasisPoints;
  advanceRule: AdvanceRule;
}

export const noGrant = (): AppError =>
  new AppError('payment.no_grant', 422, {
    sv: 'Projektet har inget beviljat stöd i kraft; det finns inget att begära utbetalning av.',
    en: 'The project has no grant in force; there is nothing to request payment of.',
  });

export async function grantBasis(db: Executor, scope: ProjectScope): Promise<GrantBasis> {
  const terms = await grantTermsInForce(db, scope.project.id);
  if (!terms || terms.amount === null) throw noGrant();
  const settings = paymentSettings(scope.funder);
  return {
    terms,
    grantAmount: terms.amount,
    maxShare: terms.maxShare,
    withheld: settings.withheld,
    advanceRule: settings.advanceRule,
  };
}

/** The domain's assessment of one request against the grant and the rest of the project. */
export function assess(
  basis: GrantBasis,
  position: ProjectPosition,
  request: { kind: PaymentKind; approvedCosts: Ore; requestedAdvance: Ore },
): PaymentAssessment {
  return assessPayment({
    kind: request.kind,
    grantAmount: basis.grantAmount,
    maxShare: basis.maxShare,
    withheldUntilFinal: basis.withheld,
    advanceRule: basis.advanceRule,
    priorApprovedCosts: position.priorApprovedCosts,
    priorAdvances: position.priorAdvances,
    committed: position.committed,
    approvedCosts: request.approvedCosts,
    requestedAdvance: request.requestedAdvance,
  });
}

export async function loadFigures(db: Executor, scope: ProjectScope, exceptRequestId: string | null) {
  const basis = await grantBasis(db, scope);
  const position = await projectPosition(db, scope.project.id, exceptRequestId);
  return { basis, position };
}

export const toPositionView = (b: GrantBasis, p: ProjectPosition): z.infer<typeof positionView> => ({
  grantAmountOre: b.grantAmount,
  maxShareBp: b.maxShare,
  withheldUntilFinalBp: b.withheld,
  advanceRule: { maxShareOfGrantBp: b.advanceRule.maxShareOfGrant, maxAmountOre: b.advanceRule.maxAmount },
  priorApprovedCostsOre: p.priorApprovedCosts,
  priorAdvancesOre: p.priorAdvances,
  paidOre: p.paid,
  committedOre: p.committed,
  finalDecided: p.finalDecided,
});

export const toAssessmentView = (a: PaymentAssessment): z.infer<typeof assessmentView> => ({
  payableOre: a.payable,
  limitedBy: a.limitedBy,
  cumulativeApprovedCostsOre: a.cumulativeApprovedCosts,
  capByShareOre: a.capByShare,
  capByGrantOre: a.capByGrant,
  withheldOre: a.withheld,
  advanceLimitOre: a.advanceLimit,
  remainingGrantOre: a.remainingGrant,
  issues: a.issues.map((i) => ({ code: i.code, message: i.message, details: i.details })),
});

export const asOre = (n: number | null | undefined): Ore => ore(n ?? 0);

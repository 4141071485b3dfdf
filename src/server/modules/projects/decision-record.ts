import { basisPoints, ore, type DecisionRecord, type GrantTerms, type LocalDate } from '../../../domain/index.js';
import type { Decision } from '../../db/schema/index.js';

/**
 * A stored decision's terms as the domain reads them: a grant states every term, an amendment only those
 * it changes (null columns mean "unchanged"). The one mapping from rows to the domain's decision records.
 */
export function termsOf(d: Decision): Partial<GrantTerms> {
  const full = d.kind === 'grant';
  const terms: Partial<GrantTerms> = {};
  if (full || d.amountOre !== null) terms.amount = d.amountOre === null ? null : ore(d.amountOre);
  if (full || d.maxShareBp !== null) terms.maxShare = d.maxShareBp === null ? null : basisPoints(d.maxShareBp);
  if (full || d.approvedCostsOre !== null)
    terms.approvedCosts = d.approvedCostsOre === null ? null : ore(d.approvedCostsOre);
  if (full || (d.periodStart !== null && d.periodEnd !== null)) {
    terms.period =
      d.periodStart && d.periodEnd ? { start: d.periodStart as LocalDate, end: d.periodEnd as LocalDate } : null;
  }
  if (full || d.activityPlanId !== null) terms.activityPlanId = d.activityPlanId;
  return terms;
}

export const toDecisionRecord = (d: Decision): DecisionRecord => ({
  id: d.id,
  kind: d.kind,
  amendsId: d.amendsDecisionId,
  approvedAt: d.approvedAt,
  terms: termsOf(d),
});

import { eq, sql } from 'drizzle-orm';
import {
  basisPoints,
  decisionInForce,
  ore,
  type DecisionRecord,
  type GrantTerms,
  type LocalDate,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { decisions, projects, type Decision } from '../../db/schema/index.js';

function toRecord(d: Decision): DecisionRecord {
  const terms: Partial<GrantTerms> = {};
  // A grant states every term; an amendment only those it changes (null columns mean "unchanged").
  const full = d.kind === 'grant';
  if (full || d.amountOre !== null) terms.amount = d.amountOre === null ? null : ore(d.amountOre);
  if (full || d.maxShareBp !== null) terms.maxShare = d.maxShareBp === null ? null : basisPoints(d.maxShareBp);
  if (full || d.approvedCostsOre !== null)
    terms.approvedCosts = d.approvedCostsOre === null ? null : ore(d.approvedCostsOre);
  if (full || (d.periodStart !== null && d.periodEnd !== null)) {
    terms.period =
      d.periodStart && d.periodEnd ? { start: d.periodStart as LocalDate, end: d.periodEnd as LocalDate } : null;
  }
  if (full || d.activityPlanId !== null) terms.activityPlanId = d.activityPlanId;
  return { id: d.id, kind: d.kind, amendsId: d.amendsDecisionId, approvedAt: d.approvedAt, terms };
}

/** The terms in force for a project's approved grant, computed by the domain rule (SPEC §3.7). */
export async function grantTermsInForce(db: Executor, projectId: string): Promise<GrantTerms | null> {
  const rows = await db.select().from(decisions).where(eq(decisions.projectId, projectId));
  const grant = rows
    .filter((d) => d.kind === 'grant' && d.approvedAt !== null)
    .sort((a, b) => a.approvedAt!.getTime() - b.approvedAt!.getTime())[0];
  if (!grant) return null;
  return decisionInForce(rows.map(toRecord), grant.id);
}

/**
 * Copies the decision in force onto the project row (amount, share, costs, period), the snapshot that the
 * public bank and the dashboards read. Called in the transaction of every approval that can change it.
 */
export async function refreshProjectSnapshot(db: Executor, projectId: string): Promise<GrantTerms | null> {
  const terms = await grantTermsInForce(db, projectId);
  await db
    .update(projects)
    .set({
      grantedOre: terms?.amount ?? null,
      maxShareBp: terms?.maxShare ?? null,
      approvedCostsOre: terms?.approvedCosts ?? null,
      periodStart: terms?.period?.start ?? null,
      periodEnd: terms?.period?.end ?? null,
      updatedAt: sql`now()`,
      version: sql`${projects.version} + 1`,
    })
    .where(eq(projects.id, projectId));
  return terms;
}

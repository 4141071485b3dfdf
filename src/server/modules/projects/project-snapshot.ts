import { eq, sql } from 'drizzle-orm';
import { decisionInForce, type GrantTerms } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { decisions, projects } from '../../db/schema/index.js';
import { toDecisionRecord } from './decision-record.js';

/**
 * The terms in force for a project's approved grant, computed by the domain rule (docs/domain/rules.md,
 * "Decisions never change").
 */
export async function grantTermsInForce(db: Executor, projectId: string): Promise<GrantTerms | null> {
  const rows = await db.select().from(decisions).where(eq(decisions.projectId, projectId));
  const grant = rows
    .filter((d) => d.kind === 'grant' && d.approvedAt !== null)
    .sort((a, b) => a.approvedAt!.getTime() - b.approvedAt!.getTime())[0];
  if (!grant) return null;
  return decisionInForce(rows.map(toDecisionRecord), grant.id);
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

import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { committedOf, decisionInForce, OPEN_PROJECT_STATUSES, ore } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { cases, decisions, projects } from '../../db/schema/index.js';
import { toDecisionRecord } from './decision-record.js';

/**
 * What is already committed on an appropriation's year (docs/domain/rules.md, "Commitments against appropriations"):
 * every approved grant decided that year whose project is not closed or withdrawn, at its amount in force — after the
 * approved amendments that change it, computed by the domain's `decisionInForce` — leaving out the decision being
 * checked. A project closed in Bidra by an approved 'close' decision keeps what was paid: its unused part (the domain's
 * `releaseOnClosure`, granted in force − paid at closure) returns to the appropriation.
 */
export async function committedOnYear(
  db: Executor,
  appropriationId: string,
  year: number,
  excludeDecisionId: string,
): Promise<number> {
  const grants = await db
    .select({ decision: decisions, status: projects.status })
    .from(decisions)
    .leftJoin(projects, eq(projects.id, decisions.projectId))
    .where(
      and(
        eq(decisions.appropriationId, appropriationId),
        eq(decisions.kind, 'grant'),
        sql`${decisions.approvedAt} IS NOT NULL`,
        // The year as a date range, so the (appropriation, decision date) index finds the year's grants.
        sql`${decisions.decisionDate} >= make_date(${year}::int, 1, 1)`,
        sql`${decisions.decisionDate} < make_date(${year}::int + 1, 1, 1)`,
        sql`${decisions.id} <> ${excludeDecisionId}`,
        or(
          // A grant without a project row yet counts as open.
          isNull(projects.status),
          inArray(projects.status, [...OPEN_PROJECT_STATUSES]),
          sql`${projects.status} = 'closed' AND EXISTS (SELECT 1 FROM ${decisions} c WHERE c.project_id = ${projects.id} AND c.kind = 'close' AND c.approved_at IS NOT NULL)`,
        ),
      ),
    );
  if (grants.length === 0) return 0;
  const closedIds = grants
    .filter((g) => g.status === 'closed' && g.decision.projectId !== null)
    .map((g) => g.decision.projectId!);
  const paidAtClosure = new Map<string, number>();
  if (closedIds.length > 0) {
    const closings = await db
      .select({ projectId: decisions.projectId, body: decisions.body })
      .from(decisions)
      .where(
        and(
          eq(decisions.kind, 'close'),
          sql`${decisions.approvedAt} IS NOT NULL`,
          inArray(decisions.projectId, closedIds),
        ),
      );
    for (const c of closings) {
      if (c.projectId) paidAtClosure.set(c.projectId, Number(c.body.paidOre ?? 0));
    }
  }
  const projectIds = grants.map((g) => g.decision.projectId).filter((id): id is string => id !== null);
  const amendments = await db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.kind, 'amend'),
        sql`${decisions.approvedAt} IS NOT NULL`,
        or(
          inArray(decisions.projectId, projectIds),
          inArray(
            decisions.caseId,
            db.select({ id: cases.id }).from(cases).where(inArray(cases.projectId, projectIds)),
          ),
        ),
      ),
    );
  const records = [...grants.map((g) => g.decision), ...amendments].map(toDecisionRecord);
  return committedOf(
    grants.map((g) => {
      const paid = g.decision.projectId ? paidAtClosure.get(g.decision.projectId) : undefined;
      return {
        inForce: ore(decisionInForce(records, g.decision.id)?.amount ?? g.decision.amountOre ?? 0),
        paidAtClosure: g.status === 'closed' && paid !== undefined ? ore(paid) : undefined,
      };
    }),
  );
}

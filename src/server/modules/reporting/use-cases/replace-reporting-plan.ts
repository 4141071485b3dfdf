import { eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { decisions, reportingPlanItems, reportingPlans, type ReportingPlan } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { loadVisibleProject, lockProject, requireOfficer } from '../../shared/project-scope.js';
import { currentPlan, itemsOf } from '../reporting.repository.js';

export interface PlanItemInput {
  /** An item of the current plan to keep (with its status and what fulfilled it); absent for a new date. */
  id?: string | undefined;
  kind: 'progress_report' | 'final_report' | 'payment_request';
  dueDate: string;
  periodStart?: string | null | undefined;
  periodEnd?: string | null | undefined;
}

export interface ReplacePlanInput {
  /** The version of the plan the officer edited; null when the project has no plan yet. */
  version: number | null;
  note: string | null;
  items: PlanItemInput[];
}

const stalePlan = (current: number | null): AppError =>
  AppError.conflict(
    {
      sv: `Rapporteringsplanen har ändrats sedan du hämtade den (nu ${current === null ? 'ingen plan' : `version ${current}`}). Hämta den igen.`,
      en: `The reporting plan was changed since you loaded it (now ${current === null ? 'no plan' : `version ${current}`}). Reload it.`,
    },
    { currentVersion: current },
  );

const invalidItems = (sv: string, en: string, details: Record<string, unknown>): AppError =>
  new AppError('reporting.invalid_items', 422, { sv, en }, details);

/**
 * PUT /projects/:projectId/reporting-plan — the officer sets the project's due dates. Items named by id
 * keep their status and what fulfilled them; an item already submitted or approved cannot be dropped. A
 * plan that an approved decision set is a public record: it is never edited, a replacement is a new plan
 * that continues its version numbering. The officer's own plan is edited in place, its version bumped.
 */
export async function replaceReportingPlan(
  deps: { db: Db; clock: Clock },
  principal: Principal,
  projectId: string,
  input: ReplacePlanInput,
): Promise<ReportingPlan> {
  const scope = await loadVisibleProject(deps.db, principal, projectId);
  requireOfficer(principal, scope);
  const actor = { userId: principal.userId, label: principal.displayName };
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, projectId);
    const before = await currentPlan(tx, projectId);
    if ((before?.version ?? null) !== input.version) throw stalePlan(before?.version ?? null);
    const oldItems = before ? await itemsOf(tx, before.id) : [];
    const kept = new Map(oldItems.map((i) => [i.id, i]));
    const unknown = input.items.filter((i) => i.id !== undefined && !kept.has(i.id));
    if (unknown.length > 0) {
      throw invalidItems(
        'Ett eller flera datum hör inte till projektets nuvarande rapporteringsplan.',
        'One or more dates do not belong to the project’s current reporting plan.',
        { ids: unknown.map((i) => i.id) },
      );
    }
    const keptIds = new Set(input.items.flatMap((i) => (i.id ? [i.id] : [])));
    const dropped = oldItems.filter((i) => !keptIds.has(i.id) && i.status !== 'open');
    if (dropped.length > 0) {
      throw invalidItems(
        `Datum som redan rapporterats kan inte tas bort (${dropped.map((i) => i.dueDate).join(', ')}).`,
        `Dates already reported on cannot be removed (${dropped.map((i) => i.dueDate).join(', ')}).`,
        { dueDates: dropped.map((i) => i.dueDate) },
      );
    }
    const decided =
      before?.decisionId != null &&
      (
        await tx.select({ approvedAt: decisions.approvedAt }).from(decisions).where(eq(decisions.id, before.decisionId))
      )[0]?.approvedAt != null;
    const now = deps.clock.now();
    let plan: ReportingPlan;
    if (before && !decided) {
      const [row] = await tx
        .update(reportingPlans)
        .set({ note: input.note, updatedAt: now, version: sql`${reportingPlans.version} + 1` })
        .where(eq(reportingPlans.id, before.id))
        .returning();
      plan = row!;
      const removable = oldItems.filter((i) => !keptIds.has(i.id)).map((i) => i.id);
      if (removable.length > 0) await tx.delete(reportingPlanItems).where(inArray(reportingPlanItems.id, removable));
    } else {
      const [row] = await tx
        .insert(reportingPlans)
        .values({ projectId, note: input.note, version: (before?.version ?? 0) + 1, createdAt: now, updatedAt: now })
        .returning();
      plan = row!;
    }
    for (const item of input.items) {
      const old = item.id ? kept.get(item.id) : undefined;
      const values = {
        kind: item.kind,
        dueDate: item.dueDate,
        periodStart: item.periodStart ?? null,
        periodEnd: item.periodEnd ?? null,
        updatedAt: now,
      };
      if (old && old.reportingPlanId === plan.id) {
        await tx
          .update(reportingPlanItems)
          .set({ ...values, version: sql`${reportingPlanItems.version} + 1` })
          .where(eq(reportingPlanItems.id, old.id));
      } else {
        // A kept item of a decided plan is carried into the new plan with its status and links.
        await tx.insert(reportingPlanItems).values({
          ...values,
          reportingPlanId: plan.id,
          status: old?.status ?? 'open',
          submittedAt: old?.submittedAt ?? null,
          reportId: old?.reportId ?? null,
          paymentRequestId: old?.paymentRequestId ?? null,
          createdAt: now,
        });
      }
    }
    await appendAudit(tx, deps.clock, actor, {
      action: 'reporting_plan.replaced',
      entityType: 'reporting_plan',
      entityId: plan.id,
      before: before ? { planId: before.id, version: before.version, note: before.note, items: oldItems } : null,
      after: { planId: plan.id, version: plan.version, note: plan.note, items: input.items },
    });
    return plan;
  });
}

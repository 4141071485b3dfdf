import { and, eq, sql } from 'drizzle-orm';
import { checkClosure, formatSek, ore, today, transition } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { cases, decisions, projects, reports } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { requireRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { loadVisibleProject, lockProject } from '../../payments/project-scope.js';
import { actorOf } from '../../payments/use-cases/save-payment-request.js';
import { grantTermsInForce } from '../../projects/project-snapshot.js';
import { rulesBroken } from '../closure-errors.js';
import { finalPaymentRecorded, paidOnProject } from '../closure.repository.js';
import type { ClosureDeps } from './reports.js';

export interface CloseInput {
  /** Why the project ends without a final payment; required only then. */
  withoutFinalPaymentReason?: string | undefined;
  note?: string | undefined;
}

/**
 * POST /projects/:projectId/close (SPEC §2 step 7). In one transaction behind the project lock: the
 * domain checks the conditions (final report approved, final payment recorded or a reason given), an
 * approved decision of kind 'close' records what is released (granted in force − paid), the project is
 * closed — so the appropriation's commitments keep only what was paid — and its application case closes.
 */
export async function closeProject(deps: ClosureDeps, p: Principal, projectId: string, input: CloseInput) {
  const scope = await loadVisibleProject(deps.db, p, projectId);
  requireRole(p, ['case_officer', 'decision_maker'], scope.funder.organizationId);
  const kase = scope.applicationCase;
  if (!kase) {
    throw new AppError('closure.no_case', 422, {
      sv: 'Projektet saknar ansökningsärende att fatta avslutsbeslutet i.',
      en: 'The project has no application case to record the closing decision in.',
    });
  }
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    const terms = await grantTermsInForce(tx, projectId);
    const granted = ore(terms?.amount ?? 0);
    const paid = await paidOnProject(tx, projectId);
    const finalReports = await tx
      .select({ approvedAt: reports.approvedAt })
      .from(reports)
      .where(and(eq(reports.projectId, projectId), eq(reports.kind, 'final')));
    const finalPaid = await finalPaymentRecorded(tx, projectId);
    const outcome = checkClosure({
      status: project.status,
      finalReportApproved: finalReports.some((r) => r.approvedAt !== null),
      finalPaymentRecorded: finalPaid,
      withoutFinalPaymentReason: input.withoutFinalPaymentReason,
      granted,
      paid,
    });
    if (outcome.issues.length > 0) throw rulesBroken(outcome.issues, 'closure.conditions_not_met');

    const [grant] = await tx
      .select({ appropriationId: decisions.appropriationId })
      .from(decisions)
      .where(
        and(eq(decisions.projectId, projectId), eq(decisions.kind, 'grant'), sql`${decisions.approvedAt} IS NOT NULL`),
      )
      .orderBy(decisions.approvedAt)
      .limit(1);
    const now = deps.clock.now();
    const reason = input.withoutFinalPaymentReason?.trim() || null;
    const [decision] = await tx
      .insert(decisions)
      .values({
        caseId: kase.id,
        projectId,
        kind: 'close',
        status: 'approved',
        decisionDate: today(deps.clock),
        decidedByUserId: p.userId,
        decidedByName: p.displayName,
        appropriationId: grant?.appropriationId ?? null,
        amountOre: outcome.released,
        reasons: reason ?? input.note?.trim() ?? null,
        body: {
          decision:
            `Projektet ${project.name} avslutas. Beviljat ${formatSek(granted)}, utbetalt ${formatSek(paid)}; ` +
            `${formatSek(outcome.released)} som inte har betalats ut återförs till anslaget.`,
          grantedOre: granted,
          paidOre: paid,
          releasedOre: outcome.released,
          finalPaymentRecorded: finalPaid,
          withoutFinalPaymentReason: reason,
        },
        approvedAt: now,
        approvedByUserId: p.userId,
      })
      .returning();
    await tx
      .update(projects)
      .set({ status: 'closed', updatedAt: now, version: sql`${projects.version} + 1` })
      .where(eq(projects.id, projectId));
    const [current] = await tx.select().from(cases).where(eq(cases.id, kase.id)).for('update');
    const next = current ? transition(current.kind, current.status, 'close') : null;
    if (current && next?.ok) {
      await tx
        .update(cases)
        .set({ status: next.value, closedAt: now, updatedAt: now, version: sql`${cases.version} + 1` })
        .where(eq(cases.id, kase.id));
      await appendAudit(tx, deps.clock, actor, {
        action: 'case.status_changed',
        entityType: 'case',
        entityId: kase.id,
        before: { status: current.status },
        after: { status: next.value, event: 'close' },
      });
    }
    await appendAudit(tx, deps.clock, actor, {
      action: 'project.closed',
      entityType: 'project',
      entityId: projectId,
      before: { status: project.status },
      after: {
        status: 'closed',
        decisionId: decision!.id,
        grantedOre: granted,
        paidOre: paid,
        releasedOre: outcome.released,
        appropriationId: grant?.appropriationId ?? null,
        withoutFinalPaymentReason: reason,
      },
    });
    return { decision: decision!, grantedOre: granted, paidOre: paid, releasedOre: outcome.released };
  });
}

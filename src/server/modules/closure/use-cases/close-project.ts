import { and, eq, sql } from 'drizzle-orm';
import { checkClosure, ore } from '../../../../domain/index.js';
import { decisions, reports } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { requireRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { loadVisibleProject, lockProject } from '../../shared/project-scope.js';
import { actorOf } from '../../auth/actor.js';
import { grantTermsInForce } from '../../projects/project-snapshot.js';
import { rulesBroken } from '../closure-errors.js';
import { finalPaymentRecorded, paidOnProject } from '../closure.repository.js';
import { insertDraftDecision, type ProposedAuthority } from './closure-decisions.js';
import type { ClosureDeps } from './reports.js';

export interface CloseInput extends ProposedAuthority {
  /** Why the project ends without a final payment; required only then. */
  withoutFinalPaymentReason?: string | undefined;
  note?: string | undefined;
}

/**
 * POST /projects/:projectId/close. Behind the project lock the domain checks the
 * conditions (final report approved, final payment recorded or a reason given) and a draft decision of
 * kind 'close' records what closing releases (granted in force − paid). The officer proposes it and a
 * decision maker approves it; the approval closes the project — so the appropriation's commitments keep
 * only what was paid — and its application case, with the letter (closure-decisions.ts).
 */
export async function closeProject(deps: ClosureDeps, p: Principal, projectId: string, input: CloseInput) {
  const scope = await loadVisibleProject(deps.db, p, projectId);
  requireRole(p, ['case_officer'], scope.funder.organizationId);
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
    const reason = input.withoutFinalPaymentReason?.trim() || null;
    const decision = await insertDraftDecision(tx, deps.clock, actor, p, {
      funderId: kase.funderId,
      caseId: kase.id,
      projectId,
      kind: 'close',
      appropriationId: grant?.appropriationId ?? null,
      amountOre: outcome.released,
      reasons: reason ?? (input.note?.trim() || null),
      body: {
        grantedOre: granted,
        paidOre: paid,
        releasedOre: outcome.released,
        finalPaymentRecorded: finalPaid,
        withoutFinalPaymentReason: reason,
      },
      recipientOrganizationIds: [project.ownerOrganizationId],
      meetingId: input.meetingId,
      delegationPoint: input.delegationPoint,
    });
    return { decision, grantedOre: granted, paidOre: paid, releasedOre: outcome.released };
  });
}

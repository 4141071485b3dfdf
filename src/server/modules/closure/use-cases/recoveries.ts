import { eq, sql } from 'drizzle-orm';
import { checkRecovery, ore } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { recoveries } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { loadVisibleProject, lockProject, requireFinance, requireOfficer } from '../../shared/project-scope.js';
import { actorOf } from '../../auth/actor.js';
import { recoveryNotFound, rulesBroken, staleRecovery } from '../closure-errors.js';
import { findRecovery, paidOnProject, recoveriesOfProject } from '../closure.repository.js';
import { insertDraftDecision, type ProposedAuthority } from './closure-decisions.js';
import type { ClosureDeps } from './reports.js';

export interface RecoveryInput extends ProposedAuthority {
  kind: 'repayment' | 'recovery';
  amountOre: number;
  reason: string;
  dueDate: string;
}

/**
 * POST /projects/:projectId/recoveries — the officer drafts a decision on a recovery (återkrav) or a
 * request for repayment: at most what is paid and not already claimed (the domain's checkRecovery), with
 * reasons and a due date. The draft decision of kind 'recover' carries the terms; the officer proposes it
 * and a decision maker other than its author approves it, which writes the recovery row and the letter
 * (closure-decisions.ts). Nothing is claimed before that.
 */
export async function createRecovery(deps: ClosureDeps, p: Principal, projectId: string, input: RecoveryInput) {
  const scope = await loadVisibleProject(deps.db, p, projectId);
  requireOfficer(p, scope);
  const kase = scope.applicationCase;
  if (!kase) {
    throw new AppError('recovery.no_case', 422, {
      sv: 'Projektet saknar ansökningsärende att fatta beslutet om återkrav i.',
      en: 'The project has no application case to record the recovery decision in.',
    });
  }
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, projectId);
    const paid = await paidOnProject(tx, projectId);
    const claimed = ore((await recoveriesOfProject(tx, projectId)).reduce((s, r) => s + r.amountOre, 0));
    const issues = checkRecovery({ amount: ore(input.amountOre), paid, alreadyClaimed: claimed, reason: input.reason });
    if (issues.length > 0) throw rulesBroken(issues, 'recovery.invalid');
    return insertDraftDecision(tx, deps.clock, actor, p, {
      funderId: kase.funderId,
      caseId: kase.id,
      projectId,
      kind: 'recover',
      amountOre: input.amountOre,
      reasons: input.reason.trim(),
      body: { recoveryKind: input.kind, dueDate: input.dueDate, paidOre: paid, alreadyClaimedOre: claimed },
      recipientOrganizationIds: [scope.project.ownerOrganizationId],
      meetingId: input.meetingId,
      delegationPoint: input.delegationPoint,
    });
  });
}

/** POST /recoveries/:id/received — finance records money received; never more than the amount claimed. */
export async function recordRecoveryReceived(
  deps: ClosureDeps,
  p: Principal,
  id: string,
  input: { version: number; receivedOre: number; receivedOn: string },
) {
  const found = await findRecovery(deps.db, id);
  if (!found) throw recoveryNotFound();
  let scope;
  try {
    scope = await loadVisibleProject(deps.db, p, found.projectId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw recoveryNotFound();
    throw error;
  }
  requireFinance(p, scope);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, found.projectId);
    const before = await findRecovery(tx, id);
    if (!before) throw recoveryNotFound();
    if (before.version !== input.version) throw staleRecovery(before.version);
    if (input.receivedOre > before.amountOre) {
      throw new AppError(
        'recovery.received_exceeds_amount',
        422,
        {
          sv: 'Mottaget belopp kan inte vara större än det återkrävda beloppet.',
          en: 'The amount received cannot exceed the amount claimed back.',
        },
        { receivedOre: input.receivedOre, amountOre: before.amountOre },
      );
    }
    const now = deps.clock.now();
    const [row] = await tx
      .update(recoveries)
      .set({
        receivedOre: input.receivedOre,
        receivedOn: input.receivedOn,
        updatedAt: now,
        version: sql`${recoveries.version} + 1`,
      })
      .where(eq(recoveries.id, id))
      .returning();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'recovery.received',
      entityType: 'recovery',
      entityId: id,
      before: { receivedOre: before.receivedOre, receivedOn: before.receivedOn },
      after: { receivedOre: row!.receivedOre, receivedOn: row!.receivedOn },
    });
    return row!;
  });
}

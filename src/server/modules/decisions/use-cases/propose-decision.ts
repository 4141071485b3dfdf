import { eq, sql } from 'drizzle-orm';
import { isClosureDecisionKind, transition, type CaseEvent } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { cases, decisions, type Decision } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { requireRole } from '../../auth/policy.js';
import type { Principal, Role } from '../../auth/principal.js';
import { refuseUnproposable, runDecisionChecks } from '../decision-checks.js';
import { decisionAlreadyApproved } from '../decision-errors.js';
import { decisionNotFound } from '../../cases/cases.policy.js';
import { findDecision, lockCase } from '../decisions.repository.js';
import { actorOf, loadVisibleDecision, type DecisionDeps } from './save-decision-draft.js';

/**
 * Moving a decision between the officer and the decision maker: `propose` puts the draft before the
 * decision maker (case → decision_proposed) once no rule of approval breaks (refused 422 naming them); `return` sends it back for more assessment (case →
 * in_assessment, decision → draft), by the officer or the decision maker.
 */
const STAGES = {
  propose: {
    event: 'propose_decision',
    decisionStatus: 'proposed',
    action: 'decision.proposed',
    roles: ['case_officer'],
  },
  return: {
    event: 'return_to_assessment',
    decisionStatus: 'draft',
    action: 'decision.returned_to_assessment',
    roles: ['case_officer', 'decision_maker'],
  },
} as const satisfies Record<
  string,
  { event: CaseEvent; decisionStatus: 'draft' | 'proposed'; action: string; roles: readonly Role[] }
>;

export const proposeDecision = (deps: DecisionDeps, principal: Principal, decisionId: string) =>
  moveDecision(deps, principal, decisionId, 'propose');
export const returnDecisionToAssessment = (deps: DecisionDeps, principal: Principal, decisionId: string) =>
  moveDecision(deps, principal, decisionId, 'return');

async function moveDecision(
  deps: DecisionDeps,
  principal: Principal,
  decisionId: string,
  stageName: keyof typeof STAGES,
): Promise<Decision> {
  const stage = STAGES[stageName];
  const scope = await loadVisibleDecision(deps.db, principal, decisionId);
  requireRole(principal, stage.roles, scope.funder.organizationId);
  return deps.db.transaction(async (tx) => {
    const kase = await lockCase(tx, scope.kase.id);
    const before = await findDecision(tx, decisionId);
    if (!kase || !before) throw decisionNotFound();
    if (before.approvedAt !== null) throw decisionAlreadyApproved();
    // A withdrawal, recovery or closure is decided on a case that is not a request under assessment (an
    // active commission or project): the decision moves between officer and decision maker, the case stays.
    const movesCase = !isClosureDecisionKind(before.kind);
    const next = movesCase
      ? transition(kase.kind, kase.status, stage.event)
      : { ok: true as const, value: kase.status };
    if (!next.ok) throw AppError.fromDomain(next.error, 409);
    if (!movesCase && before.status === stage.decisionStatus) {
      throw new AppError('decision.wrong_status', 409, {
        sv: stage.decisionStatus === 'proposed' ? 'Beslutet är redan föreslaget.' : 'Beslutet är redan ett utkast.',
        en:
          stage.decisionStatus === 'proposed'
            ? 'The decision is already proposed.'
            : 'The decision is already a draft.',
      });
    }
    // The officer cannot propose what cannot be approved: the approval's checks, run now (422 naming them).
    if (stageName === 'propose') {
      refuseUnproposable(
        await runDecisionChecks(tx, deps.clock, deps.kinds, { decision: before, kase, funder: scope.funder }),
      );
    }
    const now = deps.clock.now();
    if (movesCase) {
      await tx
        .update(cases)
        .set({ status: next.value, updatedAt: now, version: sql`${cases.version} + 1` })
        .where(eq(cases.id, kase.id));
    }
    const [row] = await tx
      .update(decisions)
      .set({ status: stage.decisionStatus, updatedAt: now, version: sql`${decisions.version} + 1` })
      .where(eq(decisions.id, decisionId))
      .returning();
    if (!row) throw decisionNotFound();
    const actor = actorOf(principal);
    if (movesCase) {
      await appendAudit(tx, deps.clock, actor, {
        action: 'case.status_changed',
        entityType: 'case',
        entityId: kase.id,
        before: { status: kase.status },
        after: { status: next.value, event: stage.event },
      });
    }
    await appendAudit(tx, deps.clock, actor, {
      action: stage.action,
      entityType: 'decision',
      entityId: row.id,
      before: { status: before.status },
      after: { status: row.status },
    });
    return row;
  });
}

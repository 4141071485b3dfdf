import { eq, sql } from 'drizzle-orm';
import { transition } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { cases, decisions, type Decision } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { decisionAlreadyApproved } from '../decision-errors.js';
import { decisionNotFound, requireCaseOfficer } from '../decisions.policy.js';
import { findDecision, lockCase } from '../decisions.repository.js';
import { actorOf, loadVisibleDecision, type DecisionDeps } from './save-decision-draft.js';

/** POST /decisions/:id/propose — the officer puts the draft before the decision maker (case → decision_proposed). */
export async function proposeDecision(deps: DecisionDeps, principal: Principal, decisionId: string): Promise<Decision> {
  const scope = await loadVisibleDecision(deps.db, principal, decisionId);
  requireCaseOfficer(principal, scope);
  return deps.db.transaction(async (tx) => {
    const kase = await lockCase(tx, scope.kase.id);
    const before = await findDecision(tx, decisionId);
    if (!kase || !before) throw decisionNotFound();
    if (before.approvedAt !== null) throw decisionAlreadyApproved();
    const next = transition(kase.kind, kase.status, 'propose_decision');
    if (!next.ok) throw AppError.fromDomain(next.error, 409);
    const now = deps.clock.now();
    await tx
      .update(cases)
      .set({ status: next.value, updatedAt: now, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, kase.id));
    const [row] = await tx
      .update(decisions)
      .set({ status: 'proposed', updatedAt: now, version: sql`${decisions.version} + 1` })
      .where(eq(decisions.id, decisionId))
      .returning();
    if (!row) throw decisionNotFound();
    const actor = actorOf(principal);
    await appendAudit(tx, deps.clock, actor, {
      action: 'case.status_changed',
      entityType: 'case',
      entityId: kase.id,
      before: { status: kase.status },
      after: { status: next.value, event: 'propose_decision' },
    });
    await appendAudit(tx, deps.clock, actor, {
      action: 'decision.proposed',
      entityType: 'decision',
      entityId: row.id,
      before: { status: before.status },
      after: { status: row.status },
    });
    return row;
  });
}

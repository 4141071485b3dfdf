import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { requireRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { loadVisibleCase } from '../cases.policy.js';
import { isActiveOfficerOf, setCaseOfficer } from '../workspace.repository.js';

/**
 * A case officer, decision maker or administrator of the funder assigns the case to one of the funder's
 * active case officers, or to nobody (null). Guards, then the change and its audit event in one
 * transaction; there are no effects after it.
 */
export async function assignOfficer(
  db: Db,
  clock: Clock,
  p: Principal,
  caseId: string,
  officerUserId: string | null,
): Promise<{ officerUserId: string | null; version: number }> {
  const scope = await loadVisibleCase(db, p, caseId);
  requireRole(p, ['case_officer', 'decision_maker', 'administrator'], scope.funder.organizationId);
  if (officerUserId !== null && !(await isActiveOfficerOf(db, officerUserId, scope.funder.organizationId))) {
    throw new AppError('case.officer_not_eligible', 422, {
      sv: 'Den valda personen är inte en aktiv handläggare hos finansiären och kan inte tilldelas ärendet.',
      en: 'The chosen person is not an active case officer of the funder and cannot be assigned the case.',
    });
  }
  return db.transaction(async (tx) => {
    const updated = await setCaseOfficer(tx, scope.kase.id, officerUserId, clock.now());
    await appendAudit(tx, clock, actorOf(p), {
      action: 'case.officer_assigned',
      entityType: 'case',
      entityId: scope.kase.id,
      before: { officerUserId: scope.kase.officerUserId },
      after: { officerUserId },
    });
    return updated;
  });
}

import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Principal } from '../../auth/principal.js';
import type { CallInput } from '../call-schema.js';
import { loadFunderForCalls, requireCallKeeper } from '../calls.policy.js';
import { insertCall, setCallPriorities, type Call } from '../calls.repository.js';
import { checkCall } from './check-call.js';
import { actorOf } from '../../auth/actor.js';

export interface CallDeps {
  db: Db;
  clock: Clock;
}

/** The audit trail's actor (`auth/actor.ts`), for this module's other use cases. */
export { actorOf };

/** What the audit trail keeps of a call: every setting, so that any change can be read back. */
export const auditedCall = (c: Call, priorityIds: readonly string[]) => ({
  title: c.title,
  description: c.description,
  eligibleOrganizationTypes: c.eligibleOrganizationTypes,
  opensAt: c.opensAt.toISOString(),
  closesAt: c.closesAt.toISOString(),
  budgetOre: c.budgetOre,
  appropriationId: c.appropriationId,
  priorityIds: [...priorityIds].sort(),
  requiredAttachments: c.requiredAttachments,
  status: c.status,
  version: c.version,
});

/** An administrator of the funder prepares a new call; it stays a draft, unseen, until published. */
export async function createCall(deps: CallDeps, p: Principal, funderId: string, input: CallInput): Promise<Call> {
  const funder = await loadFunderForCalls(deps.db, p, funderId);
  requireCallKeeper(p, funder);
  return deps.db.transaction(async (tx) => {
    const checked = await checkCall(tx, funder.id, input, deps.clock.now());
    const { priorityIds, ...values } = checked;
    const now = deps.clock.now();
    const call = await insertCall(tx, { ...values, funderId: funder.id, createdAt: now, updatedAt: now });
    await setCallPriorities(tx, call.id, priorityIds);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'call.created',
      entityType: 'call',
      entityId: call.id,
      after: { funderId: funder.id, ...auditedCall(call, priorityIds) },
    });
    return call;
  });
}

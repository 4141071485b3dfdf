import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import type { CallInput } from '../call-schema.js';
import { loadCallFor, requireCallKeeper } from '../calls.policy.js';
import { prioritiesOfCalls, setCallPriorities, updateCall as storeCall, type Call } from '../calls.repository.js';
import { checkCall } from './check-call.js';
import { actorOf, auditedCall, type CallDeps } from './create-call.js';
import { appendAudit } from '../../../audit/audit.js';

export function staleCall(current: number): AppError {
  return AppError.conflict(
    {
      sv: 'Någon annan har ändrat utlysningen sedan du öppnade den. Ladda om för att se den senaste versionen; dina ändringar har inte sparats.',
      en: 'Someone else changed the call after you opened it. Reload to see the latest version; your changes were not saved.',
    },
    { currentVersion: current },
  );
}

/**
 * Changes a call. A published call stays published (there is no way back to draft: applicants may have
 * started on it); its close time may be moved, e.g. extended, and every change is in the audit trail
 * with the settings before and after.
 */
export async function updateCall(
  deps: CallDeps,
  p: Principal,
  callId: string,
  input: CallInput & { version: number },
): Promise<Call> {
  return deps.db.transaction(async (tx) => {
    const { call, funder } = await loadCallFor(tx, p, callId, true);
    requireCallKeeper(p, funder);
    if (call.version !== input.version) throw staleCall(call.version);
    const before = (await prioritiesOfCalls(tx, [call.id])).map((r) => r.id);
    const { version: _version, ...fields } = input;
    const checked = await checkCall(tx, funder.id, fields, deps.clock.now(), { call, priorityIds: before });
    const { priorityIds, ...values } = checked;
    const updated = await storeCall(tx, call.id, call.version, { ...values, updatedAt: deps.clock.now() });
    if (!updated) throw staleCall(call.version);
    await setCallPriorities(tx, call.id, priorityIds);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'call.updated',
      entityType: 'call',
      entityId: call.id,
      before: auditedCall(call, before),
      after: auditedCall(updated, priorityIds),
    });
    return updated;
  });
}

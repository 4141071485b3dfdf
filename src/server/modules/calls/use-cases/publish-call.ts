import type { FieldIssue } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { loadCallFor, requireCallKeeper } from '../calls.policy.js';
import { updateCall as storeCall, type Call } from '../calls.repository.js';
import { closesInPast, invalidCall } from './check-call.js';
import { actorOf, type CallDeps } from './create-call.js';
import { staleCall } from './update-call.js';

/**
 * Publishing makes the call public (the list of calls, its own page) and lets applicants apply from its
 * open time. It is once only: a published call is never a draft again. A call that would already be
 * closed, or that says nothing about what it is for, is not published.
 */
export async function publishCall(
  deps: CallDeps,
  p: Principal,
  callId: string,
  input: { version: number },
): Promise<Call> {
  return deps.db.transaction(async (tx) => {
    const { call, funder } = await loadCallFor(tx, p, callId, true);
    requireCallKeeper(p, funder);
    if (call.status === 'published') {
      throw new AppError('call.already_published', 409, {
        sv: 'Utlysningen är redan publicerad.',
        en: 'The call has already been published.',
      });
    }
    if (call.version !== input.version) throw staleCall(call.version);
    const now = deps.clock.now();
    const issues: FieldIssue[] = [];
    if (call.closesAt.getTime() <= now.getTime()) issues.push(closesInPast(now));
    if (!call.description.trim()) {
      issues.push({
        path: 'description',
        code: 'call.description_missing',
        severity: 'error',
        message: {
          sv: 'Skriv en beskrivning av utlysningen innan den publiceras: vad den ska stödja och hur man söker.',
          en: 'Write a description of the call before publishing it: what it supports and how to apply.',
        },
      });
    }
    if (issues.length > 0) throw invalidCall(issues, { sv: 'publiceras', en: 'published' });
    const published = await storeCall(tx, call.id, call.version, {
      status: 'published',
      publishedAt: now,
      updatedAt: now,
    });
    if (!published) throw staleCall(call.version);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'call.published',
      entityType: 'call',
      entityId: call.id,
      before: { status: call.status, version: call.version },
      after: {
        status: published.status,
        publishedAt: now.toISOString(),
        opensAt: published.opensAt.toISOString(),
        closesAt: published.closesAt.toISOString(),
        version: published.version,
      },
    });
    return published;
  });
}

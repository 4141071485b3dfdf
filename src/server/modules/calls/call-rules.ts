import { applyToCallIssue, callClosedIssue, callPhase } from '../../../domain/calls.js';
import type { Clock, FieldIssue } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { findCall, organizationType, type Call } from './calls.repository.js';

/*
 * The rules a call puts on applications, for the applications module: who may start an application to
 * a call and when, and that nothing is submitted to it after its close time (docs/domain/calls.md).
 */

function refused(issue: FieldIssue, summary: { sv: string; en: string }): AppError {
  return new AppError(
    issue.code,
    422,
    { sv: `${summary.sv} ${issue.message.sv}`, en: `${summary.en} ${issue.message.en}` },
    {
      issues: [issue],
    },
  );
}

/**
 * Why the organisation cannot start an application to the call now (a draft call or an unknown id, not
 * open yet, closed, a call of another funder, an organisation type the call is not for), or null.
 */
export async function applyToCallProblem(
  db: Executor,
  input: { callId: string; funderId: string; organizationId: string },
  clock: Clock,
): Promise<{ issue: FieldIssue; call: Call | null } | null> {
  const call = await findCall(db, input.callId);
  const type = (await organizationType(db, input.organizationId)) ?? 'other';
  const issue = applyToCallIssue(call, type, clock.now());
  if (issue) return { issue, call };
  if (call!.funderId !== input.funderId) {
    return {
      call,
      issue: {
        path: 'callId',
        code: 'call.other_funder',
        severity: 'error',
        message: {
          sv: 'Utlysningen hör till en annan stödgivare än den ansökan ställs till. Välj utlysningen från dess egen sida.',
          en: 'The call belongs to another funder than the one the application is made to. Choose the call from its own page.',
        },
      },
    };
  }
  return null;
}

/** Refuses (422, field `callId`) to start an application the call does not take. */
export async function assertCanApplyToCall(
  db: Executor,
  input: { callId: string; funderId: string; organizationId: string },
  clock: Clock,
): Promise<void> {
  const problem = await applyToCallProblem(db, input, clock);
  if (problem) {
    throw refused(problem.issue, {
      sv: 'Ansökan kan inte göras till utlysningen.',
      en: 'The application cannot be made to the call.',
    });
  }
}

/**
 * Refuses to submit an application to a call that has closed (or, should its times have moved, that
 * has not opened yet), naming the close time in Swedish time. Saving the draft is not affected: the
 * applicant keeps what they wrote. Applications outside any call are not affected either, nor is an
 * application the officer returned for completion: it was received in time (it has been registered),
 * and what is sent now completes it.
 */
export async function assertCallOpenForSubmit(tx: Executor, kase: Case, clock: Clock): Promise<void> {
  if (!kase.callId || kase.registeredAt) return;
  const call = await findCall(tx, kase.callId);
  if (!call) return;
  const phase = callPhase(call, clock.now());
  if (phase === 'open') return;
  const summary = { sv: 'Ansökan kan inte skickas in.', en: 'The application cannot be submitted.' };
  if (phase === 'closed') throw refused(callClosedIssue(call.closesAt, 'call'), summary);
  const issue = applyToCallIssue(call, 'other', clock.now());
  throw refused({ ...issue!, path: 'call' }, summary);
}

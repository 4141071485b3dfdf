import { parseLocalDate, today, transition } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { CaseMessage } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { submittedApplicationOf } from '../../cases/submitted-application.repository.js';
import { mailCompletionRequest } from '../mails.js';
import { loadConversation, requireCaseOfficer, type MessageDeps } from '../messages.policy.js';
import {
  applicantEmails,
  insertApplicationVersion,
  insertMessage,
  latestApplicationVersion,
  setCaseStatus,
} from '../messages.repository.js';

export interface CompletionInput {
  message: string;
  dueDate: string;
  version: number;
}

const dueDateIssue = (sv: string, en: string) =>
  new AppError(
    'completion.due_date',
    422,
    { sv, en },
    {
      issues: [{ path: 'dueDate', code: 'completion.due_date', severity: 'error', message: { sv, en } }],
    },
  );

/** The due date as a day of the calendar, today or later. */
function checkDueDate(dueDate: string, todayIs: string): void {
  if (!parseLocalDate(dueDate).ok) {
    throw dueDateIssue(
      'Ange sista dag som ett datum, t.ex. 2026-12-15.',
      'Enter the due date as a date, e.g. 2026-12-15.',
    );
  }
  if (dueDate < todayIs) {
    throw dueDateIssue(
      `Sista dag kan inte ligga före i dag (${todayIs}).`,
      `The due date cannot be before today (${todayIs}).`,
    );
  }
}

const stale = (current: number) =>
  AppError.conflict(
    {
      sv: 'Ärendet har ändrats sedan du öppnade det. Ladda om sidan och försök igen.',
      en: 'The case has changed since you opened it. Reload the page and try again.',
    },
    { currentVersion: current },
  );

/**
 * POST /cases/:caseId/completion-requests — the case officer returns a submitted application to the
 * applicant (workflow: return_for_completion). The submitted version stays as it was; the applicant edits
 * a new draft version copied from it and submits again under the same diary number. The request is stored
 * as a message with its due date and mailed to the applicant organisation.
 */
export async function requestCompletion(
  deps: MessageDeps,
  p: Principal,
  caseId: string,
  input: CompletionInput,
): Promise<{ message: CaseMessage; status: string; version: number }> {
  const first = await loadConversation(deps.db, p, caseId);
  requireCaseOfficer(p, first);
  if (first.kase.kind !== 'application') {
    throw new AppError('completion.not_application', 409, {
      sv: 'Komplettering begärs här för ansökningar. Andra ärenden har egna sätt att återsändas.',
      en: 'Completion is asked for here for applications. Other cases have their own ways of being returned.',
    });
  }
  checkDueDate(input.dueDate, today(deps.clock));
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    const { kase } = await loadConversation(tx, p, caseId, true);
    if (kase.version !== input.version) throw stale(kase.version);
    const next = transition('application', kase.status, 'return_for_completion');
    if (!next.ok) throw AppError.fromDomain(next.error, 409);
    const submitted = await submittedApplicationOf(tx, kase.id);
    const latest = await latestApplicationVersion(tx, kase.id);
    if (!submitted || !latest) {
      throw new AppError('completion.no_application', 409, {
        sv: 'Ärendet har ingen ansökan inskickad i Bidra som kan kompletteras.',
        en: 'The case has no application submitted in Bidra that could be completed.',
      });
    }
    const now = deps.clock.now();
    const draft = await insertApplicationVersion(tx, {
      caseId: kase.id,
      versionNo: latest.versionNo + 1,
      content: submitted.content as Record<string, unknown>,
      createdBy: p.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (!(await setCaseStatus(tx, kase.id, kase.version, next.value, now))) throw stale(kase.version + 1);
    const message = await insertMessage(tx, {
      caseId: kase.id,
      kind: 'completion_request',
      body: input.message,
      dueDate: input.dueDate,
      authorUserId: p.userId,
      createdAt: now,
    });
    await appendAudit(tx, deps.clock, actor, {
      action: 'application.completion_requested',
      entityType: 'case',
      entityId: kase.id,
      before: { status: kase.status },
      after: {
        status: next.value,
        event: 'return_for_completion',
        messageId: message.id,
        message: input.message,
        dueDate: input.dueDate,
        draftVersionNo: draft.versionNo,
      },
    });
    const to = await applicantEmails(tx, kase.applicantOrganizationId);
    await mailCompletionRequest(
      { tx, clock: deps.clock, actor, kase, publicUrl: deps.publicUrl },
      to,
      input.message,
      input.dueDate,
    );
    return { message, status: next.value, version: kase.version + 1 };
  });
}

import { appendAudit } from '../../../audit/audit.js';
import type { CaseMessage } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { matterDiaryNumberOf } from '../../cases/case-documents.repository.js';
import { mailMessage } from '../mails.js';
import { loadConversation, requireParticipant, type MessageDeps } from '../messages.policy.js';
import { activeUserEmails, applicantEmails, findMessage, insertMessage, listMessages } from '../messages.repository.js';
import type { Executor } from '../../../db/client.js';
import type { ConversationScope } from '../messages.policy.js';

/** Who last wrote for the funder on the case: the one to tell when the case has no officer or contact. */
async function lastFunderAuthor(db: Executor, scope: ConversationScope): Promise<string | null> {
  const rows = await listMessages(db, scope.kase.id);
  return rows.filter((r) => r.authorOrganizationId === scope.funder.organizationId).pop()?.message.authorUserId ?? null;
}

const replyIssue = () => {
  const message = {
    sv: 'Meddelandet som svaret gäller finns inte i det här ärendet.',
    en: 'The message the reply refers to is not in this case.',
  };
  return new AppError('message.reply_to_unknown', 422, message, {
    issues: [{ path: 'replyToId', code: 'message.reply_to_unknown', severity: 'error', message }],
  });
};

/**
 * POST /cases/:caseId/messages — a message either way. The applicant's reply to an open completion request
 * is its answer (`completion_answer`), sent to the officer with the completed application when it is
 * submitted again; any other message is mailed at once to the other side: the applicant organisation, or
 * the case's officer (else the funder's contact, else whoever last wrote for the funder on the case).
 */
export async function postMessage(
  deps: MessageDeps,
  p: Principal,
  caseId: string,
  input: { body: string; replyToId?: string | undefined },
): Promise<CaseMessage> {
  const scope = await loadConversation(deps.db, p, caseId);
  requireParticipant(p, scope);
  // Registered: an application has its diary number; a later matter is registered in its project's case.
  if (scope.kase.diaryNumber === null && scope.kase.registeredAt === null) {
    throw new AppError('message.case_not_submitted', 409, {
      sv: 'Ärendet är inte inskickat än. Skicka in det först; sedan kan ni skriva till handläggaren här.',
      en: 'The case has not been submitted yet. Submit it first; then you can write to the case officer here.',
    });
  }
  const replyTo = input.replyToId ? await findMessage(deps.db, input.replyToId) : null;
  if (input.replyToId && replyTo?.caseId !== scope.kase.id) throw replyIssue();
  const answers = scope.asApplicant && replyTo?.kind === 'completion_request' && replyTo.answeredAt === null;
  const kind = answers ? 'completion_answer' : 'message';
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    const message = await insertMessage(tx, {
      caseId: scope.kase.id,
      kind,
      body: input.body,
      replyToId: replyTo?.id ?? null,
      authorUserId: p.userId,
      createdAt: deps.clock.now(),
    });
    await appendAudit(tx, deps.clock, actor, {
      action: kind === 'completion_answer' ? 'case_message.completion_answered' : 'case_message.posted',
      entityType: 'case_message',
      entityId: message.id,
      after: { caseId: message.caseId, kind, replyToId: message.replyToId, body: message.body },
    });
    if (kind === 'message') {
      const fromFunder = !scope.asApplicant;
      const to = fromFunder
        ? await applicantEmails(tx, scope.kase.applicantOrganizationId)
        : await activeUserEmails(tx, [
            scope.kase.officerUserId ?? scope.funder.defaultContactUserId ?? (await lastFunderAuthor(tx, scope)),
          ]);
      const diaryNumber = await matterDiaryNumberOf(tx, scope.kase.id);
      const context = { tx, clock: deps.clock, actor, kase: scope.kase, diaryNumber, publicUrl: deps.publicUrl };
      await mailMessage(context, to, fromFunder, message.body);
    }
    return message;
  });
}

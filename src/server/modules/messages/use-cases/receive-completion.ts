import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Executor } from '../../../db/client.js';
import type { Case } from '../../../db/schema/index.js';
import { mailCompletionReceived } from '../mails.js';
import { activeUserEmails, answersTo, markAnswered, openCompletionRequests } from '../messages.repository.js';

/**
 * Called by submit, in its transaction, when an application that already has a diary number is submitted
 * again: the open completion requests are answered now, the event "Komplettering inkommen" is recorded on
 * the case, and the officers who asked (and the case's officer) are mailed with the applicant's answers.
 */
export async function receiveCompletion(
  tx: Executor,
  deps: { clock: Clock; publicUrl?: string | undefined },
  actor: Actor,
  kase: Case,
): Promise<void> {
  const open = await openCompletionRequests(tx, kase.id);
  if (open.length === 0) return;
  const ids = open.map((m) => m.id);
  const answers = await answersTo(tx, ids);
  await markAnswered(tx, ids, deps.clock.now());
  await appendAudit(tx, deps.clock, actor, {
    action: 'application.completion_received',
    entityType: 'case',
    entityId: kase.id,
    after: { completionRequestIds: ids, answerIds: answers.map((a) => a.id) },
  });
  const to = await activeUserEmails(tx, [...open.map((m) => m.authorUserId), kase.officerUserId]);
  await mailCompletionReceived(
    { tx, clock: deps.clock, actor, kase, publicUrl: deps.publicUrl },
    to,
    answers.map((a) => a.body),
  );
}

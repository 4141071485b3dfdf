import type { Clock } from '../../../domain/index.js';
import type { Db, Executor } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Principal } from '../auth/principal.js';
import { isCaseOfficerOf, loadAttachmentTarget, type AttachmentTarget } from '../attachments/attachments.policy.js';

/*
 * Who takes part in a case's conversation: the applicant organisation and the funder's case officers. Who
 * may read it follows the case, exactly as its files do (attachments.policy.ts): an unknown case, another
 * organisation's or funder's, or an applicant's draft never sent in, answers 404 to everyone else.
 */

export interface MessageDeps {
  db: Db;
  clock: Clock;
  publicUrl?: string | undefined;
}

export type ConversationScope = AttachmentTarget;

export const loadConversation = (db: Executor, p: Principal, caseId: string, lock = false) =>
  loadAttachmentTarget(db, p, caseId, {}, { lock });

/** Writing: the applicant, or a case officer of the funder (403 for the funder's other staff). */
export function requireParticipant(p: Principal, scope: ConversationScope): void {
  if (scope.asApplicant || isCaseOfficerOf(p, scope)) return;
  throw new AppError('missing_role', 403, {
    sv: 'Bara handläggare hos stödgivaren och den sökande organisationen skriver i ärendets meddelanden.',
    en: "Only the funder's case officers and the applicant organisation write in the case's messages.",
  });
}

export function requireCaseOfficer(p: Principal, scope: ConversationScope): void {
  if (isCaseOfficerOf(p, scope)) return;
  throw new AppError('missing_role', 403, {
    sv: 'Bara handläggare hos stödgivaren kan begära komplettering.',
    en: "Only the funder's case officers can ask for completion.",
  });
}

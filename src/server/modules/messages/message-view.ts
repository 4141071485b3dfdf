import { z } from 'zod';
import { transition } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Principal } from '../auth/principal.js';
import { isCaseOfficerOf } from '../attachments/attachments.policy.js';
import { matterDiaryNumberOf } from '../cases/case-documents.repository.js';
import type { ConversationScope } from './messages.policy.js';
import { listMessages, openRequestsOfOrganization } from './messages.repository.js';

export const messageItem = z.object({
  id: z.uuid(),
  kind: z.enum(['completion_request', 'completion_answer', 'message']),
  body: z.string(),
  dueDate: z.string().nullable(),
  replyToId: z.uuid().nullable(),
  author: z.string(),
  /** Written by the funder's staff (otherwise by the applicant organisation). */
  fromFunder: z.boolean(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type MessageItem = z.infer<typeof messageItem>;

export const conversationView = z.object({
  caseId: z.uuid(),
  caseKind: z.string(),
  caseStatus: z.string(),
  caseVersion: z.number().int(),
  diaryNumber: z.string().nullable(),
  items: z.array(messageItem),
  /** The completion request the applicant has yet to answer by submitting again, if any. */
  openRequest: messageItem.nullable(),
  actions: z.object({ requestCompletion: z.boolean(), write: z.boolean(), answer: z.boolean() }),
});

export const myCompletionRequests = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      title: z.string(),
      diaryNumber: z.string().nullable(),
      requestId: z.uuid(),
      body: z.string(),
      dueDate: z.string().nullable(),
      requestedAt: z.string(),
    }),
  ),
});

export async function conversationOf(
  db: Executor,
  p: Principal,
  scope: ConversationScope,
): Promise<z.infer<typeof conversationView>> {
  const { kase, funder } = scope;
  const rows = await listMessages(db, kase.id);
  const items: MessageItem[] = rows.map(({ message: m, authorName, authorOrganizationId }) => ({
    id: m.id,
    kind: m.kind,
    body: m.body,
    dueDate: m.dueDate,
    replyToId: m.replyToId,
    author: authorName,
    fromFunder: authorOrganizationId === funder.organizationId,
    createdAt: m.createdAt.toISOString(),
    answeredAt: m.answeredAt?.toISOString() ?? null,
  }));
  const openRequest =
    items.filter((m) => m.kind === 'completion_request' && m.answeredAt === null && kase.status === 'draft').pop() ??
    null;
  const officer = isCaseOfficerOf(p, scope);
  return {
    caseId: kase.id,
    caseKind: kase.kind,
    caseStatus: kase.status,
    caseVersion: kase.version,
    diaryNumber: await matterDiaryNumberOf(db, kase.id),
    items,
    openRequest,
    actions: {
      requestCompletion:
        officer && kase.kind === 'application' && transition(kase.kind, kase.status, 'return_for_completion').ok,
      write: (scope.asApplicant || officer) && (kase.diaryNumber !== null || kase.registeredAt !== null),
      answer: scope.asApplicant && openRequest !== null,
    },
  };
}

export async function myCompletionRequestsOf(db: Executor, organizationId: string) {
  const rows = await openRequestsOfOrganization(db, organizationId);
  return {
    items: rows.map(({ message, kase }) => ({
      caseId: kase.id,
      title: kase.title,
      diaryNumber: kase.diaryNumber,
      requestId: message.id,
      body: message.body,
      dueDate: message.dueDate,
      requestedAt: message.createdAt.toISOString(),
    })),
  };
}

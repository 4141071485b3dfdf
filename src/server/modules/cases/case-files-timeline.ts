import { and, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments, auditEvents, caseMessages, documents, paymentRequests, reports } from '../../db/schema/index.js';
import type { TimelineEntry } from './timeline.repository.js';

/**
 * The case's files and messages on its timeline, read from their audit events: "Bilaga tillagd – name",
 * "Bilaga borttagen", messages and answers. A payment request's files show on the request's case; a file of
 * a request or report still in draft is left out: it is the applicant's own until that is sent in, and the
 * timeline is shown to the funder too.
 */
export async function caseFilesTimeline(db: Executor, caseId: string): Promise<TimelineEntry[]> {
  const files = await db
    .select({ id: attachments.id, documentId: documents.id, filename: documents.filename, sha256: documents.sha256 })
    .from(attachments)
    .innerJoin(documents, eq(documents.id, attachments.documentId))
    .leftJoin(paymentRequests, eq(paymentRequests.id, attachments.paymentRequestId))
    .leftJoin(reports, eq(reports.id, attachments.reportId))
    .where(
      or(
        and(
          eq(attachments.caseId, caseId),
          isNull(attachments.paymentRequestId),
          or(isNull(attachments.reportId), isNotNull(reports.submittedAt)),
        ),
        // A payment request's files belong on its own case, also those added before it had one.
        eq(paymentRequests.caseId, caseId),
      ),
    );
  const messageIds = (
    await db.select({ id: caseMessages.id }).from(caseMessages).where(eq(caseMessages.caseId, caseId))
  ).map((m) => m.id);
  const match = [];
  if (files.length)
    match.push(
      and(
        eq(auditEvents.entityType, 'attachment'),
        inArray(
          auditEvents.entityId,
          files.map((f) => f.id),
        ),
      ),
    );
  if (messageIds.length)
    match.push(and(eq(auditEvents.entityType, 'case_message'), inArray(auditEvents.entityId, messageIds)));
  if (match.length === 0) return [];
  const events = await db
    .select()
    .from(auditEvents)
    .where(or(...match))
    .orderBy(asc(auditEvents.id));
  const fileById = new Map(files.map((f) => [f.id, f]));
  return events.map((e) => {
    const file = fileById.get(e.entityId);
    return {
      at: e.occurredAt.toISOString(),
      kind: 'event' as const,
      action: e.action,
      actor: e.actorLabel,
      entityType: e.entityType,
      entityId: e.entityId,
      ...(file ? { documentId: file.documentId, filename: file.filename, sha256: file.sha256 } : {}),
    };
  });
}

import { and, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { decisions, documents, outboxEmails, type OutboxEmail } from '../../db/schema/index.js';

export type { OutboxEmail };

/**
 * The outbox messages of a case: those about the case itself and those about any of its decisions (the
 * decision letters). `related_entity_id` is text, since it names rows of several tables.
 */
function ofCase(db: Executor, caseId: string): SQL {
  const decisionIds = db
    .select({ id: sql<string>`${decisions.id}::text` })
    .from(decisions)
    .where(eq(decisions.caseId, caseId));
  return or(
    and(eq(outboxEmails.relatedEntityType, 'case'), eq(outboxEmails.relatedEntityId, caseId)),
    and(eq(outboxEmails.relatedEntityType, 'decision'), inArray(outboxEmails.relatedEntityId, decisionIds)),
  )!;
}

/** The case's messages, newest first, with the total for paging. */
export async function listCaseEmails(
  db: Executor,
  caseId: string,
  page: { limit: number; offset: number },
): Promise<{ items: OutboxEmail[]; total: number }> {
  const where = ofCase(db, caseId);
  const items = await db
    .select()
    .from(outboxEmails)
    .where(where)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(outboxEmails).where(where);
  return { items, total: counted?.total ?? 0 };
}

/** One message, only if it belongs to the case: an id from another case is as unknown as a made-up one. */
export async function findCaseEmail(db: Executor, caseId: string, emailId: string): Promise<OutboxEmail | null> {
  const [row] = await db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.id, emailId), ofCase(db, caseId)));
  return row ?? null;
}

/** File names of the attached documents, by document id (attachments hold only the ids). */
export async function attachmentFilenames(db: Executor, documentIds: readonly string[]): Promise<Map<string, string>> {
  // Ids are uuids; anything else cannot name a document and would only make the query fail.
  const ids = [...new Set(documentIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: documents.id, filename: documents.filename })
    .from(documents)
    .where(inArray(documents.id, ids));
  return new Map(rows.map((r) => [r.id, r.filename]));
}

import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  attachments,
  calls,
  cases,
  documents,
  funders,
  paymentRequests,
  reports,
  users,
} from '../../db/schema/index.js';

type NewAttachment = typeof attachments.$inferInsert;

export async function findCaseWithFunder(db: Executor, caseId: string, forUpdate = false) {
  const query = db
    .select({ kase: cases, funder: funders })
    .from(cases)
    .innerJoin(funders, eq(funders.id, cases.funderId))
    .where(eq(cases.id, caseId));
  const [row] = forUpdate ? await query.for('update', { of: cases }) : await query;
  return row ?? null;
}

export async function findPaymentRequestRow(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(paymentRequests).where(eq(paymentRequests.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findReportRow(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(reports).where(eq(reports.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The application case a project came from: where files of its reports and uncased requests are kept. */
export async function projectCaseId(db: Executor, projectId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.projectId, projectId))
    .orderBy(sql`${cases.kind} <> 'application'`, asc(cases.createdAt), asc(cases.id))
    .limit(1);
  return row?.id ?? null;
}

export async function findCall(db: Executor, callId: string) {
  const [row] = await db.select().from(calls).where(eq(calls.id, callId));
  return row ?? null;
}

export async function findAttachmentRow(db: Executor, id: string) {
  const [row] = await db
    .select({ attachment: attachments, document: documents })
    .from(attachments)
    .innerJoin(documents, eq(documents.id, attachments.documentId))
    .where(eq(attachments.id, id));
  return row ?? null;
}

/** Which files a list shows: those of one payment request, of one report, or the case's own. */
export type AttachmentFilter = { paymentRequestId: string } | { reportId: string } | { caseId: string };

function filterCondition(filter: AttachmentFilter): SQL {
  if ('paymentRequestId' in filter) return eq(attachments.paymentRequestId, filter.paymentRequestId);
  if ('reportId' in filter) return eq(attachments.reportId, filter.reportId);
  // A payment request's case also shows the files added to the request before it had a case of its own.
  const requestsOfCase = sql`(SELECT ${paymentRequests.id} FROM ${paymentRequests} WHERE ${paymentRequests.caseId} = ${filter.caseId})`;
  return or(
    and(eq(attachments.caseId, filter.caseId), isNull(attachments.paymentRequestId), isNull(attachments.reportId)),
    inArray(attachments.paymentRequestId, requestsOfCase),
  )!;
}

const adder = alias(users, 'adder');
const remover = alias(users, 'remover');

export async function listAttachments(db: Executor, filter: AttachmentFilter) {
  return db
    .select({
      attachment: attachments,
      document: documents,
      addedByName: adder.displayName,
      removedByName: remover.displayName,
    })
    .from(attachments)
    .innerJoin(documents, eq(documents.id, attachments.documentId))
    .innerJoin(adder, eq(adder.id, attachments.addedBy))
    .leftJoin(remover, eq(remover.id, attachments.removedBy))
    .where(filterCondition(filter))
    .orderBy(asc(attachments.addedAt), asc(attachments.id));
}

/** The requirement keys the case's own live (not removed) files meet. */
export async function presentRequirementKeys(db: Executor, caseId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ key: attachments.requirementKey })
    .from(attachments)
    .where(
      and(
        eq(attachments.caseId, caseId),
        isNotNull(attachments.requirementKey),
        isNull(attachments.removedAt),
        isNull(attachments.paymentRequestId),
        isNull(attachments.reportId),
      ),
    );
  return new Set(rows.map((r) => r.key!));
}

export async function insertAttachment(db: Executor, values: NewAttachment) {
  const [row] = await db.insert(attachments).values(values).returning();
  if (!row) throw new Error('attachments insert returned no row');
  return row;
}

/** Marks a file removed unless it already is; null when someone removed it first. */
export async function markRemoved(db: Executor, id: string, userId: string, at: Date) {
  const [row] = await db
    .update(attachments)
    .set({ removedAt: at, removedBy: userId })
    .where(and(eq(attachments.id, id), isNull(attachments.removedAt)))
    .returning();
  return row ?? null;
}

import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { day, id, instant, restrict } from './columns.js';
import { documents } from './documents.js';
import { caseMessageKind } from './enums.js';
import { paymentRequests } from './payments.js';
import { reports } from './reporting.js';
import { users } from './users.js';

/**
 * A file attached to a case (bilaga): by the applicant to an application, amendment request, payment
 * request (receipts, verifikationer) or final report, or by an officer to the case. The bytes are a
 * stored document (content-addressed, sha256); who may read it follows the case. A file removed from a
 * draft keeps its row with `removed_at`, so the history shows it was there.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references((): AnyPgColumn => cases.id, restrict),
    documentId: uuid('document_id')
      .notNull()
      .references((): AnyPgColumn => documents.id, restrict),
    /** The payment request or report the file belongs to, when it is for one of those. */
    paymentRequestId: uuid('payment_request_id').references((): AnyPgColumn => paymentRequests.id, restrict),
    reportId: uuid('report_id').references((): AnyPgColumn => reports.id, restrict),
    /** The call's required attachment this file meets (its key), if any. */
    requirementKey: text('requirement_key'),
    description: text('description'),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id, restrict),
    addedAt: instant('added_at').notNull().defaultNow(),
    removedAt: instant('removed_at'),
    removedBy: uuid('removed_by').references(() => users.id, restrict),
  },
  (t) => [
    index('attachments_case_idx').on(t.caseId),
    index('attachments_payment_request_idx').on(t.paymentRequestId),
    index('attachments_report_idx').on(t.reportId),
    check('attachments_removed_by_when_removed', sql`(${t.removedAt} IS NULL) = (${t.removedBy} IS NULL)`),
  ],
);

/**
 * A message on a case between the funder and the applicant. A completion request (begäran om
 * komplettering) carries what is missing and a due date, and returns the application to the applicant;
 * the answer refers to it (`reply_to_id`) and is sent with the completed application.
 */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references((): AnyPgColumn => cases.id, restrict),
    kind: caseMessageKind('kind').notNull(),
    body: text('body').notNull(),
    dueDate: day('due_date'),
    replyToId: uuid('reply_to_id').references((): AnyPgColumn => caseMessages.id, restrict),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id, restrict),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** For a completion request: when the applicant answered it. */
    answeredAt: instant('answered_at'),
  },
  (t) => [index('case_messages_case_idx').on(t.caseId, t.createdAt)],
);

export type Attachment = typeof attachments.$inferSelect;
export type CaseMessage = typeof caseMessages.$inferSelect;

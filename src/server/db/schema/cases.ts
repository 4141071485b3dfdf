import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cascade, day, id, instant, money, restrict, timestamps, version } from './columns.js';
import { decisions } from './decisions.js';
import { documents } from './documents.js';
import { calls } from './calls.js';
import { caseKind, caseStatus } from './enums.js';
import { funders } from './funders.js';
import { organizations } from './organizations.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * One matter handled by a funder (ärende), registered under a diary number unique within the funder:
 * an application, an amendment or payment request (child cases of the application through
 * `parent_case_id`), a closure, or a commission. `applicant_organization_id` is whose case it is; for a
 * commission that is the funder's own organisation.
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    /** Given at registration (submit); a draft the applicant is still writing has none yet. */
    diaryNumber: text('diary_number'),
    kind: caseKind('kind').notNull(),
    status: caseStatus('status').notNull().default('draft'),
    title: text('title').notNull(),
    /** What the case is about (ärendebeskrivning); for a commission, what was commissioned of whom. */
    description: text('description'),
    projectId: uuid('project_id').references((): AnyPgColumn => projects.id, restrict),
    applicantOrganizationId: uuid('applicant_organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
    officerUserId: uuid('officer_user_id').references(() => users.id, restrict),
    parentCaseId: uuid('parent_case_id').references((): AnyPgColumn => cases.id, restrict),
    /** The call for proposals an application was made to; null for applications outside any call. */
    callId: uuid('call_id').references((): AnyPgColumn => calls.id, restrict),
    /** The day the request arrived (inkom), which may precede registration. */
    receivedOn: day('received_on'),
    registeredAt: instant('registered_at'),
    dueDate: day('due_date'),
    closedAt: instant('closed_at'),
    /** The last number given to a document (handling) registered in this case; see case_documents. */
    lastDocumentNumber: integer('last_document_number').notNull().default(0),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    unique('cases_diary_number_unique').on(t.funderId, t.diaryNumber),
    // A later matter of a project (amendment or payment request, report, recovery) is registered as a
    // document of the project's own case and carries that case's diary number, not one of its own.
    check(
      'cases_registered_have_diary_number',
      sql`${t.diaryNumber} IS NOT NULL OR ${t.status} IN ('draft', 'withdrawn') OR ${t.parentCaseId} IS NOT NULL`,
    ),
    index('cases_status_idx').on(t.status, t.dueDate),
    index('cases_officer_idx').on(t.officerUserId, t.status),
    index('cases_applicant_idx').on(t.applicantOrganizationId, t.status),
    index('cases_project_idx').on(t.projectId),
    index('cases_parent_idx').on(t.parentCaseId),
    index('cases_due_idx').on(t.dueDate),
    index('cases_funder_kind_idx').on(t.funderId, t.kind),
    index('cases_call_idx').on(t.callId),
  ],
);

/** The same case's id in another system, e.g. Tillväxtverket's Nyps ('Nyps', '20359783'). */
export const caseExternalIds = pgTable(
  'case_external_ids',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, cascade),
    system: text('system').notNull(),
    externalId: text('external_id').notNull(),
  },
  (t) => [
    unique('case_external_ids_unique').on(t.system, t.externalId),
    index('case_external_ids_case_idx').on(t.caseId),
  ],
);

/**
 * What each party put into a commission or joint budget (seed 002: seven municipalities); when it is closed, unused
 * funds are refunded in proportion to these (docs/domain/rules.md, "Refunds split by largest remainder").
 */
export const contributions = pgTable(
  'contributions',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, restrict),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
    year: integer('year'),
    contributedOre: money('contributed_ore').notNull(),
  },
  (t) => [
    index('contributions_case_idx').on(t.caseId),
    index('contributions_organization_idx').on(t.organizationId),
    check('contributions_nonneg', sql`${t.contributedOre} >= 0`),
  ],
);

/** A party's share of the unused funds returned by a closing decision (largest-remainder split). */
export const refunds = pgTable(
  'refunds',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, restrict),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
    amountOre: money('amount_ore').notNull(),
    paidOn: day('paid_on'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('refunds_case_idx').on(t.caseId),
    index('refunds_decision_idx').on(t.decisionId),
    index('refunds_organization_idx').on(t.organizationId),
    check('refunds_nonneg', sql`${t.amountOre} >= 0`),
  ],
);

export type Case = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
export type CaseExternalId = typeof caseExternalIds.$inferSelect;
export type Contribution = typeof contributions.$inferSelect;
export type Refund = typeof refunds.$inferSelect;

/**
 * The list of documents of a case (handlingsförteckning): every document received or drawn up in the
 * matter — the application, completions, amendment and payment requests, reports, decisions and their
 * letters, recovery — numbered in the order registered within the case, all under the case's one diary
 * number. `source_case_id` is the later matter (an amendment request, a payment request) the document
 * belongs to, when it has its own workflow.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references((): AnyPgColumn => cases.id, restrict),
    number: integer('number').notNull(),
    /** application, completion, amendment_request, payment_request, progress_report, final_report, decision, recovery, attachment, message … */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** 'in' (received), 'out' (sent) or 'internal' (upprättad). */
    direction: text('direction').notNull().default('in'),
    sourceCaseId: uuid('source_case_id').references((): AnyPgColumn => cases.id, restrict),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    /** The stored file, when the document is one (a letter, an attachment). */
    documentId: uuid('document_id').references((): AnyPgColumn => documents.id, restrict),
    registeredOn: day('registered_on').notNull(),
    registeredAt: instant('registered_at').notNull().defaultNow(),
    registeredByUserId: uuid('registered_by_user_id').references(() => users.id, restrict),
  },
  (t) => [
    unique('case_documents_number_unique').on(t.caseId, t.number),
    index('case_documents_source_idx').on(t.sourceCaseId),
    index('case_documents_decision_idx').on(t.decisionId),
    check('case_documents_number_positive', sql`${t.number} >= 1`),
    check('case_documents_direction_known', sql`${t.direction} IN ('in', 'out', 'internal')`),
  ],
);

export type CaseDocument = typeof caseDocuments.$inferSelect;

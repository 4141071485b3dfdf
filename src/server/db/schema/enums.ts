import { pgEnum } from 'drizzle-orm/pg-core';
import { CASE_KINDS, CASE_STATUSES } from '../../../domain/workflow.js';
import { DECISION_KINDS } from '../../../domain/decisions.js';
import { COST_CATEGORIES } from '../../../domain/application.js';

/*
 * Closed vocabularies as PostgreSQL enums, so that no code path can store a value the domain does not
 * know. Values are English (docs/domain/glossary.md); the UI translates them. Adding a value needs a migration.
 */

export const role = pgEnum('role', [
  'applicant',
  'case_officer',
  'decision_maker',
  'finance_officer',
  'communications',
  'administrator',
  // The administrator of an applicant organisation: accepts colleagues who ask to join and invites them.
  // A role of its own, so that no check of the funder's administrator can ever match it.
  'applicant_admin',
]);
export const organizationType = pgEnum('organization_type', [
  'region',
  'municipality',
  'state_agency',
  'university',
  'company',
  'association',
  'other',
]);
export const caseKind = pgEnum('case_kind', CASE_KINDS);
export const caseStatus = pgEnum('case_status', CASE_STATUSES);
// The domain owns these vocabularies; the database enums are made from them.
export const decisionKind = pgEnum('decision_kind', DECISION_KINDS);
export const decisionStatus = pgEnum('decision_status', ['draft', 'proposed', 'approved']);
export const projectStatus = pgEnum('project_status', ['planned', 'active', 'closed', 'withdrawn']);
export const costCategory = pgEnum('cost_category', COST_CATEGORIES);
export const grade = pgEnum('grade', ['high', 'low', 'none']);
export const criterionKind = pgEnum('criterion_kind', ['gender_equality', 'equality', 'environment', 'sdg']);
export const meetingStatus = pgEnum('meeting_status', ['planned', 'held']);
export const reportingItemKind = pgEnum('reporting_item_kind', ['progress_report', 'final_report', 'payment_request']);
/** Overdue is not a status: it is computed from the due date and the clock, so it can never be stale. */
export const reportingItemStatus = pgEnum('reporting_item_status', ['open', 'submitted', 'approved']);
export const reportKind = pgEnum('report_kind', ['progress', 'final']);
export const paymentKind = pgEnum('payment_kind', ['advance', 'interim', 'final']);
export const paymentRequestStatus = pgEnum('payment_request_status', [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'paid',
]);
export const recoveryKind = pgEnum('recovery_kind', ['repayment', 'recovery']);
export const emailStatus = pgEnum('email_status', ['queued', 'sending', 'sent', 'failed']);
export const importRunStatus = pgEnum('import_run_status', ['running', 'completed', 'failed']);
/** What a one-time link sent by e-mail is for. */
export const tokenPurpose = pgEnum('token_purpose', ['invitation', 'email_verification', 'password_reset']);
export const joinRequestStatus = pgEnum('join_request_status', ['pending', 'accepted', 'refused']);
/** A call is prepared as a draft and open to applicants once published (between its open and close times). */
export const callStatus = pgEnum('call_status', ['draft', 'published']);
/**
 * Messages on a case between the funder and the applicant: the officer's request for completion
 * (komplettering) with a due date, the applicant's answer, or a plain message either way.
 */
export const caseMessageKind = pgEnum('case_message_kind', ['completion_request', 'completion_answer', 'message']);

import type { Executor } from '../../db/client.js';
import type { Case, Funder, PaymentRequest, Report } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { isCaseApplicant, isFunderStaff } from '../cases/cases.policy.js';
import { findCaseWithFunder, findPaymentRequestRow, findReportRow } from './attachments.repository.js';

/*
 * Who may see and add the files of a case. Reading follows the case (cases.policy.ts): its applicant
 * organisation and the staff of its funder; anyone else gets 404 exactly like an unknown id. What the
 * applicant has not yet sent in (a draft never submitted, a payment request or report still a draft) is
 * theirs alone. The applicant adds while the thing is theirs to edit; the funder's case officers at any time.
 */

export const attachmentNotFound = (): AppError => AppError.notFound({ sv: 'Bilagan', en: 'The attachment' });
const caseNotFound = (): AppError => AppError.notFound({ sv: 'Ärendet', en: 'The case' });

/** What a file belongs to: the case, and within it a payment request or a report when it is for one. */
export interface AttachmentTarget {
  kase: Case;
  funder: Funder;
  paymentRequest: PaymentRequest | null;
  report: Report | null;
  /** The caller acts for the applicant organisation (rather than as the funder's staff). */
  asApplicant: boolean;
}

export interface TargetRefs {
  paymentRequestId?: string | null | undefined;
  reportId?: string | null | undefined;
}

/** Whether the thing the files belong to has been sent to the funder (is no longer the applicant's own draft). */
const sentIn = (t: Omit<AttachmentTarget, 'asApplicant'>): boolean =>
  t.paymentRequest
    ? t.paymentRequest.caseId !== null
    : t.report
      ? t.report.submittedAt !== null
      : t.kase.diaryNumber !== null || t.kase.registeredAt !== null; // a later matter: registered, with no number of its own

/** The applicant may change the files while the thing is a draft: never sent, or returned for completion. */
export const editableByApplicant = (t: AttachmentTarget): boolean =>
  t.paymentRequest
    ? t.paymentRequest.status === 'draft'
    : t.report
      ? t.report.submittedAt === null
      : t.kase.status === 'draft';

export const isCaseOfficerOf = (p: Principal, t: AttachmentTarget): boolean =>
  hasRole(p, 'case_officer', t.funder.organizationId);

export const mayAdd = (p: Principal, t: AttachmentTarget): boolean =>
  (t.asApplicant && editableByApplicant(t)) || isCaseOfficerOf(p, t);

/**
 * The case (and request or report) the caller names, or 404 when any of them does not exist, does not
 * belong together, or is not the caller's to see. `lock` locks the rows for the rest of the transaction,
 * so that a submission cannot slip between the check and the change.
 */
export async function loadAttachmentTarget(
  db: Executor,
  p: Principal,
  caseId: string,
  refs: TargetRefs,
  options: { lock?: boolean; notFound?: () => AppError } = {},
): Promise<AttachmentTarget> {
  const notFound = options.notFound ?? caseNotFound;
  const row = await findCaseWithFunder(db, caseId, options.lock);
  if (!row) throw notFound();
  const asApplicant = isCaseApplicant(p, row);
  if (!asApplicant && !isFunderStaff(p, row)) throw notFound();
  const { kase } = row;
  let paymentRequest: PaymentRequest | null = null;
  let report: Report | null = null;
  if (refs.paymentRequestId) {
    paymentRequest = await findPaymentRequestRow(db, refs.paymentRequestId, options.lock);
    // A request's files go on its own case; before its first submission it has none, and they wait on the project's.
    const belongs =
      paymentRequest !== null &&
      paymentRequest.projectId === kase.projectId &&
      (paymentRequest.caseId === kase.id || (paymentRequest.caseId === null && kase.kind === 'application'));
    if (!belongs) throw notFound();
  } else if (refs.reportId) {
    report = await findReportRow(db, refs.reportId, options.lock);
    if (!report || kase.projectId === null || report.projectId !== kase.projectId) throw notFound();
  }
  const target = { kase, funder: row.funder, paymentRequest, report };
  if (!asApplicant && !sentIn(target)) throw notFound();
  return { ...target, asApplicant };
}

/** 409 for an applicant whose thing has been sent in, 403 for staff who are not case officers. */
export function requireMayAdd(p: Principal, t: AttachmentTarget): void {
  if (mayAdd(p, t)) return;
  if (t.asApplicant) {
    throw new AppError('attachment.not_editable', 409, {
      sv: 'Det som bilagan hör till är redan inskickat och kan inte ändras. Skicka ett meddelande till handläggaren om något saknas.',
      en: 'What the attachment belongs to has already been submitted and cannot be changed. Send the case officer a message if something is missing.',
    });
  }
  throw new AppError('missing_role', 403, {
    sv: 'Bara handläggare hos stödgivaren kan lägga till bilagor i ärendet.',
    en: "Only the funder's case officers can add attachments to the case.",
  });
}

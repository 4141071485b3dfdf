import type { Executor } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { findPaymentRequestRow, findReportRow, projectCaseId } from './attachments.repository.js';

const requestNotFound = () => AppError.notFound({ sv: 'Begäran om utbetalning', en: 'The payment request' });
const reportNotFound = () => AppError.notFound({ sv: 'Rapporten', en: 'The report' });

/**
 * The case a payment request's files go on: its own once it has been submitted, before that the project's
 * (the request has no case until it is registered). Who may see it is checked by the caller.
 */
export async function attachmentCaseOfRequest(db: Executor, requestId: string): Promise<string> {
  const request = await findPaymentRequestRow(db, requestId);
  const caseId = request ? (request.caseId ?? (await projectCaseId(db, request.projectId))) : null;
  if (!caseId) throw requestNotFound();
  return caseId;
}

/** A report has no case of its own: its files go on the project's case. */
export async function attachmentCaseOfReport(db: Executor, reportId: string): Promise<string> {
  const report = await findReportRow(db, reportId);
  const caseId = report ? await projectCaseId(db, report.projectId) : null;
  if (!caseId) throw reportNotFound();
  return caseId;
}

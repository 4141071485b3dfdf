import {
  formatSek,
  ownerOrgNumberIssues,
  validateApplicationForSubmit,
  type ApplicationDraft,
  type FieldIssue,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';
import { missingRequiredAttachments } from '../attachments/required-attachments.js';

/**
 * Every check submit makes (docs/domain/life-of-a-grant.md, "2. Application"): the form's rules, the project
 * owner being the applying organisation, and the call's required attachments. The application view shows
 * them as they turn out now, so that the editor lists what remains before the applicant tries to submit.
 */
export async function submitChecks(
  db: Executor,
  kase: Case,
  content: ApplicationDraft,
  applicantOrgNumber: string | null,
): Promise<FieldIssue[]> {
  return [
    ...validateApplicationForSubmit(content, formatSek),
    ...ownerOrgNumberIssues(content, applicantOrgNumber),
    ...(await missingRequiredAttachments(db, kase)),
  ];
}

import { and, eq } from 'drizzle-orm';
import { today, transition, type ApplicationDraft, type FieldIssue } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import { applicationVersions, cases } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { nextDiaryNumber } from '../../cases/diary.repository.js';
import { registerCaseDocument } from '../../cases/use-cases/register-case-document.js';
import { assertCallOpenForSubmit } from '../../calls/call-rules.js';
import { receiveCompletion } from '../../messages/use-cases/receive-completion.js';
import { canEditApplication, notFound } from '../../cases/applications.policy.js';
import { findApplicationCase, findFunder, findOrganization, latestVersion } from '../applications.repository.js';
import { queueReceipt } from '../receipt-mail.js';
import { submitChecks } from '../submit-checks.js';
import { staleVersion, type Deps } from './save-application-draft.js';

/**
 * Submit validates everything (docs/domain/life-of-a-grant.md, "2. Application"), registers the case under the funder's
 * next diary number, freezes the submitted version and mails the applicant a receipt with the diary number. Errors
 * come back per field (422) so the form can show them inline.
 */
export async function submitApplication(
  deps: Deps,
  principal: Principal,
  input: { caseId: string; version: number },
): Promise<{ diaryNumber: string; status: string; warnings: FieldIssue[] }> {
  return deps.db.transaction(async (tx) => {
    const kase = await findApplicationCase(tx, input.caseId, true);
    if (!kase || !canEditApplication(principal, kase)) throw notFound();
    const next = transition('application', kase.status, 'submit');
    if (!next.ok) throw AppError.fromDomain(next.error, 409);
    if (kase.version !== input.version) throw staleVersion(kase.version);

    // A call that has closed takes no more applications (a draft can still be saved).
    await assertCallOpenForSubmit(tx, kase, deps.clock);
    const draft = await latestVersion(tx, kase.id);
    const content = (draft?.content ?? {}) as ApplicationDraft;
    const applicant = await findOrganization(tx, kase.applicantOrganizationId);
    const issues = await submitChecks(tx, kase, content, applicant?.orgNumber ?? null);
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      throw new AppError(
        'application.invalid',
        422,
        {
          sv: `Ansökan kan inte skickas in: ${errors.length} uppgift${errors.length === 1 ? '' : 'er'} behöver rättas.`,
          en: `The application cannot be submitted: ${errors.length} item${errors.length === 1 ? '' : 's'} need fixing.`,
        },
        { issues },
      );
    }

    const funder = await findFunder(tx, kase.funderId);
    const day = today(deps.clock);
    // Submitted again after a completion request: the case keeps the number and day it was registered under.
    const diaryNumber = kase.diaryNumber ?? (await nextDiaryNumber(tx, funder!, Number(day.slice(0, 4))));
    const now = deps.clock.now();
    await tx
      .update(cases)
      .set({
        status: next.value,
        diaryNumber,
        receivedOn: kase.receivedOn ?? day,
        registeredAt: kase.registeredAt ?? now,
        updatedAt: now,
        version: kase.version + 1,
      })
      .where(and(eq(cases.id, kase.id), eq(cases.version, kase.version)));
    await tx
      .update(applicationVersions)
      .set({ submittedAt: now, submittedBy: principal.userId })
      .where(eq(applicationVersions.id, draft!.id));
    const actor = { userId: principal.userId, label: principal.displayName };
    await appendAudit(tx, deps.clock, actor, {
      action: 'application.submitted',
      entityType: 'case',
      entityId: kase.id,
      before: { status: kase.status },
      after: { status: next.value, diaryNumber, receivedOn: kase.receivedOn ?? day },
    });
    // The application, or the completed application sent in again, is a received document of the case.
    await registerCaseDocument(
      tx,
      deps.clock,
      actor,
      kase.diaryNumber
        ? { caseId: kase.id, kind: 'completion', title: 'Kompletterad ansökan', direction: 'in', registeredOn: day }
        : { caseId: kase.id, kind: 'application', title: kase.title, direction: 'in', registeredOn: day },
    );
    if (kase.diaryNumber) await receiveCompletion(tx, deps, actor, kase);
    const funderOrganization = await findOrganization(tx, funder!.organizationId);
    await queueReceipt(tx, deps.clock, actor, {
      kase,
      diaryNumber,
      receivedOn: kase.receivedOn ?? day,
      funderName: funderOrganization?.name ?? '',
      applicantName: applicant?.name ?? '',
      submittedBy: { name: principal.displayName, email: principal.email },
      completion: kase.diaryNumber !== null,
    });
    return { diaryNumber, status: next.value, warnings: issues.filter((i) => i.severity !== 'error') };
  });
}

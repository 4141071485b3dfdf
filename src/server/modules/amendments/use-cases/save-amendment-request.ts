import { and, eq, sql } from 'drizzle-orm';
import { isProjectOpen, today, transition, type Clock, type FieldIssue } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { applicationVersions, cases, funders, type Case } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { hasRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { isStaffOf } from '../../cases/cases.policy.js';
import { registerCaseDocument } from '../../cases/use-cases/register-case-document.js';
import type { AmendmentRequestContent } from '../amendment-schema.js';
import { findAmendmentCase, latestRequestVersion, paidCostDates } from '../amendments.repository.js';
import { loadVisibleProject, requestNotFound, requireBeneficiary } from '../amendments.policy.js';
import { inForceOf } from '../project-versions.js';
import { requestIssues } from '../request-rules.js';
import { actorOf } from '../../auth/actor.js';

export interface AmendmentDeps {
  db: Db;
  clock: Clock;
}

/** The audit trail's actor (`auth/actor.ts`), for this module's other use cases. */
export { actorOf };

const staleRequest = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Ändringsbegäran har ändrats sedan du hämtade den (nu version ${current}). Hämta den igen och gör om ändringen.`,
      en: `The amendment request was changed since you loaded it (now version ${current}). Reload it and make the change again.`,
    },
    { currentVersion: current },
  );

/** POST /projects/:projectId/amendment-requests — the beneficiary starts a request as a draft case. */
export async function createAmendmentRequest(
  deps: AmendmentDeps,
  principal: Principal,
  projectId: string,
  content: AmendmentRequestContent,
): Promise<string> {
  const scope = await loadVisibleProject(deps.db, principal, projectId);
  requireBeneficiary(principal, scope);
  const { terms } = await inForceOf(deps.db, projectId);
  if (!terms || !isProjectOpen(scope.project.status)) {
    throw new AppError('amendment.project_not_amendable', 409, {
      sv: 'Projektet har inget gällande beslut om stöd som kan ändras.',
      en: 'The project has no grant in force that can be amended.',
    });
  }
  const project = scope.project;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [kase] = await tx
      .insert(cases)
      .values({
        funderId: scope.kase.funderId,
        kind: 'amendment_request',
        status: 'draft',
        title: `Ändringsbegäran – ${project.acronym ?? project.name}`,
        projectId,
        applicantOrganizationId: project.ownerOrganizationId,
        parentCaseId: scope.kase.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!kase) throw new Error('case insert returned no row');
    await tx.insert(applicationVersions).values({
      caseId: kase.id,
      versionNo: 1,
      content: content,
      createdBy: principal.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'amendment_request.draft_created',
      entityType: 'case',
      entityId: kase.id,
      after: { projectId, parentCaseId: scope.kase.id, content },
    });
    return kase.id;
  });
}

/** The request case for a change by the beneficiary: 404 for others, 403 for staff, 409 once submitted. */
async function lockEditableRequest(tx: Executor, principal: Principal, caseId: string, version: number) {
  const kase = await findAmendmentCase(tx, caseId, true);
  if (!kase) throw requestNotFound();
  if (!hasRole(principal, 'applicant', kase.applicantOrganizationId)) {
    const [funder] = await tx.select().from(funders).where(eq(funders.id, kase.funderId));
    if (funder && isStaffOf(principal, funder.organizationId)) {
      throw new AppError('missing_role', 403, {
        sv: 'Bara stödmottagaren kan ändra sin ändringsbegäran.',
        en: 'Only the beneficiary can change its amendment request.',
      });
    }
    throw requestNotFound();
  }
  if (kase.version !== version) throw staleRequest(kase.version);
  return kase;
}

/** PUT /amendment-requests/:caseId — saves the draft; a stale version is refused with 409. */
export async function saveAmendmentRequest(
  deps: AmendmentDeps,
  principal: Principal,
  input: { caseId: string; version: number; content: AmendmentRequestContent },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const kase = await lockEditableRequest(tx, principal, input.caseId, input.version);
    if (kase.status !== 'draft') {
      throw new AppError('amendment_request.submitted', 409, {
        sv: 'Ändringsbegäran är inskickad och kan inte längre ändras.',
        en: 'The amendment request has been submitted and can no longer be changed.',
      });
    }
    const draft = await latestRequestVersion(tx, kase.id);
    const now = deps.clock.now();
    await tx
      .update(applicationVersions)
      .set({ content: input.content, updatedAt: now })
      .where(eq(applicationVersions.id, draft!.id));
    await bumpCase(tx, kase, { updatedAt: now });
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'amendment_request.draft_saved',
      entityType: 'case',
      entityId: kase.id,
      before: { content: draft!.content },
      after: { content: input.content },
    });
  });
}

async function bumpCase(tx: Executor, kase: Case, set: Partial<Case>): Promise<void> {
  const rows = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, kase.id), eq(cases.version, kase.version)))
    .returning({ id: cases.id });
  if (rows.length === 0) throw staleRequest(kase.version + 1);
}

/**
 * POST /amendment-requests/:caseId/submit — checks the request against the rules of an amendment (a new
 * end must keep every activity and paid cost inside; something must change; a motivation is given),
 * registers it as a document of the project's own case, under that case's one diary number (the request
 * case keeps its workflow but gets no number of its own), and freezes the submitted version.
 */
export async function submitAmendmentRequest(
  deps: AmendmentDeps,
  principal: Principal,
  input: { caseId: string; version: number },
): Promise<{ diaryNumber: string; status: string; warnings: FieldIssue[] }> {
  return deps.db.transaction(async (tx) => {
    const kase = await lockEditableRequest(tx, principal, input.caseId, input.version);
    const next = transition('amendment_request', kase.status, 'submit');
    if (!next.ok) throw AppError.fromDomain(next.error, 409);
    const draft = await latestRequestVersion(tx, kase.id);
    const content = draft!.content as unknown as AmendmentRequestContent;
    const { terms, plan } = await inForceOf(tx, kase.projectId!);
    if (!terms) throw requestNotFound();
    const issues = requestIssues(content, {
      before: terms,
      currentPlan: plan,
      paidCostsDates: await paidCostDates(tx, kase.projectId!),
    });
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      throw new AppError(
        errors[0]!.code,
        422,
        {
          sv: `Ändringsbegäran kan inte skickas in: ${errors.map((e) => e.message.sv).join(' ')}`,
          en: `The amendment request cannot be submitted: ${errors.map((e) => e.message.en).join(' ')}`,
        },
        { issues },
      );
    }
    const day = today(deps.clock);
    const now = deps.clock.now();
    await bumpCase(tx, kase, { status: next.value, receivedOn: day, registeredAt: now, updatedAt: now });
    const registered = await registerCaseDocument(tx, deps.clock, actorOf(principal), {
      caseId: kase.id,
      kind: 'amendment_request',
      title: kase.title,
      direction: 'in',
      registeredOn: day,
    });
    if (!registered.diaryNumber) throw new Error(`the project case of ${kase.id} has no diary number`);
    const diaryNumber = registered.diaryNumber;
    await tx
      .update(applicationVersions)
      .set({ submittedAt: now, submittedBy: principal.userId })
      .where(eq(applicationVersions.id, draft!.id));
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'amendment_request.submitted',
      entityType: 'case',
      entityId: kase.id,
      before: { status: kase.status },
      after: { status: next.value, diaryNumber, documentNumber: registered.document.number, receivedOn: day },
    });
    return { diaryNumber, status: next.value, warnings: issues.filter((i) => i.severity !== 'error') };
  });
}

import { eq, inArray, sql } from 'drizzle-orm';
import {
  formatSek,
  isClosureDecisionKind,
  ore,
  today,
  transition,
  type CaseEvent,
  type Finding,
  type LocalDate,
} from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import {
  assessments,
  cases,
  decisions,
  municipalities,
  projectMunicipalities,
  projects,
  type Case,
  type Decision,
} from '../../../db/schema/index.js';
import type { DocumentStore } from '../../../documents/document-store.js';
import { produceDecisionLetter } from '../../../documents/decision-letter/produce-decision-letter.js';
import { matterDiaryNumberOf } from '../../cases/case-documents.repository.js';
import { bodyWithStandardConditions } from '../../../documents/decision-letter/standard-conditions.js';
import { AppError } from '../../../errors.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import { submittedApplicationOf } from '../../cases/submitted-application.repository.js';
import { adoptAppliedActivityPlan } from './adopt-activity-plan.js';
import { addToDelegationReport, nextMeetingForReport } from './queue-delegated-decision.js';
import type { Principal } from '../../auth/principal.js';
import { refreshProjectSnapshot } from '../../projects/project-snapshot.js';
import { requireAuthorityToApprove } from '../decision-authority.js';
import { findPoint } from '../../delegation/delegation.repository.js';
import { refuseBreakingFindings, runDecisionChecks } from '../decision-checks.js';
import { decisionAlreadyApproved } from '../decision-errors.js';
import { decisionNotFound, requireDecisionMaker } from '../../cases/cases.policy.js';
import { decisionMakerCapacity, findDecision, lockCase } from '../decisions.repository.js';
import { actorOf, loadVisibleDecision, type DecisionDeps } from './save-decision-draft.js';

export interface ApproveDeps extends DecisionDeps {
  store: DocumentStore;
}

export interface Approval {
  decision: Decision;
  findings: Finding[];
  caseStatus: string;
  emailId: string | null;
}

/**
 * POST /decisions/:id/approve (docs/domain/life-of-a-grant.md, "4. Decision"). In one transaction, behind a lock on the
 * case row: the rules are re-run on the stored decision and breaking ones refused (422); the decision date is set; a
 * grant's project without an activity plan gets the applied one (approved by, and printed in, this decision); the
 * letter is produced and stored; the decision is approved with the letter's hash in the same UPDATE (after which the
 * database refuses any change, to the decision and to its plan); the case moves on; a grant's project is activated and
 * published with the terms in force; the letter is queued to the recipients. The outbox worker sends it after commit,
 * so a rollback never leaves a letter sent for a decision that was not made.
 */
export async function approveDecision(
  deps: ApproveDeps,
  principal: Principal,
  decisionId: string,
  input: { overrideReason?: string | undefined },
): Promise<Approval> {
  const scope = await loadVisibleDecision(deps.db, principal, decisionId);
  requireDecisionMaker(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    const kase = await lockCase(tx, scope.kase.id);
    const decision = await findDecision(tx, decisionId);
    if (!kase || !decision) throw decisionNotFound();
    if (decision.approvedAt !== null) throw decisionAlreadyApproved();
    // No decision is made by the one who drafted and presented it: it needs a second person.
    if (decision.presentedByUserId === principal.userId) throw approverIsAuthor();
    // A withdrawal, recovery or closure moves no case to 'decision_proposed': its own status says it.
    if (isClosureDecisionKind(decision.kind) && decision.status !== 'proposed') {
      throw new AppError('decision.not_proposed', 409, {
        sv: 'Beslutet är inte föreslaget ännu; handläggaren lämnar först beslutsförslaget.',
        en: 'The decision has not been proposed yet; the officer proposes it first.',
      });
    }
    const event = CASE_EVENT_OF[decision.kind];
    const transitioned = event ? transition(kase.kind, kase.status, event) : null;
    if (transitioned && !transitioned.ok) throw AppError.fromDomain(transitioned.error, 409);
    const next = { value: transitioned?.ok ? transitioned.value : kase.status };

    const overrideReason = input.overrideReason?.trim() || null;
    // The approver's own authority: a point of the delegation order they hold, or the chair's (422, the rule named).
    await requireAuthorityToApprove(tx, deps.clock, { decision, kase, funder: scope.funder, principal });
    const findings = await runDecisionChecks(tx, deps.clock, deps.kinds, {
      decision,
      kase,
      funder: scope.funder,
      overrideReason,
    });
    refuseBreakingFindings(findings);
    const overdrawn = findings.some((f) => f.code === 'commitment.overdrawn');

    const projectId = decision.kind === 'grant' ? await activateProject(tx, deps, actor, kase) : kase.projectId;
    // The applied activity plan becomes the project's first plan, approved by this grant and printed in
    // its letter; written now, because the approving UPDATE below freezes it.
    const adoptedPlanId =
      decision.kind === 'grant' && projectId && decision.activityPlanId === null
        ? await adoptAppliedActivityPlan(tx, deps.clock, actor, {
            projectId,
            caseId: kase.id,
            decisionId,
            userId: principal.userId,
          })
        : null;
    const now = deps.clock.now();
    const decisionDate = (decision.decisionDate ?? today(deps.clock)) as LocalDate;
    // A delegated decision is reported to the next meeting (unless its point of the delegation order says
    // decisions under it are not; the chair's urgent decision always is); the letter says which one.
    const delegated = decision.delegationPoint !== null && decision.meetingId === null;
    const point = decision.delegationPointId ? await findPoint(tx, decision.delegationPointId) : null;
    const reported = delegated && (decision.authority === 'urgent' || point?.reportToCommittee !== false);
    const reportMeeting = reported ? await nextMeetingForReport(tx, kase.funderId, decisionDate) : null;
    await tx
      .update(decisions)
      .set({
        decisionDate,
        reportedToMeetingOn: reportMeeting?.heldOn ?? decision.reportedToMeetingOn,
        projectId,
        activityPlanId: adoptedPlanId ?? decision.activityPlanId,
        overrideReason: overdrawn ? overrideReason : null,
        // A person deciding on delegation decides in the capacity the funder gave them (their role grant);
        // stored with the decision, so that a later change of roles does not alter what it says.
        capacity:
          decision.capacity ??
          (delegated
            ? await decisionMakerCapacity(tx, decision.decidedByUserId ?? principal.userId, scope.funder.organizationId)
            : null),
        // Who decides on delegation (or urgently) is the approver, unless the draft named the decision maker.
        decidedByUserId: decision.decidedByUserId ?? (decision.meetingId === null ? principal.userId : null),
        // A grant keeps the funder's standard conditions as they are now: its letter prints these for good.
        body: await bodyWithStandardConditions(tx, decision, kase.funderId),
        updatedAt: now,
      })
      .where(eq(decisions.id, decisionId));
    // A withdrawal, recovery or closure takes effect now (refunds, the recovery, the closed project), so
    // that its letter prints what was done.
    await deps.kinds[decision.kind]?.onApproval?.(tx, deps.clock, actor, { ...decision, decisionDate });
    const letter = await produceDecisionLetter(tx, deps.store, deps.clock, actor, decisionId);
    const [approved] = await tx
      .update(decisions)
      .set({
        status: 'approved',
        approvedAt: now,
        approvedByUserId: principal.userId,
        documentId: letter.documentId,
        documentSha256: letter.sha256,
        updatedAt: now,
        version: sql`${decisions.version} + 1`,
      })
      .where(sql`${decisions.id} = ${decisionId} AND ${decisions.approvedAt} IS NULL`)
      .returning();
    if (!approved) throw decisionAlreadyApproved();

    await tx
      .update(cases)
      .set({
        status: next.value,
        projectId,
        closedAt:
          ['rejected', 'withdrawn', 'closed'].includes(next.value) && next.value !== kase.status ? now : kase.closedAt,
        updatedAt: now,
        version: sql`${cases.version} + 1`,
      })
      .where(eq(cases.id, kase.id));
    if (projectId && approved.kind === 'grant') await refreshProjectSnapshot(tx, projectId);
    // An approved amendment changes the terms in force: the project's snapshot follows (docs/domain/rules.md,
    // "Decisions never change").
    if (projectId && approved.kind === 'amend') {
      const terms = await refreshProjectSnapshot(tx, projectId);
      await appendAudit(tx, deps.clock, actor, {
        action: 'project.terms_in_force_updated',
        entityType: 'project',
        entityId: projectId,
        after: { decisionId: approved.id, terms },
      });
    }
    if (reportMeeting) await addToDelegationReport(tx, deps.clock, actor, reportMeeting.id, approved.id);

    await appendAudit(tx, deps.clock, actor, {
      action: 'decision.approved',
      entityType: 'decision',
      entityId: approved.id,
      before: { status: decision.status },
      after: {
        status: approved.status,
        decisionDate: approved.decisionDate,
        documentId: approved.documentId,
        documentSha256: approved.documentSha256,
        overrideReason: approved.overrideReason,
        findings: findings.map((f) => ({ code: f.code, severity: f.severity })),
      },
    });
    if (event && next.value !== kase.status) {
      await appendAudit(tx, deps.clock, actor, {
        action: 'case.status_changed',
        entityType: 'case',
        entityId: kase.id,
        before: { status: kase.status },
        after: { status: next.value, event },
      });
    }
    const emailId = await queueLetter(tx, deps, actor, approved, kase, letter.documentId);
    return { decision: approved, findings, caseStatus: next.value, emailId };
  });
}

/**
 * How approving a decision of each kind moves its case: a grant or an amendment is decided in the
 * request's favour, a rejection rejects it; a withdrawal takes a commission back, a closure closes the
 * project's case; a recovery leaves the case as it is (null).
 */
const CASE_EVENT_OF: Readonly<Record<Decision['kind'], CaseEvent | null>> = {
  grant: 'approve_grant',
  amend: 'approve_grant',
  reject: 'approve_rejection',
  withdraw: 'withdraw',
  close: 'close',
  recover: null,
};

const approverIsAuthor = (): AppError =>
  new AppError('decision.approver_is_author', 422, {
    sv: 'Du har själv berett och föreslagit beslutet och kan inte också fatta det. En annan beslutsfattare (eller nämnden) fattar beslutet.',
    en: 'You drafted and proposed this decision yourself and cannot also make it. Another decision maker (or the committee) decides.',
  });

/** A grant's project: the case's own, activated and published, or a new one made from the case. */
async function activateProject(tx: Tx, deps: DecisionDeps, actor: Actor, kase: Case): Promise<string> {
  const now = deps.clock.now();
  if (kase.projectId) {
    const [before] = await tx.select().from(projects).where(eq(projects.id, kase.projectId));
    await tx
      .update(projects)
      .set({ status: 'active', published: true, publishedAt: before?.publishedAt ?? now, updatedAt: now })
      .where(eq(projects.id, kase.projectId));
    await appendAudit(tx, deps.clock, actor, {
      action: 'project.activated',
      entityType: 'project',
      entityId: kase.projectId,
      before: { status: before?.status, published: before?.published },
      after: { status: 'active', published: true },
    });
    return kase.projectId;
  }
  // The assessment placed the project under a priority; the dashboards group grants by it.
  const [assessed] = await tx
    .select({ priorityId: assessments.priorityId })
    .from(assessments)
    .where(eq(assessments.caseId, kase.id));
  const [created] = await tx
    .insert(projects)
    .values({
      name: kase.title,
      priorityId: assessed?.priorityId ?? null,
      ownerOrganizationId: kase.applicantOrganizationId,
      description: kase.description,
      status: 'active',
      published: true,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!created) throw new Error('project insert returned no row');
  await appendAudit(tx, deps.clock, actor, {
    action: 'project.created',
    entityType: 'project',
    entityId: created.id,
    after: created,
  });
  await adoptAppliedMunicipalities(tx, deps, actor, kase.id, created.id);
  return created.id;
}

/**
 * The municipalities the application says the project covers become the project's, for the dashboards,
 * the project bank's filter and the open-data locations. Codes missing from the municipality register
 * are left out (and named in the audit event) rather than failing the decision.
 */
async function adoptAppliedMunicipalities(
  tx: Tx,
  deps: DecisionDeps,
  actor: Actor,
  caseId: string,
  projectId: string,
): Promise<void> {
  const application = await submittedApplicationOf(tx, caseId);
  const applied = [...new Set(application?.content.municipalities ?? [])];
  if (applied.length === 0) return;
  const known = await tx
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(inArray(municipalities.code, applied));
  const codes = known.map((m) => m.code).sort();
  if (codes.length > 0) {
    await tx.insert(projectMunicipalities).values(codes.map((municipalityCode) => ({ projectId, municipalityCode })));
  }
  await appendAudit(tx, deps.clock, actor, {
    action: 'project.municipalities_set',
    entityType: 'project',
    entityId: projectId,
    after: { municipalityCodes: codes, notInRegister: applied.filter((c) => !codes.includes(c)) },
  });
}

async function queueLetter(
  tx: Tx,
  deps: DecisionDeps,
  actor: Actor,
  d: Decision,
  kase: Case,
  documentId: string,
): Promise<string | null> {
  if (d.recipients.length === 0) return null;
  const titles: Record<Decision['kind'], string> = {
    grant: 'Beslut om stöd',
    amend: 'Ändring av beslut om stöd',
    reject: 'Beslut om avslag',
    withdraw: 'Beslut om återtagande av uppdrag',
    recover: d.body.recoveryKind === 'repayment' ? 'Beslut om återbetalning' : 'Beslut om återkrav',
    close: 'Beslut om avslut av projekt',
  };
  const what = titles[d.kind];
  const withAmount = d.kind === 'grant' || d.kind === 'recover' || d.kind === 'withdraw';
  const amount = withAmount && d.amountOre !== null ? ` (${formatSek(ore(d.amountOre))})` : '';
  // The project case's one diary number (an amendment request has none of its own).
  const dnr = await matterDiaryNumberOf(tx, kase.id);
  const email = await enqueueEmail(tx, deps.clock, actor, {
    to: d.recipients,
    subject: `${what}: ${kase.title}${dnr ? `, dnr ${dnr}` : ''}`,
    bodyText:
      `Hej!\n\nBifogat finns beslutet i ärendet ${dnr ?? ''} ${kase.title}${amount}, ` +
      `fattat ${d.decisionDate as LocalDate}. Beslutet är elektroniskt godkänt och saknar därför underskrift.\n`,
    attachmentDocumentIds: [documentId],
    related: { entityType: 'decision', entityId: d.id },
  });
  return email.id;
}

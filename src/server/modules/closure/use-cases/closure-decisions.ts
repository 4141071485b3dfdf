// Withdrawal of a commission, recovery and closure are decisions like a grant: the officer's request
// creates a draft (with the computed terms in its body), the officer proposes it, and a decision maker
// approves it (decisions/use-cases/approve-decision.ts). The approval runs `applyClosureDecision` in its
// own transaction, before the letter is produced: the refund rows, the recovery row or the closed
// project exist only once the decision is made, and the letter prints them.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { checkClosure, checkRecovery, ore, today, type Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Executor, Tx } from '../../../db/client.js';
import {
  decisions,
  organizations,
  projects,
  recoveries,
  refunds,
  reports,
  type Decision,
} from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { resolveDelegationPoint } from '../../decisions/decision-authority.js';
import { meetingOfFunder } from '../../decisions/decisions.repository.js';
import type { DecisionKinds } from '../../decisions/decision-kinds.js';
import { lockProject } from '../../shared/project-scope.js';
import { grantTermsInForce } from '../../projects/project-snapshot.js';
import { rulesBroken } from '../closure-errors.js';
import { finalPaymentRecorded, paidOnProject, recoveriesOfProject } from '../closure.repository.js';

/** Who decides and by what authority, as the officer's request proposes it (the approval checks it). */
export interface ProposedAuthority {
  /** The committee decides at this meeting of the funder. */
  meetingId?: string | null | undefined;
  /** The point of the delegation order a decision maker decides under. */
  delegationPoint?: string | null | undefined;
}

/** A case holds one open decision of a kind at a time: the officer changes it rather than adding another. */
export async function refuseOpenDecision(tx: Executor, caseId: string, kind: Decision['kind']): Promise<void> {
  const [open] = await tx
    .select({ id: decisions.id, status: decisions.status })
    .from(decisions)
    .where(and(eq(decisions.caseId, caseId), eq(decisions.kind, kind), isNull(decisions.approvedAt)));
  if (open) {
    throw new AppError(
      'decision.open_exists',
      409,
      {
        sv: 'Det finns redan ett beslutsutkast eller beslutsförslag av det här slaget i ärendet. Lämna fram eller återkalla det först.',
        en: 'The case already has a draft or proposed decision of this kind. Propose or withdraw it first.',
      },
      { decisionId: open.id, status: open.status },
    );
  }
}

/** The officer's draft: presented by the officer, decided by nobody yet. */
export async function insertDraftDecision(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  p: Principal,
  values: {
    funderId: string;
    caseId: string;
    projectId: string | null;
    kind: 'withdraw' | 'recover' | 'close';
    amountOre: number | null;
    reasons: string | null;
    body: Record<string, unknown>;
    appropriationId?: string | null;
    /** The organisations the letter is mailed to (at the addresses they have registered). */
    recipientOrganizationIds: readonly string[];
  } & ProposedAuthority,
): Promise<Decision> {
  await refuseOpenDecision(tx, values.caseId, values.kind);
  const now = clock.now();
  const meetingId = values.meetingId ?? null;
  if (meetingId && !(await meetingOfFunder(tx, meetingId, values.funderId))) {
    throw new AppError(
      'decision.invalid_reference',
      422,
      { sv: 'Sammanträdet finns inte hos den här stödgivaren.', en: 'The meeting does not belong to this funder.' },
      { field: 'meetingId' },
    );
  }
  // A delegation point is one of the order in force (by its printed number); 422 naming the rule otherwise.
  const { point } = meetingId
    ? { point: null }
    : await resolveDelegationPoint(tx, values.funderId, today(clock), {
        pointId: null,
        number: values.delegationPoint?.trim() || null,
      });
  const recipients =
    values.recipientOrganizationIds.length === 0
      ? []
      : await tx
          .select({ email: organizations.email })
          .from(organizations)
          .where(inArray(organizations.id, [...values.recipientOrganizationIds]));
  const [row] = await tx
    .insert(decisions)
    .values({
      caseId: values.caseId,
      projectId: values.projectId,
      kind: values.kind,
      status: 'draft',
      amountOre: values.amountOre,
      reasons: values.reasons,
      body: values.body,
      appropriationId: values.appropriationId ?? null,
      recipients: [...new Set(recipients.map((r) => r.email?.trim()).filter((e): e is string => !!e))].sort(),
      meetingId,
      authority: meetingId ? 'committee' : point ? 'delegation' : null,
      delegationPointId: point?.id ?? null,
      delegationPoint: point?.number ?? null,
      presentedByUserId: p.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('decision insert returned no row');
  await appendAudit(tx, clock, actor, {
    action: 'decision.drafted',
    entityType: 'decision',
    entityId: row.id,
    after: row,
  });
  return row;
}

interface ProposedRefund {
  organizationId: string;
  organization: string;
  contributedOre: number;
  amountOre: number;
}

const proposedRefunds = (d: Decision): ProposedRefund[] =>
  Array.isArray(d.body.refunds) ? (d.body.refunds as ProposedRefund[]) : [];

/**
 * What a withdrawal, recovery or closure does once approved, in the approving transaction and before its
 * letter is produced. The rules are run again on today's figures: a recovery never claims more than is
 * paid and not already claimed, a project closes only on its conditions.
 */
export async function applyClosureDecision(tx: Tx, clock: Clock, actor: Actor, d: Decision): Promise<void> {
  const now = clock.now();
  if (d.kind === 'withdraw') {
    const parts = proposedRefunds(d);
    const rows =
      parts.length === 0
        ? []
        : await tx
            .insert(refunds)
            .values(
              parts.map((r) => ({
                caseId: d.caseId,
                decisionId: d.id,
                organizationId: r.organizationId,
                amountOre: r.amountOre,
                createdAt: now,
                updatedAt: now,
              })),
            )
            .returning();
    await appendAudit(tx, clock, actor, {
      action: 'case.withdrawn',
      entityType: 'case',
      entityId: d.caseId,
      after: {
        decisionId: d.id,
        remainingOre: d.amountOre,
        refunds: rows.map((r) => ({ organizationId: r.organizationId, amountOre: r.amountOre })),
      },
    });
    return;
  }
  if (d.kind === 'recover') {
    if (!d.projectId) throw new Error(`recovery decision ${d.id} has no project`);
    await lockProject(tx, d.projectId);
    const paid = await paidOnProject(tx, d.projectId);
    const claimed = ore((await recoveriesOfProject(tx, d.projectId)).reduce((s, r) => s + r.amountOre, 0));
    const amount = ore(d.amountOre ?? 0);
    const issues = checkRecovery({ amount, paid, alreadyClaimed: claimed, reason: d.reasons ?? '' });
    if (issues.length > 0) throw rulesBroken(issues, 'recovery.invalid');
    const kind = d.body.recoveryKind === 'repayment' ? 'repayment' : 'recovery';
    const dueDate = typeof d.body.dueDate === 'string' ? d.body.dueDate : null;
    const [row] = await tx
      .insert(recoveries)
      .values({
        projectId: d.projectId,
        decisionId: d.id,
        kind,
        amountOre: amount,
        reason: (d.reasons ?? '').trim(),
        dueDate,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(tx, clock, actor, {
      action: 'recovery.decided',
      entityType: 'recovery',
      entityId: row!.id,
      after: { kind, amountOre: amount, dueDate, reason: row!.reason, decisionId: d.id, paidOre: paid },
    });
    return;
  }
  if (d.kind === 'close') {
    if (!d.projectId) throw new Error(`closing decision ${d.id} has no project`);
    const project = await lockProject(tx, d.projectId);
    const terms = await grantTermsInForce(tx, d.projectId);
    const granted = ore(terms?.amount ?? 0);
    const paid = await paidOnProject(tx, d.projectId);
    const finalReports = await tx
      .select({ approvedAt: reports.approvedAt })
      .from(reports)
      .where(and(eq(reports.projectId, d.projectId), eq(reports.kind, 'final')));
    const reason = typeof d.body.withoutFinalPaymentReason === 'string' ? d.body.withoutFinalPaymentReason : undefined;
    const outcome = checkClosure({
      status: project.status,
      finalReportApproved: finalReports.some((r) => r.approvedAt !== null),
      finalPaymentRecorded: await finalPaymentRecorded(tx, d.projectId),
      withoutFinalPaymentReason: reason,
      granted,
      paid,
    });
    if (outcome.issues.length > 0) throw rulesBroken(outcome.issues, 'closure.conditions_not_met');
    if (outcome.released !== d.amountOre || paid !== d.body.paidOre) {
      throw new AppError(
        'closure.figures_changed',
        409,
        {
          sv: 'Utbetalt eller beviljat belopp har ändrats sedan förslaget lämnades. Återförvisa förslaget och lämna ett nytt.',
          en: 'The amount paid or granted has changed since the proposal. Return it and propose again.',
        },
        { releasedOre: outcome.released, proposedReleasedOre: d.amountOre, paidOre: paid },
      );
    }
    await tx
      .update(projects)
      .set({ status: 'closed', updatedAt: now, version: sql`${projects.version} + 1` })
      .where(eq(projects.id, d.projectId));
    await appendAudit(tx, clock, actor, {
      action: 'project.closed',
      entityType: 'project',
      entityId: d.projectId,
      before: { status: project.status },
      after: {
        status: 'closed',
        decisionId: d.id,
        grantedOre: granted,
        paidOre: paid,
        releasedOre: outcome.released,
        appropriationId: d.appropriationId,
      },
    });
  }
}

/** What the closure module adds to withdrawals, recoveries and closures (decisions/decision-kinds.ts). */
export const closureDecisionKinds: DecisionKinds = {
  withdraw: { onApproval: applyClosureDecision },
  recover: { onApproval: applyClosureDecision },
  close: { onApproval: applyClosureDecision },
};

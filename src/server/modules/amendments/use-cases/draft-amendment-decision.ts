import { eq, max, sql } from 'drizzle-orm';
import { parentActivityNumber, transition, type GrantTerms, type LocalDate } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import {
  activities,
  activityPlans,
  budgetLines,
  budgets,
  cases,
  decisions,
  type Case,
  type Decision,
  type NewDecision,
} from '../../../db/schema/index.js';
import { amendmentBackground } from '../../../documents/amendment-letter/amendment-background.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { decisionNotFound, loadVisibleCase, requireCaseOfficer } from '../../cases/cases.policy.js';
import { decisionAlreadyApproved, invalidReference, staleDecisionVersion } from '../../decisions/decision-errors.js';
import {
  findDecision,
  isDecisionMakerOf,
  lockCase,
  meetingOfFunder,
  openDecisionOfCase,
} from '../../decisions/decisions.repository.js';
import { loadVisibleDecision } from '../../decisions/use-cases/save-decision-draft.js';
import type { AmendmentDecisionInput, AmendmentRequestContent, RevisedActivity } from '../amendment-schema.js';
import { amendmentRequestContent } from '../amendment-schema.js';
import { latestRequestVersion, nextPlanVersion } from '../amendments.repository.js';
import { DECISION_DRAFTABLE, requestNotFound } from '../amendments.policy.js';
import { inForceOf } from '../project-versions.js';
import { requestedPeriodEnd } from '../request-rules.js';
import { actorOf, type AmendmentDeps } from './save-amendment-request.js';

/** How the letter heads the plan an amendment approves (seed 001). */
export const REVISED_PLAN_LABEL = 'Reviderad tid- och aktivitetsplan';

/** Everything an amendment decision states, before it is written: null terms are "unchanged". */
interface Draft {
  period: { start: string; end: string } | null;
  amountOre: number | null;
  maxShareBp: number | null;
  approvedCostsOre: number | null;
  activities: RevisedActivity[] | null;
  budget: AmendmentRequestContent['budget'];
  legalBasis: string[];
  reasons: string | null;
  background: string | null;
  recipients: string[];
  decidedBy: string | null;
  delegationPoint: string | null;
  meetingId: string | null;
}

/** A term equal to the one in force is not a change, and is stored as null ("unchanged"). */
function onlyChanges(d: Draft, before: GrantTerms) {
  const samePeriod = d.period && before.period?.start === d.period.start && before.period.end === d.period.end;
  return {
    periodStart: samePeriod ? null : (d.period?.start ?? null),
    periodEnd: samePeriod ? null : (d.period?.end ?? null),
    amountOre: d.amountOre === before.amount ? null : d.amountOre,
    maxShareBp: d.maxShareBp === before.maxShare ? null : d.maxShareBp,
    approvedCostsOre: d.approvedCostsOre === before.approvedCosts ? null : d.approvedCostsOre,
  };
}

function columnsOf(d: Draft, before: GrantTerms): Partial<NewDecision> {
  return {
    ...onlyChanges(d, before),
    legalBasis: d.legalBasis,
    reasons: d.reasons,
    body: d.background ? { background: d.background } : {},
    recipients: d.recipients,
    decidedByUserId: d.decidedBy,
    delegationPoint: d.meetingId === null ? d.delegationPoint : null,
    meetingId: d.meetingId,
  };
}

async function checkReferences(tx: Tx, funder: { id: string; organizationId: string }, d: Draft): Promise<void> {
  if (d.meetingId && !(await meetingOfFunder(tx, d.meetingId, funder.id))) {
    throw invalidReference('meetingId', {
      sv: 'Sammanträdet finns inte hos den här stödgivaren.',
      en: 'The meeting does not belong to this funder.',
    });
  }
  if (d.decidedBy && !(await isDecisionMakerOf(tx, d.decidedBy, funder.organizationId))) {
    throw invalidReference('decidedBy', {
      sv: 'Den angivna beslutsfattaren har inte rollen beslutsfattare hos stödgivaren.',
      en: 'The named decision maker does not hold the decision maker role at the funder.',
    });
  }
}

/** Replaces the draft's revised plan (never an approved one: the database refuses that). */
async function writePlan(tx: Tx, deps: AmendmentDeps, actor: Actor, d: Decision, rows: RevisedActivity[] | null) {
  let planId = d.activityPlanId;
  if (planId) await tx.delete(activities).where(eq(activities.activityPlanId, planId));
  if (rows === null) {
    if (planId) {
      await tx.update(decisions).set({ activityPlanId: null }).where(eq(decisions.id, d.id));
      await tx.delete(activityPlans).where(eq(activityPlans.id, planId));
    }
    return null;
  }
  if (!planId) {
    const [plan] = await tx
      .insert(activityPlans)
      .values({
        projectId: d.projectId!,
        versionNo: await nextPlanVersion(tx, d.projectId!),
        decisionId: d.id,
        label: REVISED_PLAN_LABEL,
        createdBy: actor.userId,
        createdAt: deps.clock.now(),
      })
      .returning();
    planId = plan!.id;
  }
  if (rows.length > 0) {
    await tx.insert(activities).values(
      rows.map((a, i) => ({
        activityPlanId: planId,
        number: a.number,
        parentNumber: parentActivityNumber(a.number),
        title: a.title,
        description: a.description?.trim() || null,
        startDate: a.start,
        endDate: a.end,
        costOre: a.costOre,
        sortOrder: i,
      })),
    );
  }
  await appendAudit(tx, deps.clock, actor, {
    action: 'activity_plan.revised',
    entityType: 'activity_plan',
    entityId: planId,
    after: { decisionId: d.id, label: REVISED_PLAN_LABEL, activities: rows },
  });
  return planId;
}

/** Replaces the draft's revised budget version, as the plan above. */
async function writeBudget(tx: Tx, deps: AmendmentDeps, actor: Actor, d: Decision, lines: Draft['budget']) {
  let budgetId = d.budgetId;
  if (budgetId) await tx.delete(budgetLines).where(eq(budgetLines.budgetId, budgetId));
  if (lines === null) {
    if (budgetId) {
      await tx.update(decisions).set({ budgetId: null }).where(eq(decisions.id, d.id));
      await tx.delete(budgets).where(eq(budgets.id, budgetId));
    }
    return null;
  }
  if (!budgetId) {
    const [row] = await tx
      .select({ n: max(budgets.versionNo) })
      .from(budgets)
      .where(eq(budgets.projectId, d.projectId!));
    const [budget] = await tx
      .insert(budgets)
      .values({ projectId: d.projectId!, versionNo: (row?.n ?? 0) + 1, decisionId: d.id, createdAt: deps.clock.now() })
      .returning();
    budgetId = budget!.id;
  }
  if (lines.length > 0) {
    await tx
      .insert(budgetLines)
      .values(
        lines.map((l) => ({ budgetId: budgetId, costCategory: l.category, year: l.year, amountOre: l.amountOre })),
      );
  }
  await appendAudit(tx, deps.clock, actor, {
    action: 'budget.revised',
    entityType: 'budget',
    entityId: budgetId,
    after: { decisionId: d.id, lines },
  });
  return budgetId;
}

const pick = <K extends keyof Draft>(input: AmendmentDecisionInput, key: K, fallback: Draft[K]): Draft[K] =>
  key in input && (input as Record<string, unknown>)[key] !== undefined ? (input[key] as Draft[K]) : fallback;

function merge(input: AmendmentDecisionInput, base: Draft): Draft {
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof Draft)[]) {
    (out as Record<string, unknown>)[key] = pick(input, key, base[key]);
  }
  return out;
}

/** What the request asks for, as the starting point of the officer's draft. */
function draftFromRequest(kase: Case, content: AmendmentRequestContent, before: GrantTerms): Draft {
  const end = requestedPeriodEnd(content, before);
  return {
    period: end && before.period ? { start: before.period.start, end } : null,
    amountOre: content.amountOre,
    maxShareBp: null,
    approvedCostsOre: null,
    activities: content.activities,
    budget: content.budget,
    legalBasis: ['2003:596'],
    reasons: null,
    background: amendmentBackground({
      receivedOn: kase.receivedOn as LocalDate | null,
      currentEnd: before.period?.end ?? null,
      requestedEnd: end,
      extendMonths: content.extendMonths,
      revisesPlan: content.activities !== null,
      revisesBudget: content.budget !== null,
      changesAmount: content.amountOre !== null && content.amountOre !== before.amount,
      motivation: content.motivation,
    }),
    recipients: [],
    decidedBy: null,
    delegationPoint: null,
    meetingId: null,
  };
}

/**
 * POST /amendment-requests/:caseId/decision — the officer drafts the amendment decision: a new decision of
 * kind 'amend' that references the decision in force (the grant, or the latest amendment), states only
 * what it changes, and carries the revised plan as a new plan version that its approval will freeze.
 * The proposal and the approval are the decisions module's own (POST /decisions/:id/propose, /approve).
 */
export async function createAmendmentDecision(
  deps: AmendmentDeps,
  principal: Principal,
  caseId: string,
  input: AmendmentDecisionInput,
): Promise<string> {
  const scope = await loadVisibleCase(deps.db, principal, caseId, requestNotFound);
  if (scope.kase.kind !== 'amendment_request' || !scope.kase.projectId) throw requestNotFound();
  requireCaseOfficer(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    const kase = await lockCase(tx, caseId);
    if (!kase) throw requestNotFound();
    if (!DECISION_DRAFTABLE.has(kase.status)) {
      throw new AppError('decision.case_not_open', 409, {
        sv: 'Ändringsbegäran är inte under handläggning; ett beslut kan inte utformas nu.',
        en: 'The amendment request is not being handled; a decision cannot be drafted now.',
      });
    }
    if (await openDecisionOfCase(tx, caseId)) {
      throw AppError.conflict({
        sv: 'Ändringsbegäran har redan ett beslutsutkast. Ändra det i stället för att skapa ett nytt.',
        en: 'The amendment request already has a draft decision. Edit it instead of creating another.',
      });
    }
    const { terms: before, lastDecisionId } = await inForceOf(tx, kase.projectId!);
    if (!before || !lastDecisionId) throw requestNotFound();
    const request = await latestRequestVersion(tx, caseId);
    const draft = merge(input, draftFromRequest(kase, amendmentRequestContent.parse(request?.content ?? {}), before));
    await checkReferences(tx, scope.funder, draft);
    await startAssessment(tx, deps, actor, kase);
    const now = deps.clock.now();
    const [row] = await tx
      .insert(decisions)
      .values({
        ...columnsOf(draft, before),
        caseId,
        projectId: kase.projectId,
        kind: 'amend',
        status: 'draft',
        amendsDecisionId: lastDecisionId,
        presentedByUserId: principal.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('decision insert returned no row');
    const activityPlanId = await writePlan(tx, deps, actor, row, draft.activities);
    const budgetId = await writeBudget(tx, deps, actor, row, draft.budget);
    const [linked] = await tx
      .update(decisions)
      .set({ activityPlanId, budgetId })
      .where(eq(decisions.id, row.id))
      .returning();
    await appendAudit(tx, deps.clock, actor, {
      action: 'decision.drafted',
      entityType: 'decision',
      entityId: row.id,
      after: linked,
    });
    return row.id;
  });
}

/** Drafting starts the handling of a submitted request (submitted → in assessment), as an assessment does. */
async function startAssessment(tx: Tx, deps: AmendmentDeps, actor: Actor, kase: Case): Promise<void> {
  if (kase.status !== 'submitted') return;
  const next = transition(kase.kind, kase.status, 'start_assessment');
  if (!next.ok) throw AppError.fromDomain(next.error, 409);
  await tx
    .update(cases)
    .set({ status: next.value, updatedAt: deps.clock.now(), version: sql`${cases.version} + 1` })
    .where(eq(cases.id, kase.id));
  await appendAudit(tx, deps.clock, actor, {
    action: 'case.status_changed',
    entityType: 'case',
    entityId: kase.id,
    before: { status: kase.status },
    after: { status: next.value, event: 'start_assessment' },
  });
}

/** The draft as it stands, for merging an update into. */
async function draftOf(tx: Tx, d: Decision, before: GrantTerms): Promise<Draft> {
  const plan = d.activityPlanId
    ? await tx.select().from(activities).where(eq(activities.activityPlanId, d.activityPlanId))
    : null;
  const lines = d.budgetId ? await tx.select().from(budgetLines).where(eq(budgetLines.budgetId, d.budgetId)) : null;
  return {
    period: d.periodStart && d.periodEnd ? { start: d.periodStart, end: d.periodEnd } : before.period,
    amountOre: d.amountOre ?? before.amount,
    maxShareBp: d.maxShareBp ?? before.maxShare,
    approvedCostsOre: d.approvedCostsOre ?? before.approvedCosts,
    activities:
      plan
        ?.sort((a, b) => a.sortOrder - b.sortOrder)
        .map((a) => ({
          number: a.number,
          title: a.title,
          description: a.description,
          start: a.startDate,
          end: a.endDate,
          costOre: a.costOre,
        })) ?? null,
    budget: lines?.map((l) => ({ category: l.costCategory, year: l.year, amountOre: l.amountOre })) ?? null,
    legalBasis: d.legalBasis,
    reasons: d.reasons,
    background: typeof d.body.background === 'string' ? d.body.background : null,
    recipients: d.recipients,
    decidedBy: d.decidedByUserId,
    delegationPoint: d.delegationPoint,
    meetingId: d.meetingId,
  };
}

/** PUT /amendment-decisions/:id — edits the draft; a stale version is 409, an approved decision never changes. */
export async function updateAmendmentDecision(
  deps: AmendmentDeps,
  principal: Principal,
  decisionId: string,
  input: AmendmentDecisionInput & { version: number },
): Promise<void> {
  const scope = await loadVisibleDecision(deps.db, principal, decisionId);
  if (scope.decision.kind !== 'amend') throw decisionNotFound();
  requireCaseOfficer(principal, scope);
  const actor = actorOf(principal);
  await deps.db.transaction(async (tx) => {
    await lockCase(tx, scope.kase.id);
    const current = await findDecision(tx, decisionId);
    if (!current) throw decisionNotFound();
    if (current.approvedAt !== null) throw decisionAlreadyApproved();
    if (current.version !== input.version) throw staleDecisionVersion(current.version);
    if (current.status !== 'draft') {
      throw new AppError('decision.proposed', 409, {
        sv: 'Beslutet ligger som förslag hos beslutsfattaren; återför det till bedömning för att ändra det.',
        en: 'The decision is proposed to the decision maker; return it for assessment to change it.',
      });
    }
    const { terms: before } = await inForceOf(tx, current.projectId!);
    if (!before) throw decisionNotFound();
    const draft = merge(input, await draftOf(tx, current, before));
    await checkReferences(tx, scope.funder, draft);
    const activityPlanId =
      input.activities !== undefined
        ? await writePlan(tx, deps, actor, current, draft.activities)
        : current.activityPlanId;
    const budgetId =
      input.budget !== undefined ? await writeBudget(tx, deps, actor, current, draft.budget) : current.budgetId;
    const [row] = await tx
      .update(decisions)
      .set({
        ...columnsOf(draft, before),
        activityPlanId,
        budgetId,
        updatedAt: deps.clock.now(),
        version: sql`${decisions.version} + 1`,
      })
      .where(sql`${decisions.id} = ${decisionId} AND ${decisions.version} = ${input.version}`)
      .returning();
    if (!row) throw staleDecisionVersion(input.version + 1);
    await appendAudit(tx, deps.clock, actor, {
      action: 'decision.updated',
      entityType: 'decision',
      entityId: row.id,
      before: current,
      after: row,
    });
  });
}

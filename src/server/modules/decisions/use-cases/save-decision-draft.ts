import { sql } from 'drizzle-orm';
import { today, type Clock, type DecisionAuthority } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { decisions, type Decision, type NewDecision } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import type { DecisionDraftInput } from '../decision-schema.js';
import { resolveDelegationPoint, URGENT_DECISION_PROVISION } from '../decision-authority.js';
import { decisionAlreadyApproved, invalidReference, staleDecisionVersion } from '../decision-errors.js';
import { decisionNotFound, loadVisibleCase, requireCaseOfficer, type CaseScope } from '../../cases/cases.policy.js';
import {
  findAppropriation,
  findDecision,
  isDecisionMakerOf,
  lockCase,
  meetingOfFunder,
  openDecisionOfCase,
} from '../decisions.repository.js';
import { actorOf } from '../../auth/actor.js';
import type { DecisionKinds } from '../decision-kinds.js';

export interface DecisionDeps {
  db: Db;
  clock: Clock;
  /** The rules and effects other modules add to some kinds of decision (decision-kinds.ts). */
  kinds: DecisionKinds;
}

/** The audit trail's actor (`auth/actor.ts`), for this module's other use cases. */
export { actorOf };

const DRAFTABLE = new Set(['submitted', 'in_assessment', 'decision_proposed']);

/** References must belong to the case's funder: its appropriations, its meetings, its decision makers. */
async function checkReferences(db: Executor, scope: CaseScope, input: DecisionDraftInput): Promise<void> {
  if (input.appropriationId) {
    const a = await findAppropriation(db, input.appropriationId);
    if (!a || a.funderId !== scope.funder.id) {
      throw invalidReference('appropriationId', {
        sv: 'Anslaget finns inte hos den här stödgivaren.',
        en: 'The appropriation does not belong to this funder.',
      });
    }
  }
  if (input.meetingId && !(await meetingOfFunder(db, input.meetingId, scope.funder.id))) {
    throw invalidReference('meetingId', {
      sv: 'Sammanträdet finns inte hos den här stödgivaren.',
      en: 'The meeting does not belong to this funder.',
    });
  }
  if (input.decidedBy && !(await isDecisionMakerOf(db, input.decidedBy, scope.funder.organizationId))) {
    throw invalidReference('decidedBy', {
      sv: 'Den angivna beslutsfattaren har inte rollen beslutsfattare hos stödgivaren.',
      en: 'The named decision maker does not hold the decision maker role at the funder.',
    });
  }
}

/**
 * The decision's columns from the officer's input. Its authority is placed here: a delegated decision
 * names a point of the order in force (by id or by its printed number; anything else is refused 422 —
 * a point typed by hand with nothing behind it), stored with its number as printed; an urgent decision
 * records its ground and consultation; a committee decision its meeting.
 */
async function columnsOf(
  db: Executor,
  clock: Clock,
  scope: CaseScope,
  input: DecisionDraftInput,
): Promise<Partial<NewDecision>> {
  const authority: DecisionAuthority | null =
    input.authority ??
    (input.meetingId !== null
      ? 'committee'
      : input.delegationPointId !== null || input.delegationPoint !== null
        ? 'delegation'
        : null);
  const placed =
    authority === 'delegation'
      ? await resolveDelegationPoint(db, scope.funder.id, today(clock), {
          pointId: input.delegationPointId,
          number: input.delegationPoint,
        })
      : null;
  const urgent = authority === 'urgent';
  return {
    kind: input.kind,
    amountOre: input.amountOre,
    maxShareBp: input.maxShareBp,
    approvedCostsOre: input.approvedCostsOre,
    periodStart: input.period?.start ?? null,
    periodEnd: input.period?.end ?? null,
    legalBasis: input.legalBasis,
    appropriationId: input.appropriationId,
    reasons: input.reasons,
    conditions: input.conditions,
    recipients: input.recipients,
    decidedByUserId: input.decidedBy,
    authority,
    delegationPointId: placed?.point?.id ?? null,
    delegationPoint: urgent ? URGENT_DECISION_PROVISION : (placed?.point?.number ?? null),
    meetingId: authority === 'committee' ? input.meetingId : null,
    urgencyGround: urgent ? blank(input.urgencyGround) : null,
    urgencyConsulted: urgent ? blank(input.urgencyConsulted) : null,
    urgencyConsultedOn: urgent ? input.urgencyConsultedOn : null,
  };
}

const blank = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());

/** POST /cases/:caseId/decisions — the officer starts the one open decision of a case. */
export async function createDecisionDraft(
  deps: DecisionDeps,
  principal: Principal,
  caseId: string,
  input: DecisionDraftInput,
): Promise<Decision> {
  const scope = await loadVisibleCase(deps.db, principal, caseId);
  requireCaseOfficer(principal, scope);
  return deps.db.transaction(async (tx) => {
    const kase = await lockCase(tx, caseId);
    if (!kase) throw decisionNotFound();
    if (!DRAFTABLE.has(kase.status)) {
      throw new AppError('decision.case_not_open', 409, {
        sv: 'Ärendet är inte under handläggning; ett beslut kan inte utformas nu.',
        en: 'The case is not being handled; a decision cannot be drafted now.',
      });
    }
    if (await openDecisionOfCase(tx, caseId)) {
      throw AppError.conflict({
        sv: 'Ärendet har redan ett beslutsutkast. Ändra det i stället för att skapa ett nytt.',
        en: 'The case already has a draft decision. Edit it instead of creating another.',
      });
    }
    await checkReferences(tx, { ...scope, kase }, input);
    const columns = await columnsOf(tx, deps.clock, { ...scope, kase }, input);
    const [row] = await tx
      .insert(decisions)
      .values({
        ...columns,
        kind: input.kind,
        caseId,
        projectId: kase.projectId,
        presentedByUserId: principal.userId,
        status: 'draft',
        createdAt: deps.clock.now(),
        updatedAt: deps.clock.now(),
      })
      .returning();
    if (!row) throw new Error('decision insert returned no row');
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'decision.drafted',
      entityType: 'decision',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

/** The decision and its case scope, or 404 for whoever may not see the case. */
export async function loadVisibleDecision(
  db: Executor,
  principal: Principal,
  decisionId: string,
): Promise<{ decision: Decision } & CaseScope> {
  const decision = await findDecision(db, decisionId);
  if (!decision) throw decisionNotFound();
  const scope = await loadVisibleCase(db, principal, decision.caseId, decisionNotFound);
  return { decision, ...scope };
}

/** PUT /decisions/:id — optimistic concurrency on `version`; an approved decision is never edited. */
export async function updateDecisionDraft(
  deps: DecisionDeps,
  principal: Principal,
  decisionId: string,
  input: DecisionDraftInput & { version: number },
): Promise<Decision> {
  const scope = await loadVisibleDecision(deps.db, principal, decisionId);
  requireCaseOfficer(principal, scope);
  return deps.db.transaction(async (tx) => {
    await lockCase(tx, scope.kase.id);
    const before = await findDecision(tx, decisionId);
    if (!before) throw decisionNotFound();
    if (before.approvedAt !== null) throw decisionAlreadyApproved();
    if (before.version !== input.version) throw staleDecisionVersion(before.version);
    await checkReferences(tx, scope, input);
    const columns = await columnsOf(tx, deps.clock, scope, input);
    const [row] = await tx
      .update(decisions)
      .set({ ...columns, updatedAt: deps.clock.now(), version: sql`${decisions.version} + 1` })
      .where(sql`${decisions.id} = ${decisionId} AND ${decisions.version} = ${input.version}`)
      .returning();
    if (!row) throw staleDecisionVersion(before.version + 1);
    await appendAudit(tx, deps.clock, actorOf(principal), {
      action: 'decision.updated',
      entityType: 'decision',
      entityId: row.id,
      before,
      after: row,
    });
    return row;
  });
}

import { and, eq } from 'drizzle-orm';
import {
  checkDelegatedDecision,
  checkUrgentDecision,
  delegationError,
  ore,
  today,
  type Clock,
  type DeciderGrant,
  type DecisionAuthority,
  type DelegationError,
  type DelegationPointRule,
  type Finding,
  type LocalDate,
  type Ore,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { roleGrants, type Case, type Decision, type DelegationPoint, type Funder } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Principal } from '../auth/principal.js';
import { submittedApplicationOf } from '../cases/submitted-application.repository.js';
import { termsAroundAmendment } from '../../documents/decision-letter/letter-queries.js';
import { orderInForceOn, type OrderWithPoints } from '../delegation/delegation.repository.js';

/*
 * Who may decide (kommunallagen 6 kap. 33–39 §§): every decision kind is checked against the funder's
 * delegation order in force on its decision day — a point covering the kind and the amount, held by the
 * decider (role and capacity) — or is taken by the committee at a meeting, or is the chair's urgent
 * decision. Run while drafting (the live checks), when proposed and, for the approver, when approved.
 */

/** What an urgent decision's "delegation point" reads in the report of delegated decisions. */
export const URGENT_DECISION_PROVISION = 'KL 6 kap. 39 §';

/** The authority a decision is taken under; a draft from before authorities were recorded is placed by its meeting. */
export const authorityOf = (d: Pick<Decision, 'authority' | 'meetingId'>): DecisionAuthority =>
  (d.authority as DecisionAuthority | null) ?? (d.meetingId !== null ? 'committee' : 'delegation');

const asRule = (p: DelegationPoint): DelegationPointRule => ({
  id: p.id,
  number: p.number,
  text: p.text,
  decisionKinds: p.decisionKinds,
  deciderRole: p.deciderRole,
  deciderCapacity: p.deciderCapacity,
  amountLimit: p.amountLimitOre === null ? null : ore(p.amountLimitOre),
  reportToCommittee: p.reportToCommittee,
});

const asFinding = (e: DelegationError): Finding => ({
  code: e.code,
  severity: 'error',
  message: e.message,
  details: e.details,
});

/** The roles a user holds at the funder, with their capacities. */
export async function grantsOf(db: Executor, userId: string, organizationId: string): Promise<DeciderGrant[]> {
  return db
    .select({ role: roleGrants.role, capacity: roleGrants.capacity })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.organizationId, organizationId)));
}

/** The caller's roles at the funder (from the session's principal). */
export const principalGrants = (p: Principal, organizationId: string): DeciderGrant[] =>
  p.roles
    .filter((r) => r.organizationId === organizationId)
    .map((r) => ({ role: r.role, capacity: r.capacity ?? null }));

/** The day the order is read for: the decision's own date, or today while it is being made. */
export const decisionDay = (d: Decision, clock: Clock): LocalDate =>
  (d.decisionDate as LocalDate | null) ?? today(clock);

/**
 * The amount a point's limit is read against: a grant's amount; an amendment's grant as amended; a
 * rejection's amount applied for; a withdrawal's, recovery's or closure's own amount. Null: none known.
 */
export async function amountForLimit(db: Executor, d: Decision, kase: Case): Promise<Ore | null> {
  if (d.kind === 'amend' && d.amendsDecisionId) {
    const { after } = await termsAroundAmendment(db, d);
    return after.amount ?? null;
  }
  if (d.kind === 'reject') {
    const applied = await submittedApplicationOf(db, kase.id);
    const requested = applied?.content.requestedOre;
    return typeof requested === 'number' ? ore(requested) : null;
  }
  return d.amountOre === null ? null : ore(d.amountOre);
}

export interface AuthorityContext {
  decision: Decision;
  kase: Case;
  funder: Funder;
  /**
   * Whose authority is checked: the approver's grants at approval; otherwise (undefined) the named
   * decision maker's, or nobody's while none is named (null).
   */
  decider?: readonly DeciderGrant[] | null | undefined;
}

/** The rules of authority broken by the decision, as blocking findings. */
export async function authorityFindings(db: Executor, clock: Clock, ctx: AuthorityContext): Promise<Finding[]> {
  const { decision: d, kase, funder } = ctx;
  const authority = authorityOf(d);
  const on = decisionDay(d, clock);
  const decider =
    ctx.decider !== undefined
      ? ctx.decider
      : d.decidedByUserId
        ? await grantsOf(db, d.decidedByUserId, funder.organizationId)
        : null;
  if (authority === 'committee') {
    return d.meetingId === null ? [asFinding(delegationError('delegation.committee_needs_meeting'))] : [];
  }
  const order = await orderInForceOn(db, funder.id, on);
  if (authority === 'urgent') {
    return checkUrgentDecision(
      order ? { id: order.id, validFrom: order.validFrom as LocalDate, chairCapacity: order.chairCapacity } : null,
      {
        on,
        chairCapacity: order?.chairCapacity ?? null,
        decider,
        ground: d.urgencyGround,
        consulted: d.urgencyConsulted,
        consultedOn: d.urgencyConsultedOn as LocalDate | null,
      },
    ).map(asFinding);
  }
  // A point named only by its printed number (drafts of other modules, e.g. amendments) is read in the order
  // in force; a number with no point of the order behind it ("2.3") is refused by name.
  let pointId = d.delegationPointId;
  if (pointId === null && d.delegationPoint !== null && d.delegationPoint.trim() !== '') {
    const byNumber = order?.points.find((p) => p.number === d.delegationPoint!.trim());
    if (!byNumber) {
      return [asFinding(delegationError('delegation.point_not_in_force', { point: d.delegationPoint, date: on }))];
    }
    pointId = byNumber.id;
  }
  const rules = order ? { points: order.points.map(asRule) } : null;
  // A point of another version than the one in force is reported by its number, not its id.
  const errors = checkDelegatedDecision(rules, {
    kind: d.kind,
    on,
    amount: await amountForLimit(db, d, kase),
    pointId,
    decider,
  }).map((e) =>
    e.code === 'delegation.point_not_in_force'
      ? delegationError(e.code, { ...e.details, point: d.delegationPoint ?? e.details['point'] })
      : e,
  );
  return errors.map(asFinding);
}

/**
 * At approval, the approver's own authority (a separate call beside the decision's checks): for a
 * delegated or urgent decision the approver is the one who decides, so they must hold the point (or be the
 * chair), and be the decision maker the proposal names, if it names one. 422 naming the rule; nothing
 * changes, and the decision has to go to the committee.
 */
export async function requireAuthorityToApprove(
  db: Executor,
  clock: Clock,
  ctx: { decision: Decision; kase: Case; funder: Funder; principal: Principal },
): Promise<void> {
  const { decision: d, principal } = ctx;
  const authority = authorityOf(d);
  if (authority !== 'committee' && d.decidedByUserId !== null && d.decidedByUserId !== principal.userId) {
    throw new AppError(
      'delegation.approver_not_named_decider',
      422,
      {
        sv: 'Beslutsförslaget anger en annan beslutsfattare. Den som har delegationen fattar beslutet själv.',
        en: 'The proposal names another decision maker. The holder of the delegation takes the decision in person.',
      },
      { rules: ['delegation.approver_not_named_decider'] },
    );
  }
  const findings = await authorityFindings(db, clock, {
    ...ctx,
    decider: principalGrants(principal, ctx.funder.organizationId),
  });
  if (findings.length === 0) return;
  throw new AppError(
    findings[0]!.code,
    422,
    {
      sv: `Du kan inte fatta beslutet: ${findings.map((f) => f.message.sv).join(' ')}`,
      en: `You cannot take the decision: ${findings.map((f) => f.message.en).join(' ')}`,
    },
    { rules: findings.map((f) => f.code), findings },
  );
}

/** The point a draft names, resolved in the order in force: by id, or by its number as printed. */
export async function resolveDelegationPoint(
  db: Executor,
  funderId: string,
  on: LocalDate,
  chosen: { pointId: string | null; number: string | null },
): Promise<{ point: DelegationPoint | null; order: OrderWithPoints | null }> {
  const order = await orderInForceOn(db, funderId, on);
  if (chosen.pointId === null && (chosen.number === null || chosen.number.trim() === '')) return { point: null, order };
  const point =
    order?.points.find((p) =>
      chosen.pointId !== null ? p.id === chosen.pointId : p.number === chosen.number!.trim(),
    ) ?? null;
  if (!point) {
    const e = delegationError('delegation.point_not_in_force', { point: chosen.number ?? chosen.pointId, date: on });
    throw new AppError(e.code, 422, e.message, {
      rules: [e.code],
      issues: [
        {
          path: chosen.pointId !== null ? 'delegationPointId' : 'delegationPoint',
          code: e.code,
          severity: 'error',
          message: e.message,
        },
      ],
    });
  }
  return { point, order };
}

/** What the decision editor offers: the points in force covering the kind, and who the chair is. */
export async function authorityOptions(db: Executor, clock: Clock, d: Decision, funder: Funder) {
  const on = decisionDay(d, clock);
  const order = await orderInForceOn(db, funder.id, on);
  return {
    on,
    order: order
      ? { id: order.id, validFrom: order.validFrom, adoptedBy: order.adoptedBy, chairCapacity: order.chairCapacity }
      : null,
    points: order ? order.points.filter((p) => p.decisionKinds.includes(d.kind)) : [],
  };
}

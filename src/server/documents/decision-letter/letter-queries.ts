// The lookups a decision letter needs, each following a reference from the decision or its case.
import { asc, eq, inArray } from 'drizzle-orm';
import { decisionInForce, type GrantTerms, type LocalDate } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { termsOf, toDecisionRecord } from '../../modules/projects/decision-record.js';

export async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`decision letter: ${what} not found`);
  return row;
}

/** The case and its ancestors, nearest first: an amendment request, then the application it belongs to. */
export async function caseChain(db: Executor, caseId: string): Promise<s.Case[]> {
  const chain: s.Case[] = [];
  for (let id: string | null = caseId; id !== null;) {
    if (chain.length > 20 || chain.some((c) => c.id === id)) throw new Error(`case ${caseId}: parent chain loops`);
    const kase: s.Case = await one(db.select().from(s.cases).where(eq(s.cases.id, id)), `case ${id}`);
    chain.push(kase);
    id = kase.parentCaseId;
  }
  return chain;
}

/** External ids (Nyps …) of the case or, failing that, of the nearest ancestor that has them. */
export async function externalIdsOf(db: Executor, chain: readonly s.Case[]): Promise<s.CaseExternalId[]> {
  const rows = await db
    .select()
    .from(s.caseExternalIds)
    .where(
      inArray(
        s.caseExternalIds.caseId,
        chain.map((c) => c.id),
      ),
    )
    .orderBy(asc(s.caseExternalIds.system), asc(s.caseExternalIds.externalId));
  for (const kase of chain) {
    const own = rows.filter((r) => r.caseId === kase.id);
    if (own.length > 0) return own;
  }
  return [];
}

export async function activitiesOf(
  db: Executor,
  planId: string,
): Promise<{ plan: s.ActivityPlan; rows: s.Activity[] }> {
  const plan = await one(db.select().from(s.activityPlans).where(eq(s.activityPlans.id, planId)), 'activity plan');
  const rows = await db
    .select()
    .from(s.activities)
    .where(eq(s.activities.activityPlanId, planId))
    .orderBy(asc(s.activities.sortOrder), asc(s.activities.number));
  return { plan, rows };
}

/** The meeting a delegated decision is reported to, if a report of delegated decisions lists it. */
export async function reportMeetingDate(db: Executor, decisionId: string): Promise<LocalDate | null> {
  const [row] = await db
    .select({ heldOn: s.meetings.heldOn })
    .from(s.delegatedDecisionReportItems)
    .innerJoin(s.delegatedDecisionReports, eq(s.delegatedDecisionReports.id, s.delegatedDecisionReportItems.reportId))
    .innerJoin(s.meetings, eq(s.meetings.id, s.delegatedDecisionReports.meetingId))
    .where(eq(s.delegatedDecisionReportItems.decisionId, decisionId));
  return (row?.heldOn as LocalDate | undefined) ?? null;
}

/** The reporting plan the decision sets: its note and due dates, in date order. */
export async function reportingPlanOf(
  db: Executor,
  decisionId: string,
): Promise<{ note: string | null; items: s.ReportingPlanItem[] } | null> {
  const [plan] = await db
    .select()
    .from(s.reportingPlans)
    .where(eq(s.reportingPlans.decisionId, decisionId))
    .orderBy(asc(s.reportingPlans.createdAt));
  if (!plan) return null;
  const items = await db
    .select()
    .from(s.reportingPlanItems)
    .where(eq(s.reportingPlanItems.reportingPlanId, plan.id))
    .orderBy(asc(s.reportingPlanItems.dueDate));
  return { note: plan.note, items };
}

/**
 * The terms in force just before `amendment` and with it applied. "Before" counts the grant and the
 * amendments approved earlier than this one (all approved ones while this one is still being approved),
 * by the domain's rule for the decision in force.
 */
export async function termsAroundAmendment(
  db: Executor,
  amendment: s.Decision,
): Promise<{ before: GrantTerms; after: GrantTerms; amended: s.Decision; grant: s.Decision }> {
  const byId = async (id: string) => one(db.select().from(s.decisions).where(eq(s.decisions.id, id)), `decision ${id}`);
  if (!amendment.amendsDecisionId) throw new Error(`amendment ${amendment.id} names no decision it amends`);
  const amended = await byId(amendment.amendsDecisionId);
  let root = amended;
  for (let hops = 0; root.kind !== 'grant'; hops++) {
    if (!root.amendsDecisionId || hops > 50) throw new Error(`amendment ${amendment.id}: no grant at the chain's root`);
    root = await byId(root.amendsDecisionId);
  }
  // Amendments hang off the project's decisions (possibly on child cases), so the project finds them all.
  const candidates = root.projectId
    ? await db.select().from(s.decisions).where(eq(s.decisions.projectId, root.projectId))
    : [root];
  const earlier = candidates.filter(
    (d) =>
      d.id !== amendment.id &&
      d.approvedAt !== null &&
      (amendment.approvedAt === null || d.approvedAt < amendment.approvedAt),
  );
  const before = decisionInForce(earlier.map(toDecisionRecord), root.id);
  if (!before) throw new Error(`amendment ${amendment.id}: the grant it amends is not approved`);
  const after: GrantTerms = { ...before };
  for (const [key, value] of Object.entries(termsOf(amendment)) as [keyof GrantTerms, unknown][]) {
    if (value !== undefined) (after as unknown as Record<string, unknown>)[key] = value;
  }
  return { before, after, amended, grant: root };
}

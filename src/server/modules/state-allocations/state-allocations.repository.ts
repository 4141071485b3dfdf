import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  organizations,
  stateAllocations,
  stateDecisions,
  type StateAllocation,
  type StateDecision,
} from '../../db/schema/index.js';

/** Queries only; who may see what is decided by the policy and the routes. */

export interface AllocationRow {
  allocation: StateAllocation;
  recipientName: string;
}

const receivesFrom = (organizationIds: string[]) =>
  sql`EXISTS (SELECT 1 FROM ${stateAllocations} WHERE ${stateAllocations.stateDecisionId} = ${stateDecisions.id} AND ${inArray(stateAllocations.recipientOrganizationId, organizationIds)})`;

/** State decisions that offer money to any of the organisations, newest first. */
export async function listDecisionsFor(
  db: Executor,
  organizationIds: string[],
  page: { limit: number; offset: number },
): Promise<{ items: StateDecision[]; total: number }> {
  if (organizationIds.length === 0) return { items: [], total: 0 };
  const where = receivesFrom(organizationIds);
  const items = await db
    .select()
    .from(stateDecisions)
    .where(where)
    .orderBy(sql`${stateDecisions.decidedOn} DESC`, asc(stateDecisions.reference))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(stateDecisions).where(where);
  return { items, total: counted?.total ?? 0 };
}

export async function recipientCounts(db: Executor, decisionIds: string[]): Promise<Map<string, number>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: stateAllocations.stateDecisionId,
      n: sql<number>`count(DISTINCT ${stateAllocations.recipientOrganizationId})::int`,
    })
    .from(stateAllocations)
    .where(inArray(stateAllocations.stateDecisionId, decisionIds))
    .groupBy(stateAllocations.stateDecisionId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function findStateDecision(db: Executor, id: string): Promise<StateDecision | undefined> {
  const [row] = await db.select().from(stateDecisions).where(eq(stateDecisions.id, id));
  return row;
}

/** Every allocation of a decision with its recipient's name, by recipient name and year. */
export async function allocationsOfDecision(db: Executor, decisionId: string): Promise<AllocationRow[]> {
  return db
    .select({ allocation: stateAllocations, recipientName: organizations.name })
    .from(stateAllocations)
    .innerJoin(organizations, eq(organizations.id, stateAllocations.recipientOrganizationId))
    .where(eq(stateAllocations.stateDecisionId, decisionId))
    .orderBy(asc(organizations.name), asc(stateAllocations.year));
}

export interface AllocationWithDecision extends AllocationRow {
  decision: StateDecision;
}

/** One allocation with its decision; `lock` takes the row lock of an update (FOR UPDATE). */
export async function findAllocation(
  db: Executor,
  id: string,
  lock = false,
): Promise<AllocationWithDecision | undefined> {
  const query = db
    .select({ allocation: stateAllocations, recipientName: organizations.name, decision: stateDecisions })
    .from(stateAllocations)
    .innerJoin(organizations, eq(organizations.id, stateAllocations.recipientOrganizationId))
    .innerJoin(stateDecisions, eq(stateDecisions.id, stateAllocations.stateDecisionId))
    .where(eq(stateAllocations.id, id));
  const [row] = await (lock ? query.for('update', { of: stateAllocations }) : query);
  return row;
}

/** The allocations of the organisations, with their decisions: the calendar's and the list's source. */
export async function allocationsOfRecipients(
  db: Executor,
  organizationIds: string[],
  decisionIds?: string[],
): Promise<AllocationWithDecision[]> {
  if (organizationIds.length === 0) return [];
  const conditions = [inArray(stateAllocations.recipientOrganizationId, organizationIds)];
  if (decisionIds) {
    if (decisionIds.length === 0) return [];
    conditions.push(inArray(stateAllocations.stateDecisionId, decisionIds));
  }
  return db
    .select({ allocation: stateAllocations, recipientName: organizations.name, decision: stateDecisions })
    .from(stateAllocations)
    .innerJoin(organizations, eq(organizations.id, stateAllocations.recipientOrganizationId))
    .innerJoin(stateDecisions, eq(stateDecisions.id, stateAllocations.stateDecisionId))
    .where(and(...conditions))
    .orderBy(asc(stateDecisions.reference), asc(organizations.name), asc(stateAllocations.year));
}

export async function organizationName(db: Executor, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id));
  return row?.name ?? null;
}

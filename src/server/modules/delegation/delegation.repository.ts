import { and, asc, desc, eq, inArray, isNotNull, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  cases,
  decisions,
  delegationOrders,
  delegationPoints,
  type DelegationOrder,
  type DelegationPoint,
  type NewDelegationOrder,
  type NewDelegationPoint,
} from '../../db/schema/index.js';

export type OrderWithPoints = DelegationOrder & { points: DelegationPoint[] };

/** Every version of a funder's delegation order with its points, newest valid-from first. */
export async function ordersOfFunder(db: Executor, funderId: string): Promise<OrderWithPoints[]> {
  const orders = await db
    .select()
    .from(delegationOrders)
    .where(eq(delegationOrders.funderId, funderId))
    .orderBy(desc(delegationOrders.validFrom));
  if (orders.length === 0) return [];
  const points = await db
    .select()
    .from(delegationPoints)
    .where(
      inArray(
        delegationPoints.orderId,
        orders.map((o) => o.id),
      ),
    )
    .orderBy(asc(delegationPoints.position));
  return orders.map((o) => ({ ...o, points: points.filter((p) => p.orderId === o.id) }));
}

/** The version valid from the latest day on or before `on`, with its points; null before the first. */
export async function orderInForceOn(db: Executor, funderId: string, on: string): Promise<OrderWithPoints | null> {
  const [order] = await db
    .select()
    .from(delegationOrders)
    .where(and(eq(delegationOrders.funderId, funderId), sql`${delegationOrders.validFrom} <= ${on}`))
    .orderBy(desc(delegationOrders.validFrom))
    .limit(1);
  if (!order) return null;
  const points = await db
    .select()
    .from(delegationPoints)
    .where(eq(delegationPoints.orderId, order.id))
    .orderBy(asc(delegationPoints.position));
  return { ...order, points };
}

export async function findPoint(db: Executor, pointId: string): Promise<DelegationPoint | null> {
  const [row] = await db.select().from(delegationPoints).where(eq(delegationPoints.id, pointId));
  return row ?? null;
}

/** How many decisions (drafts included) name a point of each version: those versions are relied on. */
export async function decisionsRelyingOn(db: Executor, orderIds: readonly string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select({ orderId: delegationPoints.orderId, n: sql<number>`count(*)::int` })
    .from(decisions)
    .innerJoin(delegationPoints, eq(delegationPoints.id, decisions.delegationPointId))
    .where(inArray(delegationPoints.orderId, [...orderIds]))
    .groupBy(delegationPoints.orderId);
  return new Map(rows.map((r) => [r.orderId, Number(r.n)]));
}

/**
 * The latest decision date of the funder's approved decisions taken on delegation or as urgent
 * decisions: a new version may not start on or before it, or it would change the order those relied on.
 */
export async function latestDelegatedDecisionDate(db: Executor, funderId: string): Promise<string | null> {
  const [row] = await db
    .select({ last: max(decisions.decisionDate) })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .where(
      and(
        eq(cases.funderId, funderId),
        isNotNull(decisions.approvedAt),
        or(isNotNull(decisions.delegationPointId), eq(decisions.authority, 'urgent')),
      ),
    );
  return row?.last ?? null;
}

export async function insertOrder(
  tx: Executor,
  order: NewDelegationOrder,
  points: Omit<NewDelegationPoint, 'orderId'>[],
): Promise<OrderWithPoints> {
  const [saved] = await tx.insert(delegationOrders).values(order).returning();
  if (!saved) throw new Error('delegation order insert returned no row');
  const savedPoints =
    points.length === 0
      ? []
      : await tx
          .insert(delegationPoints)
          .values(points.map((p) => ({ ...p, orderId: saved.id })))
          .returning();
  return { ...saved, points: savedPoints.sort((a, b) => a.position - b.position) };
}

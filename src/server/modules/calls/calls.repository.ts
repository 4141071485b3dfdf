import { and, asc, count, desc, eq, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  appropriations,
  callPriorities,
  calls,
  cases,
  funders,
  organizations,
  priorities,
  strategies,
  type Call,
  type NewCall,
} from '../../db/schema/index.js';

export type { Call };

export async function findCall(db: Executor, callId: string, forUpdate = false): Promise<Call | null> {
  const query = db.select().from(calls).where(eq(calls.id, callId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertCall(db: Executor, values: NewCall): Promise<Call> {
  const [row] = await db.insert(calls).values(values).returning();
  if (!row) throw new Error('calls insert returned no row');
  return row;
}

/** Updates the call if it still has `version` (then bumps it); null when someone saved in between. */
export async function updateCall(
  db: Executor,
  callId: string,
  version: number,
  values: Partial<NewCall>,
): Promise<Call | null> {
  const [row] = await db
    .update(calls)
    .set({ ...values, version: version + 1 })
    .where(and(eq(calls.id, callId), eq(calls.version, version)))
    .returning();
  return row ?? null;
}

export async function setCallPriorities(db: Executor, callId: string, priorityIds: readonly string[]): Promise<void> {
  await db.delete(callPriorities).where(eq(callPriorities.callId, callId));
  if (priorityIds.length > 0) {
    await db.insert(callPriorities).values(priorityIds.map((priorityId) => ({ callId, priorityId })));
  }
}

export interface CallPriorityRow {
  callId: string;
  id: string;
  code: string;
  title: string;
}

/** The priorities of each call, in code order. */
export async function prioritiesOfCalls(db: Executor, callIds: readonly string[]): Promise<CallPriorityRow[]> {
  if (callIds.length === 0) return [];
  const rows = await db
    .select({ callId: callPriorities.callId, id: priorities.id, code: priorities.code, title: priorities.title })
    .from(callPriorities)
    .innerJoin(priorities, eq(priorities.id, callPriorities.priorityId))
    .where(inArray(callPriorities.callId, [...callIds]));
  return rows.sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true }));
}

/** The priorities of the funder's strategies, with whether they may still be chosen. */
export async function prioritiesOfFunder(db: Executor, funderId: string) {
  const rows = await db
    .select({
      id: priorities.id,
      code: priorities.code,
      title: priorities.title,
      active: priorities.active,
      strategy: strategies.name,
    })
    .from(priorities)
    .innerJoin(strategies, eq(strategies.id, priorities.strategyId))
    .where(eq(strategies.funderId, funderId));
  return rows.sort(
    (a, b) => a.strategy.localeCompare(b.strategy, 'sv') || a.code.localeCompare(b.code, 'sv', { numeric: true }),
  );
}

export async function appropriationsOfFunder(db: Executor, funderId: string) {
  return db
    .select({
      id: appropriations.id,
      code: appropriations.code,
      name: appropriations.name,
      expenditureArea: appropriations.expenditureArea,
    })
    .from(appropriations)
    .where(eq(appropriations.funderId, funderId))
    .orderBy(asc(appropriations.expenditureArea), asc(appropriations.code));
}

export async function findAppropriation(db: Executor, appropriationId: string) {
  const [row] = await db
    .select({
      id: appropriations.id,
      funderId: appropriations.funderId,
      code: appropriations.code,
      name: appropriations.name,
      expenditureArea: appropriations.expenditureArea,
    })
    .from(appropriations)
    .where(eq(appropriations.id, appropriationId));
  return row ?? null;
}

/** Applications made to each call: registered ones and drafts still being written (withdrawn not counted). */
export async function applicationCounts(db: Executor, callIds: readonly string[]) {
  const out = new Map<string, { applications: number; drafts: number }>();
  if (callIds.length === 0) return out;
  const rows = await db
    .select({ callId: cases.callId, status: cases.status, n: count() })
    .from(cases)
    .where(and(inArray(cases.callId, [...callIds]), eq(cases.kind, 'application')))
    .groupBy(cases.callId, cases.status);
  for (const r of rows) {
    if (!r.callId || r.status === 'withdrawn') continue;
    const entry = out.get(r.callId) ?? { applications: 0, drafts: 0 };
    if (r.status === 'draft') entry.drafts += r.n;
    else entry.applications += r.n;
    out.set(r.callId, entry);
  }
  return out;
}

/** A funder's calls, newest open time first. */
export async function callsOfFunders(db: Executor, funderIds: readonly string[]): Promise<Call[]> {
  if (funderIds.length === 0) return [];
  return db
    .select()
    .from(calls)
    .where(inArray(calls.funderId, [...funderIds]))
    .orderBy(desc(calls.opensAt), asc(calls.title), asc(calls.id));
}

export type PublicWhen = 'current' | 'closed';

/**
 * Published calls for everyone. 'current': open now or coming, the soonest closing first; 'closed': those
 * that closed since `closedSince`, the latest closed first.
 */
export interface PublicCallsQuery {
  when: PublicWhen;
  now: Date;
  closedSince: Date;
  funderId?: string | undefined;
}

function publishedWhere(q: PublicCallsQuery): SQL | undefined {
  const where: SQL[] = [eq(calls.status, 'published')];
  if (q.when === 'current') where.push(gt(calls.closesAt, q.now));
  else where.push(lte(calls.closesAt, q.now), gte(calls.closesAt, q.closedSince));
  if (q.funderId) where.push(eq(calls.funderId, q.funderId));
  return and(...where);
}

/** How many calls the public list has in all (for a page past the end, which has no rows to count with). */
export async function countPublishedCalls(db: Executor, q: PublicCallsQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(calls).where(publishedWhere(q));
  return row?.n ?? 0;
}

export async function publishedCalls(db: Executor, q: PublicCallsQuery & { limit: number; offset: number }) {
  const rows = await db
    .select({
      call: calls,
      funderName: organizations.name,
      committee: funders.committeeName,
      total: sql<number>`count(*) OVER ()`.mapWith(Number),
    })
    .from(calls)
    .innerJoin(funders, eq(funders.id, calls.funderId))
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(publishedWhere(q))
    .orderBy(
      ...(q.when === 'current' ? [asc(calls.closesAt)] : [desc(calls.closesAt)]),
      asc(calls.title),
      asc(calls.id),
    )
    .limit(q.limit)
    .offset(q.offset);
  return rows;
}

/** A published call with its funder's names; null for a draft or an unknown id. */
export async function findPublishedCall(db: Executor, callId: string) {
  const [row] = await db
    .select({ call: calls, funderName: organizations.name, committee: funders.committeeName })
    .from(calls)
    .innerJoin(funders, eq(funders.id, calls.funderId))
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(and(eq(calls.id, callId), eq(calls.status, 'published')));
  return row ?? null;
}

export async function organizationType(db: Executor, organizationId: string): Promise<string | null> {
  const [row] = await db
    .select({ type: organizations.type })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.type ?? null;
}

/** The funders of the organisations in which the caller holds a staff role. */
export async function funderIdsOfOrganizations(db: Executor, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select({ id: funders.id })
    .from(funders)
    .where(inArray(funders.organizationId, [...organizationIds]));
  return rows.map((r) => r.id);
}

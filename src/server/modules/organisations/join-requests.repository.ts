import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { organizationJoinRequests, organizations, users, type OrganizationJoinRequest } from '../../db/schema/index.js';

/* Queries of the requests to join an applicant organisation. */

export async function pendingRequestOf(
  db: Executor,
  userId: string,
): Promise<(OrganizationJoinRequest & { organizationName: string }) | undefined> {
  const [row] = await db
    .select({ request: organizationJoinRequests, organizationName: organizations.name })
    .from(organizationJoinRequests)
    .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
    .where(and(eq(organizationJoinRequests.userId, userId), eq(organizationJoinRequests.status, 'pending')))
    .limit(1);
  return row ? { ...row.request, organizationName: row.organizationName } : undefined;
}

export async function insertJoinRequest(
  db: Executor,
  values: { organizationId: string; userId: string; message: string | null; now: Date },
): Promise<OrganizationJoinRequest> {
  const [row] = await db
    .insert(organizationJoinRequests)
    .values({
      organizationId: values.organizationId,
      userId: values.userId,
      message: values.message,
      createdAt: values.now,
    })
    .returning();
  if (!row) throw new Error('join request insert returned no row');
  return row;
}

export interface JoinRequestRow {
  id: string;
  userId: string;
  displayName: string;
  email: string;
  message: string | null;
  createdAt: Date;
}

export async function pendingRequestsFor(db: Executor, organizationId: string): Promise<JoinRequestRow[]> {
  return db
    .select({
      id: organizationJoinRequests.id,
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      message: organizationJoinRequests.message,
      createdAt: organizationJoinRequests.createdAt,
    })
    .from(organizationJoinRequests)
    .innerJoin(users, eq(users.id, organizationJoinRequests.userId))
    .where(
      and(eq(organizationJoinRequests.organizationId, organizationId), eq(organizationJoinRequests.status, 'pending')),
    )
    .orderBy(asc(organizationJoinRequests.createdAt), asc(organizationJoinRequests.id));
}

/** The request, locked, when it is one of this organisation's; undefined otherwise. */
export async function lockJoinRequest(
  db: Executor,
  organizationId: string,
  requestId: string,
): Promise<OrganizationJoinRequest | undefined> {
  const [row] = await db
    .select()
    .from(organizationJoinRequests)
    .where(and(eq(organizationJoinRequests.id, requestId), eq(organizationJoinRequests.organizationId, organizationId)))
    .for('update');
  return row;
}

export async function decideJoinRequest(
  db: Executor,
  requestId: string,
  values: { status: 'accepted' | 'refused'; decidedBy: string; now: Date },
): Promise<void> {
  await db
    .update(organizationJoinRequests)
    .set({ status: values.status, decidedAt: values.now, decidedBy: values.decidedBy })
    .where(eq(organizationJoinRequests.id, requestId));
}

export async function deleteJoinRequest(db: Executor, requestId: string): Promise<void> {
  await db.delete(organizationJoinRequests).where(eq(organizationJoinRequests.id, requestId));
}

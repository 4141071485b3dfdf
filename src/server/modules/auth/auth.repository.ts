import { and, asc, eq, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { organizations, roleGrants, sessions, users, type NewSession, type Session } from '../../db/schema/index.js';
import type { RoleGrantView, SignedInUser } from './principal.js';
import { SESSION_IDLE_MS } from './session-token.js';

export interface LoginCandidate {
  id: string;
  passwordHash: string | null;
  active: boolean;
}

/** E-mail addresses are compared without regard to case: people type them as they like. */
export async function findLoginCandidate(db: Executor, email: string): Promise<LoginCandidate | undefined> {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row;
}

async function rolesOf(db: Executor, userId: string): Promise<RoleGrantView[]> {
  return db
    .select({ role: roleGrants.role, organizationId: roleGrants.organizationId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.role), asc(roleGrants.organizationId));
}

/** The user as login and /me show them; undefined when missing or deactivated. */
export async function loadSignedInUser(db: Executor, userId: string): Promise<SignedInUser | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      organization: { id: organizations.id, name: organizations.name },
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  if (!row) return undefined;
  return { ...row, roles: await rolesOf(db, userId) };
}

export async function findSession(db: Executor, id: string): Promise<Session | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function insertSession(db: Executor, session: NewSession): Promise<void> {
  await db.insert(sessions).values(session);
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string): Promise<boolean> {
  const gone = await db.delete(sessions).where(eq(sessions.id, id)).returning({ id: sessions.id });
  return gone.length > 0;
}

/** Housekeeping at each sign-in: a user's expired sessions go, so the table does not grow without end. */
export async function deleteExpiredSessionsOf(db: Executor, userId: string, now: Date): Promise<void> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince))));
}

export async function recordSignIn(db: Executor, userId: string, now: Date): Promise<void> {
  // Not a change of the user's data: no version bump, so an administrator's open edit is not made stale.
  await db.update(users).set({ lastSignedInAt: now }).where(eq(users.id, userId));
}

import { and, asc, eq, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  externalIdentities,
  organizations,
  roleGrants,
  sessions,
  users,
  type NewSession,
  type Session,
} from '../../db/schema/index.js';
import type { RoleGrantView, SignedInUser } from './principal.js';
import { reachOf } from './reach.js';

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
    .select({ role: roleGrants.role, organizationId: roleGrants.organizationId, capacity: roleGrants.capacity })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.role), asc(roleGrants.organizationId));
}

/** The user as login and /me show them, with what they may reach; undefined when missing or deactivated. */
export async function loadSignedInUser(db: Executor, userId: string): Promise<SignedInUser | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      installationAdmin: users.installationAdmin,
      organizationId: organizations.id,
      organizationName: organizations.name,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  // A person who has not verified their address has no session of any kind.
  if (!row || !row.emailVerifiedAt) return undefined;
  const { organizationId, organizationName, emailVerifiedAt: _verified, ...user } = row;
  const roles = await rolesOf(db, userId);
  return {
    ...user,
    organization: organizationId && organizationName !== null ? { id: organizationId, name: organizationName } : null,
    roles,
    can: reachOf({ roles, installationAdmin: user.installationAdmin }),
  };
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
export async function deleteExpiredSessionsOf(db: Executor, userId: string, now: Date, idleMs: number): Promise<void> {
  const idleSince = new Date(now.getTime() - idleMs);
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince))));
}

export async function recordSignIn(db: Executor, userId: string, now: Date): Promise<void> {
  // Not a change of the user's data: no version bump, so an administrator's open edit is not made stale.
  await db.update(users).set({ lastSignedInAt: now }).where(eq(users.id, userId));
}

/** The organisation an OIDC provider is configured for, by its organisation number. */
export async function findOrganizationIdByNumber(db: Executor, orgNumber: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.orgNumber, orgNumber));
  return row?.id;
}

export interface LinkedIdentity {
  id: string;
  userId: string;
}

export async function findExternalIdentity(
  db: Executor,
  issuer: string,
  subject: string,
): Promise<LinkedIdentity | undefined> {
  const [row] = await db
    .select({ id: externalIdentities.id, userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  return row;
}

/**
 * Links (issuer, subject) to a user. When the same identity was linked a moment ago by a concurrent
 * sign-in, the existing link wins: the answer is whichever user the identity is linked to now.
 */
export async function linkExternalIdentity(
  db: Executor,
  link: { userId: string; issuer: string; subject: string; now: Date },
): Promise<LinkedIdentity> {
  const [inserted] = await db
    .insert(externalIdentities)
    .values({
      userId: link.userId,
      issuer: link.issuer,
      subject: link.subject,
      createdAt: link.now,
      lastUsedAt: link.now,
    })
    .onConflictDoNothing({ target: [externalIdentities.issuer, externalIdentities.subject] })
    .returning({ id: externalIdentities.id, userId: externalIdentities.userId });
  if (inserted) return inserted;
  const existing = await findExternalIdentity(db, link.issuer, link.subject);
  if (!existing) throw new Error('external identity vanished between insert and select');
  return existing;
}

export async function touchExternalIdentity(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(externalIdentities).set({ lastUsedAt: now }).where(eq(externalIdentities.id, id));
}

export interface EmailMatch {
  id: string;
  organizationId: string | null;
  active: boolean;
}

/** Users with this e-mail address (compared without regard to case), wherever they belong. */
export async function findUserByEmail(db: Executor, email: string): Promise<EmailMatch | undefined> {
  const [row] = await db
    .select({ id: users.id, organizationId: users.organizationId, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row;
}

/** Gives a person a role in an organisation; giving one they already have changes nothing. */
export async function insertRoleGrant(db: Executor, values: typeof roleGrants.$inferInsert): Promise<void> {
  await db.insert(roleGrants).values(values).onConflictDoNothing();
}

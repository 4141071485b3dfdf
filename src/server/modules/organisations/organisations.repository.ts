import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  cases,
  funders,
  organizations,
  projects,
  roleGrants,
  users,
  type NewOrganization,
  type Organization,
  type User,
} from '../../db/schema/index.js';
import type { Role } from '../auth/principal.js';

/*
 * Queries of the applicant organisations: the organisation, its members (users whose organisation it is)
 * and their roles there. The requests to join are in join-requests.repository.ts.
 */

export async function findOrganization(db: Executor, id: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByNumber(db: Executor, orgNumber: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.orgNumber, orgNumber));
  return row;
}

/** Locks the organisation's row, so that two people claiming it at once are served one after the other. */
export async function lockOrganization(db: Executor, id: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

/** Inserts a new organisation; undefined when its number was registered meanwhile (the unique index). */
export async function insertOrganization(db: Executor, values: NewOrganization): Promise<Organization | undefined> {
  const [row] = await db
    .insert(organizations)
    .values(values)
    .onConflictDoNothing({ target: organizations.orgNumber })
    .returning();
  return row;
}

export async function fillContactDetails(
  db: Executor,
  id: string,
  values: { email?: string; phone?: string; postalAddress?: string; now: Date },
): Promise<void> {
  await db
    .update(organizations)
    .set({
      ...(values.email ? { email: sql`coalesce(${organizations.email}, ${values.email})` } : {}),
      ...(values.phone ? { phone: sql`coalesce(${organizations.phone}, ${values.phone})` } : {}),
      ...(values.postalAddress
        ? { postalAddress: sql`coalesce(${organizations.postalAddress}, ${values.postalAddress})` }
        : {}),
      updatedAt: values.now,
      version: sql`${organizations.version} + 1`,
    })
    .where(eq(organizations.id, id));
}

/** True when the organisation is a funder's own: its staff are the funder's, never claimed or joined. */
export async function isFunderOrganization(db: Executor, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: funders.id })
    .from(funders)
    .where(eq(funders.organizationId, organizationId))
    .limit(1);
  return row !== undefined;
}

/**
 * Whether the organisation already has a history with a funder: a case as applicant or a project as
 * owner (an imported or demo organisation that has been granted money). Such an organisation is not
 * taken over by whoever asks first; a funder it deals with invites its first administrator.
 */
export async function hasApplicantHistory(db: Executor, organizationId: string): Promise<boolean> {
  const [kase] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.applicantOrganizationId, organizationId))
    .limit(1);
  if (kase) return true;
  const [project] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.ownerOrganizationId, organizationId))
    .limit(1);
  return project !== undefined;
}

/** Whether the organisation has applied to (or been granted by) this funder: a case of it as applicant. */
export async function hasCaseWithFunder(db: Executor, organizationId: string, funderId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.applicantOrganizationId, organizationId), eq(cases.funderId, funderId)))
    .limit(1);
  return row !== undefined;
}

/** Everyone whose organisation it is, active or not, invited or not: any of them makes it "taken". */
export async function countMembers(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.organizationId, organizationId));
  return row?.n ?? 0;
}

export interface MemberRow {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  emailVerifiedAt: Date | null;
  hasPassword: boolean;
  lastSignedInAt: Date | null;
  version: number;
  roles: Role[];
}

export async function membersOf(db: Executor, organizationId: string): Promise<MemberRow[]> {
  const people = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      active: users.active,
      emailVerifiedAt: users.emailVerifiedAt,
      hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
      lastSignedInAt: users.lastSignedInAt,
      version: users.version,
    })
    .from(users)
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.displayName), asc(users.email));
  const grants = await rolesIn(
    db,
    organizationId,
    people.map((p) => p.id),
  );
  return people.map((p) => ({ ...p, roles: grants.filter((g) => g.userId === p.id).map((g) => g.role) }));
}

async function rolesIn(db: Executor, organizationId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: roleGrants.userId, role: roleGrants.role })
    .from(roleGrants)
    .where(and(eq(roleGrants.organizationId, organizationId), inArray(roleGrants.userId, userIds)))
    .orderBy(asc(roleGrants.role));
}

export async function rolesOfUserIn(db: Executor, userId: string, organizationId: string): Promise<Role[]> {
  const rows = await rolesIn(db, organizationId, [userId]);
  return rows.map((r) => r.role);
}

/** The organisation's administrators who can act on a request now: active and verified. */
export async function administratorsOf(
  db: Executor,
  organizationId: string,
): Promise<{ id: string; email: string; displayName: string }[]> {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .innerJoin(
      roleGrants,
      and(
        eq(roleGrants.userId, users.id),
        eq(roleGrants.organizationId, organizationId),
        eq(roleGrants.role, 'applicant_admin'),
      ),
    )
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true), isNotNull(users.emailVerifiedAt)))
    .orderBy(asc(users.displayName));
}

/**
 * Administrators who can act: active members who have verified their address (an invitation not yet
 * accepted does not count). The "last administrator" rule counts these.
 */
export async function countAdministrators(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.organizationId, organizationId),
        eq(roleGrants.role, 'applicant_admin'),
        eq(users.organizationId, organizationId),
        eq(users.active, true),
        isNotNull(users.emailVerifiedAt),
      ),
    );
  return row?.n ?? 0;
}

/** E-mail addresses are unique without regard to case, as people type them as they like. */
export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row?.id;
}

export async function lockUser(db: Executor, userId: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).for('update');
  return row;
}

export async function setUserOrganization(
  db: Executor,
  userId: string,
  organizationId: string | null,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ organizationId, updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}

/** A change of someone's roles is a change of the user: its version moves, so stale edits are caught. */
export async function bumpUserVersion(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}

export async function markEmailVerified(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ emailVerifiedAt: now, updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}

export async function grantRoles(
  db: Executor,
  grants: { userId: string; organizationId: string; roles: Role[]; createdBy: string; now: Date },
): Promise<void> {
  if (grants.roles.length === 0) return;
  await db
    .insert(roleGrants)
    .values(
      grants.roles.map((role) => ({
        userId: grants.userId,
        role,
        organizationId: grants.organizationId,
        createdBy: grants.createdBy,
        createdAt: grants.now,
      })),
    )
    .onConflictDoNothing();
}

export async function revokeRoles(db: Executor, userId: string, organizationId: string, roles?: Role[]): Promise<void> {
  await db
    .delete(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.organizationId, organizationId),
        ...(roles ? [inArray(roleGrants.role, roles)] : []),
      ),
    );
}

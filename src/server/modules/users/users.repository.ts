import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { funders, organizations, roleGrants, sessions, userTokens, users, type User } from '../../db/schema/index.js';
import type { Role } from '../auth/principal.js';

/** E-mail addresses are unique without regard to case, as people type them as they like. */
export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row?.id;
}

/** Whether anyone at all can sign in yet: an installation without users needs its first administrator. */
export async function hasAnyUser(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}

export async function findUser(db: Executor, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The user row locked for the rest of the transaction, so a version check and the change are one step. */
export async function lockUser(tx: Executor, id: string): Promise<User | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<User> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('users insert returned no row');
  return row;
}

export async function rolesOfUser(db: Executor, userId: string) {
  return db
    .select({ role: roleGrants.role, organizationId: roleGrants.organizationId, capacity: roleGrants.capacity })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.role));
}

export async function organizationName(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id));
  return row?.name;
}

export async function findOrganizationByNumber(db: Executor, orgNumber: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.orgNumber, orgNumber));
  return row;
}

/** Every funder with its organisation's name and number, for the command line's choice of funder. */
export async function listFundersWithOrganization(db: Executor) {
  return db
    .select({
      id: funders.id,
      organizationId: funders.organizationId,
      name: organizations.name,
      orgNumber: organizations.orgNumber,
    })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .orderBy(asc(organizations.name));
}

export async function setPassword(
  db: Executor,
  userId: string,
  values: { passwordHash: string; verifiedAt: Date | null; displayName?: string; now: Date },
): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash: values.passwordHash,
      ...(values.verifiedAt ? { emailVerifiedAt: values.verifiedAt } : {}),
      ...(values.displayName ? { displayName: values.displayName } : {}),
      updatedAt: values.now,
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, userId)));
}

/** Ends every session of the user: the next request with any of their cookies is the public's. */
export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const gone = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return gone.length;
}

export async function setUserActive(db: Executor, userId: string, active: boolean, now: Date): Promise<User> {
  const [row] = await db
    .update(users)
    .set({ active, updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId))
    .returning();
  if (!row) throw new Error('users update returned no row');
  return row;
}

/** A change of the user's roles is a change of the user: their version moves, so other open edits go stale. */
/** The title and telephone printed where the person is a letter's contact. */
export async function setContactDetails(
  db: Executor,
  userId: string,
  details: { title: string | null; phone: string | null },
): Promise<void> {
  await db.update(users).set(details).where(eq(users.id, userId));
}

export async function bumpUserVersion(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}

// Any change that could leave a funder without an administrator takes this lock first, so two
// administrators removing each other at the same moment are checked one after the other.
const ADMINISTRATOR_CHANGES_LOCK = 7_316_452_012;

export async function lockAdministratorChanges(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADMINISTRATOR_CHANGES_LOCK})`);
}

export async function grantsInOrganization(db: Executor, userId: string, organizationId: string) {
  return db
    .select({ id: roleGrants.id, role: roleGrants.role, capacity: roleGrants.capacity })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.organizationId, organizationId)))
    .orderBy(asc(roleGrants.role));
}

export async function deleteRoleGrant(db: Executor, id: string): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.id, id));
}

export async function setGrantCapacity(db: Executor, id: string, capacity: string | null): Promise<void> {
  await db.update(roleGrants).set({ capacity }).where(eq(roleGrants.id, id));
}

/**
 * The organisations (among `organizationIds`) where someone other than `exceptUserId` is an active
 * administrator who can sign in: the ones a change to `exceptUserId` cannot leave without one.
 */
export async function organizationsWithOtherActiveAdministrators(
  db: Executor,
  organizationIds: string[],
  exceptUserId: string,
): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ organizationId: roleGrants.organizationId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, 'administrator'),
        inArray(roleGrants.organizationId, organizationIds),
        ne(users.id, exceptUserId),
        eq(users.active, true),
        isNotNull(users.emailVerifiedAt),
      ),
    );
  return new Set(rows.map((r) => r.organizationId));
}

/** The funders (id, organisation, name) whose organisation is one of these. */
export async function fundersOfOrganizationIds(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: funders.id, organizationId: funders.organizationId, name: organizations.name })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(inArray(funders.organizationId, organizationIds));
}

/** Whether the user works for the organisation: it is their organisation, or they hold a role there. */
export async function belongsToOrganization(db: Executor, userId: string, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        or(
          eq(users.organizationId, organizationId),
          sql`EXISTS (SELECT 1 FROM ${roleGrants} WHERE ${roleGrants.userId} = ${users.id} AND ${roleGrants.organizationId} = ${organizationId})`,
        ),
      ),
    );
  return row !== undefined;
}

export interface StaffRow {
  id: string;
  email: string;
  displayName: string;
  title: string | null;
  phone: string | null;
  active: boolean;
  emailVerifiedAt: Date | null;
  lastSignedInAt: Date | null;
  version: number;
}

const staffColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  title: users.title,
  phone: users.phone,
  active: users.active,
  emailVerifiedAt: users.emailVerifiedAt,
  lastSignedInAt: users.lastSignedInAt,
  version: users.version,
};

/** The people who work for an organisation (their own, or holding a role there), by name. */
export async function staffOfOrganization(db: Executor, organizationId: string, userId?: string): Promise<StaffRow[]> {
  const member = or(
    eq(users.organizationId, organizationId),
    sql`EXISTS (SELECT 1 FROM ${roleGrants} WHERE ${roleGrants.userId} = ${users.id} AND ${roleGrants.organizationId} = ${organizationId})`,
  );
  return db
    .select(staffColumns)
    .from(users)
    .where(userId ? and(member, eq(users.id, userId)) : member)
    .orderBy(asc(users.displayName), asc(users.email));
}

/** The roles the given users hold in one organisation. */
export async function grantsOfUsersIn(db: Executor, userIds: string[], organizationId: string) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: roleGrants.userId, role: roleGrants.role, capacity: roleGrants.capacity })
    .from(roleGrants)
    .where(and(inArray(roleGrants.userId, userIds), eq(roleGrants.organizationId, organizationId)))
    .orderBy(asc(roleGrants.role));
}

/** Each user's newest invitation link (for "pending until …" or "expired"). */
export async function latestInvitations(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, { expiresAt: Date; usedAt: Date | null }>();
  const rows = await db
    .selectDistinctOn([userTokens.userId], {
      userId: userTokens.userId,
      expiresAt: userTokens.expiresAt,
      usedAt: userTokens.usedAt,
    })
    .from(userTokens)
    .where(and(inArray(userTokens.userId, userIds), eq(userTokens.purpose, 'invitation')))
    .orderBy(userTokens.userId, desc(userTokens.createdAt));
  return new Map(rows.map((r) => [r.userId, { expiresAt: r.expiresAt, usedAt: r.usedAt }]));
}

/** Every user of the installation with their organisation's name, for `bidra users list`. */
export async function allUsers(db: Executor) {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      title: users.title,
      organization: organizations.name,
      active: users.active,
      emailVerifiedAt: users.emailVerifiedAt,
      installationAdmin: users.installationAdmin,
      lastSignedInAt: users.lastSignedInAt,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .orderBy(asc(users.email));
}

/** Every role grant with the name of the organisation it is held in. */
export async function allRoleGrants(db: Executor) {
  return db
    .select({
      userId: roleGrants.userId,
      role: roleGrants.role,
      capacity: roleGrants.capacity,
      organizationId: roleGrants.organizationId,
      organization: organizations.name,
    })
    .from(roleGrants)
    .innerJoin(organizations, eq(organizations.id, roleGrants.organizationId))
    .orderBy(asc(roleGrants.role), asc(organizations.name));
}

/** The organisations where the user is an administrator (for the last-administrator guard). */
export async function administratorOrganizations(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ organizationId: roleGrants.organizationId })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.role, 'administrator' satisfies Role)));
  return rows.map((r) => r.organizationId);
}

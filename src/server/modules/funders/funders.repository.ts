import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  diarySequences,
  funderSettingsVersions,
  funders,
  organizations,
  roleGrants,
  users,
  type Funder,
  type FunderSettingsVersion,
  type NewFunder,
  type NewOrganization,
  type Organization,
} from '../../db/schema/index.js';

export async function findFunderById(db: Executor, id: string): Promise<Funder | undefined> {
  const [row] = await db.select().from(funders).where(eq(funders.id, id));
  return row;
}

/** The funders whose organisation is one of these, with their names. */
export async function fundersOfOrganizations(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: funders.id,
      organizationId: funders.organizationId,
      name: organizations.name,
      committee: funders.committeeName,
    })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(inArray(funders.organizationId, organizationIds))
    .orderBy(asc(organizations.name));
}

/** The funder row locked for the rest of the transaction, so the version check and the save are one step. */
export async function lockFunder(tx: Executor, id: string): Promise<Funder | undefined> {
  const [row] = await tx.select().from(funders).where(eq(funders.id, id)).for('update');
  return row;
}

export async function findFunderOfOrganization(db: Executor, organizationId: string): Promise<Funder | undefined> {
  const [row] = await db.select().from(funders).where(eq(funders.organizationId, organizationId));
  return row;
}

export async function insertFunder(db: Executor, values: NewFunder): Promise<Funder> {
  const [row] = await db.insert(funders).values(values).returning();
  if (!row) throw new Error('funders insert returned no row');
  return row;
}

export async function updateFunder(db: Executor, id: string, values: Partial<NewFunder>): Promise<Funder> {
  const [row] = await db
    .update(funders)
    .set({ ...values, version: sql`${funders.version} + 1` })
    .where(eq(funders.id, id))
    .returning();
  if (!row) throw new Error('funders update returned no row');
  return row;
}

export async function findOrganization(db: Executor, id: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByNumber(db: Executor, orgNumber: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.orgNumber, orgNumber));
  return row;
}

export async function insertOrganization(db: Executor, values: NewOrganization): Promise<Organization> {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error('organizations insert returned no row');
  return row;
}

export async function updateOrganization(
  db: Executor,
  id: string,
  values: Partial<NewOrganization>,
): Promise<Organization> {
  const [row] = await db
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1` })
    .where(eq(organizations.id, id))
    .returning();
  if (!row) throw new Error('organizations update returned no row');
  return row;
}

export async function insertSettingsVersion(
  db: Executor,
  values: typeof funderSettingsVersions.$inferInsert,
): Promise<FunderSettingsVersion> {
  const [row] = await db.insert(funderSettingsVersions).values(values).returning();
  if (!row) throw new Error('funder_settings_versions insert returned no row');
  return row;
}

/** Every saved version of a funder's settings, newest first, with the name of who saved it. */
export async function settingsVersionsOf(db: Executor, funderId: string) {
  return db
    .select({
      version: funderSettingsVersions.version,
      settings: funderSettingsVersions.settings,
      changedAt: funderSettingsVersions.changedAt,
      changedByName: users.displayName,
    })
    .from(funderSettingsVersions)
    .leftJoin(users, eq(users.id, funderSettingsVersions.changedByUserId))
    .where(eq(funderSettingsVersions.funderId, funderId))
    .orderBy(desc(funderSettingsVersions.version));
}

const NOT_STAFF = ['applicant', 'applicant_admin'] as const;

/** The active people who work for the funder (any staff role in its organisation): its possible contacts. */
export async function staffOfOrganization(db: Executor, organizationId: string) {
  return db
    .selectDistinct({ id: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(
      and(
        eq(roleGrants.organizationId, organizationId),
        notInArray(roleGrants.role, [...NOT_STAFF]),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
}

/** The last diary sequence number used by the funder in a year (0 before the first case). */
export async function lastDiarySequence(db: Executor, funderId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ lastSeq: diarySequences.lastSeq })
    .from(diarySequences)
    .where(and(eq(diarySequences.funderId, funderId), eq(diarySequences.year, year)));
  return row?.lastSeq ?? 0;
}

/** Gives a person the organisation they work for, unless they already have one. True when it was set. */
export async function setUserOrganizationIfNone(
  db: Executor,
  userId: string,
  organizationId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ organizationId, updatedAt: now, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, userId), isNull(users.organizationId)))
    .returning({ id: users.id });
  return rows.length > 0;
}

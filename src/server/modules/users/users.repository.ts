import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { organizations, roleGrants, users, type User } from '../../db/schema/index.js';

/** E-mail addresses are unique without regard to case, as people type them as they like. */
export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row?.id;
}

export async function findUser(db: Executor, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<User> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('users insert returned no row');
  return row;
}

export async function insertRoleGrant(db: Executor, values: typeof roleGrants.$inferInsert): Promise<void> {
  await db.insert(roleGrants).values(values).onConflictDoNothing();
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

import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { applicationVersions, caseMessages, cases, roleGrants, users } from '../../db/schema/index.js';

type NewCaseMessage = typeof caseMessages.$inferInsert;

export async function listMessages(db: Executor, caseId: string) {
  return db
    .select({
      message: caseMessages,
      authorName: users.displayName,
      authorOrganizationId: users.organizationId,
    })
    .from(caseMessages)
    .innerJoin(users, eq(users.id, caseMessages.authorUserId))
    .where(eq(caseMessages.caseId, caseId))
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
}

export async function findMessage(db: Executor, id: string) {
  const [row] = await db.select().from(caseMessages).where(eq(caseMessages.id, id));
  return row ?? null;
}

export async function insertMessage(db: Executor, values: NewCaseMessage) {
  const [row] = await db.insert(caseMessages).values(values).returning();
  if (!row) throw new Error('case_messages insert returned no row');
  return row;
}

/** The case's completion requests not yet answered by a new submission, oldest first. */
export async function openCompletionRequests(db: Executor, caseId: string) {
  return db
    .select()
    .from(caseMessages)
    .where(
      and(
        eq(caseMessages.caseId, caseId),
        eq(caseMessages.kind, 'completion_request'),
        isNull(caseMessages.answeredAt),
      ),
    )
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
}

export async function answersTo(db: Executor, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(caseMessages)
    .where(and(eq(caseMessages.kind, 'completion_answer'), inArray(caseMessages.replyToId, requestIds)))
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
}

export async function markAnswered(db: Executor, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await db.update(caseMessages).set({ answeredAt: at }).where(inArray(caseMessages.id, ids));
}

/** Open completion requests of an organisation's cases, for its "my cases" page. */
export async function openRequestsOfOrganization(db: Executor, organizationId: string) {
  return db
    .select({ message: caseMessages, kase: cases })
    .from(caseMessages)
    .innerJoin(cases, eq(cases.id, caseMessages.caseId))
    .where(
      and(
        eq(cases.applicantOrganizationId, organizationId),
        eq(cases.status, 'draft'),
        eq(caseMessages.kind, 'completion_request'),
        isNull(caseMessages.answeredAt),
      ),
    )
    .orderBy(asc(caseMessages.dueDate), asc(caseMessages.createdAt));
}

/** The addresses of the organisation's active applicants, who are told about their cases. */
export async function applicantEmails(db: Executor, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(
      and(eq(roleGrants.organizationId, organizationId), eq(roleGrants.role, 'applicant'), eq(users.active, true)),
    );
  return rows.map((r) => r.email).sort();
}

export async function activeUserEmails(db: Executor, userIds: (string | null | undefined)[]): Promise<string[]> {
  const ids = [...new Set(userIds.filter((id): id is string => typeof id === 'string'))];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  return rows.map((r) => r.email).sort();
}

export async function latestApplicationVersion(db: Executor, caseId: string) {
  const [row] = await db
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.caseId, caseId))
    .orderBy(desc(applicationVersions.versionNo))
    .limit(1);
  return row ?? null;
}

export async function insertApplicationVersion(db: Executor, values: typeof applicationVersions.$inferInsert) {
  const [row] = await db.insert(applicationVersions).values(values).returning();
  if (!row) throw new Error('application_versions insert returned no row');
  return row;
}

/** Moves the case to `status` if it is still at `version`; false when someone changed it first. */
export async function setCaseStatus(
  db: Executor,
  caseId: string,
  version: number,
  status: (typeof cases.$inferSelect)['status'],
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(cases)
    .set({ status, updatedAt: at, version: version + 1 })
    .where(and(eq(cases.id, caseId), eq(cases.version, version)))
    .returning({ id: cases.id });
  return rows.length === 1;
}

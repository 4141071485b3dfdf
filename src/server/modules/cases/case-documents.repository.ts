import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { caseDocuments, cases, documents, type CaseDocument } from '../../db/schema/index.js';

/** The case and, when it is a later matter of a project, its parent: where its documents are registered. */
export async function registryCaseOf(
  db: Executor,
  caseId: string,
): Promise<{ id: string; parentCaseId: string | null; diaryNumber: string | null } | undefined> {
  const [row] = await db
    .select({ id: cases.id, parentCaseId: cases.parentCaseId, diaryNumber: cases.diaryNumber })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row;
}

/**
 * Takes the case's next document number: one UPDATE … RETURNING in the caller's transaction, so two
 * documents registered at the same moment never get the same number (the row lock orders them).
 */
export async function takeDocumentNumber(
  tx: Executor,
  caseId: string,
): Promise<{ number: number; diaryNumber: string | null }> {
  const [row] = await tx
    .update(cases)
    .set({ lastDocumentNumber: sql`${cases.lastDocumentNumber} + 1` })
    .where(eq(cases.id, caseId))
    .returning({ number: cases.lastDocumentNumber, diaryNumber: cases.diaryNumber });
  if (!row) throw new Error(`case ${caseId} not found for a document number`);
  return row;
}

export async function insertCaseDocument(
  tx: Executor,
  values: typeof caseDocuments.$inferInsert,
): Promise<CaseDocument> {
  const [row] = await tx.insert(caseDocuments).values(values).returning();
  if (!row) throw new Error('case document insert returned no row');
  return row;
}

export interface CaseDocumentRow extends CaseDocument {
  filename: string | null;
  mediaType: string | null;
}

/** The case's documents in the order registered (handlingsförteckning), with the stored file's name. */
export async function listCaseDocuments(db: Executor, caseId: string): Promise<CaseDocumentRow[]> {
  const rows = await db
    .select({ doc: caseDocuments, filename: documents.filename, mediaType: documents.mediaType })
    .from(caseDocuments)
    .leftJoin(documents, eq(documents.id, caseDocuments.documentId))
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.number));
  return rows.map((r) => ({ ...r.doc, filename: r.filename, mediaType: r.mediaType }));
}

/** The document a decision was registered as, if any (a decision is registered once, with its letter). */
export async function documentOfDecision(db: Executor, decisionId: string): Promise<CaseDocument | undefined> {
  const [row] = await db.select().from(caseDocuments).where(eq(caseDocuments.decisionId, decisionId)).limit(1);
  return row;
}

/**
 * The one diary number of the case in a query over `cases`: its parent's (the project's case) for a later
 * matter, else its own — the domain's `matterDiaryNumber` in SQL, for lists that must not load case by case.
 */
// Qualified by hand: in a query over `cases` alone Drizzle leaves column names unqualified, and the inner
// table would capture them.
export const matterDiaryNumberSql = sql<
  string | null
>`coalesce((select parent.diary_number from cases parent where parent.id = ${sql.raw('"cases"."parent_case_id"')}), ${sql.raw('"cases"."diary_number"')})`;

/** The one diary number a case is known by (see `matterDiaryNumber`). */
export async function matterDiaryNumberOf(db: Executor, caseId: string | null): Promise<string | null> {
  if (!caseId) return null;
  const [row] = await db.select({ n: matterDiaryNumberSql }).from(cases).where(eq(cases.id, caseId));
  return row?.n ?? null;
}

/**
 * The project's own case, where its later matters are registered: its application case, else (a commission,
 * imported data) its oldest case without a parent. Null for a project with no case at all.
 */
export async function projectCaseIdOf(db: Executor, projectId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.projectId, projectId), isNull(cases.parentCaseId)))
    .orderBy(sql`${cases.kind} <> 'application'`, asc(cases.createdAt), asc(cases.id))
    .limit(1);
  return row?.id ?? null;
}

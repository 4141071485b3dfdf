import { eq } from 'drizzle-orm';
import {
  documentReference,
  registryCaseId,
  today,
  type CaseDocumentKind,
  type Clock,
  type DocumentDirection,
  type LocalDate,
} from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Executor } from '../../../db/client.js';
import { caseDocuments, type CaseDocument } from '../../../db/schema/index.js';
import {
  documentOfDecision,
  insertCaseDocument,
  projectCaseIdOf,
  registryCaseOf,
  takeDocumentNumber,
} from '../case-documents.repository.js';

export interface RegisterCaseDocumentInput {
  /** The case the document arose in: the project's case itself or one of its later matters (a child case). */
  caseId: string;
  kind: CaseDocumentKind;
  title: string;
  direction: DocumentDirection;
  /** The day it arrived or was drawn up; today by default. */
  registeredOn?: LocalDate | undefined;
  decisionId?: string | null | undefined;
  documentId?: string | null | undefined;
}

export interface RegisteredCaseDocument {
  document: CaseDocument;
  /** The one diary number it is registered under (the project's case's), null before that case has one. */
  diaryNumber: string | null;
  /** "REGAC - 317 - 2022, handling 7". */
  reference: string | null;
}

/**
 * Registers a document in a case, inside the caller's transaction, with its audit event. A document of a
 * later matter (a child case: an amendment or payment request …) is registered in the project's own case,
 * numbered there, and remembers the child case as its source; the child case gets no number of its own.
 */
export async function registerCaseDocument(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  input: RegisterCaseDocumentInput,
): Promise<RegisteredCaseDocument> {
  const origin = await registryCaseOf(tx, input.caseId);
  if (!origin) throw new Error(`case ${input.caseId} not found`);
  const registryId = registryCaseId(origin);
  const { number, diaryNumber } = await takeDocumentNumber(tx, registryId);
  const document = await insertCaseDocument(tx, {
    caseId: registryId,
    number,
    kind: input.kind,
    title: input.title,
    direction: input.direction,
    sourceCaseId: registryId === origin.id ? null : origin.id,
    decisionId: input.decisionId ?? null,
    documentId: input.documentId ?? null,
    registeredOn: input.registeredOn ?? today(clock),
    registeredAt: clock.now(),
    registeredByUserId: actor.userId,
  });
  await appendAudit(tx, clock, actor, {
    action: 'case_document.registered',
    entityType: 'case',
    entityId: registryId,
    after: {
      number,
      kind: document.kind,
      title: document.title,
      direction: document.direction,
      sourceCaseId: document.sourceCaseId,
      decisionId: document.decisionId,
      documentId: document.documentId,
      registeredOn: document.registeredOn,
    },
  });
  return { document, diaryNumber, reference: diaryNumber ? documentReference(diaryNumber, number) : null };
}

/**
 * Registers an approved decision (out) with its stored letter, once: a decision already registered only
 * gets its letter attached when it had none (the letter is stored after the decision was registered).
 */
export async function registerDecisionDocument(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  decision: { id: string; caseId: string; decisionDate: string | null },
  title: string,
  letterDocumentId: string | null,
): Promise<void> {
  const existing = await documentOfDecision(tx, decision.id);
  if (existing) {
    if (letterDocumentId && !existing.documentId) {
      await tx.update(caseDocuments).set({ documentId: letterDocumentId }).where(eq(caseDocuments.id, existing.id));
      await appendAudit(tx, clock, actor, {
        action: 'case_document.file_attached',
        entityType: 'case',
        entityId: existing.caseId,
        before: { number: existing.number, documentId: null },
        after: { number: existing.number, documentId: letterDocumentId },
      });
    }
    return;
  }
  await registerCaseDocument(tx, clock, actor, {
    caseId: decision.caseId,
    kind: 'decision',
    title,
    direction: 'out',
    registeredOn: (decision.decisionDate as LocalDate | null) ?? undefined,
    decisionId: decision.id,
    documentId: letterDocumentId,
  });
}

/**
 * Registers a document that belongs to a project rather than to a case of its own (a progress or final
 * report, a recovery) in the project's own case. A project without any case (none in this installation)
 * has nowhere to register it: nothing is written and null is returned.
 */
export async function registerProjectDocument(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  projectId: string,
  input: Omit<RegisterCaseDocumentInput, 'caseId'>,
): Promise<RegisteredCaseDocument | null> {
  const caseId = await projectCaseIdOf(tx, projectId);
  if (!caseId) return null;
  return registerCaseDocument(tx, clock, actor, { ...input, caseId });
}

import { today, type Clock } from '../../../domain/index.js';
import type { Actor } from '../../audit/audit.js';
import type { Executor } from '../../db/client.js';
import type { DocumentStore } from '../document-store.js';
import { registerDecisionDocument } from '../../modules/cases/use-cases/register-case-document.js';
import { storeDocument } from '../store-document.js';
import { loadDecisionLetterData, type DecisionLetterData } from './letter-data.js';
import { renderDecisionLetterPdf } from './render-decision-letter.js';

export interface ProducedLetter {
  documentId: string;
  sha256: string;
  bytes: Buffer;
}

/** "Beslut om stöd DVIS 2023-11-06.pdf": what a person sees in a download list or an e-mail. */
export function letterFilename(d: DecisionLetterData): string {
  const project = d.project.acronym ?? d.project.name;
  return `${d.heading.title} ${project} ${d.decisionDate}.pdf`.replace(/[/\\\p{Cc}]/gu, '-');
}

/**
 * The letter a draft would get if approved today, marked "UTKAST" (the officer previews it while drafting,
 * docs/domain/life-of-a-grant.md, "4. Decision"). Nothing is stored: the letter of record is produced by the approval.
 */
export async function previewDecisionLetter(
  db: Executor,
  clock: Clock,
  decisionId: string,
): Promise<{ bytes: Buffer; filename: string }> {
  const data = await loadDecisionLetterData(db, decisionId, { previewDate: today(clock) });
  return { bytes: await renderDecisionLetterPdf(data, { preview: true }), filename: `UTKAST ${letterFilename(data)}` };
}

/**
 * Renders the letter of a decision from its stored record and stores it as a document of its case and
 * project, in the caller's transaction, and registers it in the project's case (handlingsförteckning). It does not touch the decision: the approval use case puts
 * `document_id` and `document_sha256` into the same UPDATE that approves it (an approved decision is
 * immutable), so call this first, inside that transaction, with the decision date already set.
 */
export async function produceDecisionLetter(
  tx: Executor,
  store: DocumentStore,
  clock: Clock,
  actor: Actor,
  decisionId: string,
): Promise<ProducedLetter> {
  const data = await loadDecisionLetterData(tx, decisionId);
  const bytes = await renderDecisionLetterPdf(data);
  const document = await storeDocument(tx, store, clock, actor, {
    bytes,
    filename: letterFilename(data),
    mediaType: 'application/pdf',
    kind: 'decision_letter',
    caseId: data.caseId,
    projectId: data.projectId,
    createdBy: actor.userId,
  });
  // The decision and its letter are an outgoing document of the project's case, under its one diary number.
  await registerDecisionDocument(
    tx,
    clock,
    actor,
    { id: data.decisionId, caseId: data.caseId, decisionDate: data.decisionDate },
    data.heading.title,
    document.id,
  );
  return { documentId: document.id, sha256: document.sha256, bytes };
}

import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../../domain/index.js';
import type { Actor } from '../../audit/audit.js';
import type { Executor } from '../../db/client.js';
import { documents, type Document } from '../../db/schema/index.js';
import { sha256Hex, type DocumentStore } from '../document-store.js';
import { storeDocument } from '../store-document.js';
import { renderMinutesExtractPdf, type MinutesExtractData } from './render-minutes-extract.js';

export const MINUTES_EXTRACT_KIND = 'minutes_extract';

/** "Protokollsutdrag 2023-03-01 § 1 DOVI.pdf". */
export function extractFilename(d: MinutesExtractData, subject: string): string {
  const paragraph = d.paragraph === null ? '' : ` § ${d.paragraph}`;
  return `Protokollsutdrag ${d.meetingDate}${paragraph} ${subject}.pdf`.replace(/[/\\\p{Cc}]/gu, '-');
}

/**
 * Renders the extract and stores it in the document store with its sha256, once: an extract is drawn
 * from a held meeting's fixed record and renders to the same bytes every time, so a second request finds
 * the document already stored (by kind and sha256) and hands it back instead of storing a copy.
 */
export async function produceMinutesExtract(
  tx: Executor,
  store: DocumentStore,
  clock: Clock,
  actor: Actor,
  data: MinutesExtractData,
  o: { subject: string; caseId?: string | null; projectId?: string | null },
): Promise<{ document: Document; bytes: Buffer; created: boolean }> {
  const bytes = await renderMinutesExtractPdf(data);
  const sha256 = sha256Hex(bytes);
  const [existing] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.kind, MINUTES_EXTRACT_KIND), eq(documents.sha256, sha256)))
    .orderBy(asc(documents.createdAt))
    .limit(1);
  if (existing) return { document: existing, bytes, created: false };
  const document = await storeDocument(tx, store, clock, actor, {
    bytes,
    filename: extractFilename(data, o.subject),
    mediaType: 'application/pdf',
    kind: MINUTES_EXTRACT_KIND,
    caseId: o.caseId ?? null,
    projectId: o.projectId ?? null,
    createdBy: actor.userId,
  });
  return { document, bytes, created: true };
}

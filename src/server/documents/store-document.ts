import type { Clock } from '../../domain/index.js';
import { appendAudit, type Actor } from '../audit/audit.js';
import type { Executor } from '../db/client.js';
import { documents, type Document } from '../db/schema/index.js';
import type { DocumentKind } from './document-kinds.js';
import type { DocumentStore } from './document-store.js';

export interface StoreDocumentInput {
  bytes: Buffer;
  /** The name offered on download, e.g. "Beslut om stöd DVIS 2023-11-06.pdf". */
  filename: string;
  mediaType: string;
  /** What the document is (document-kinds.ts). */
  kind: DocumentKind;
  caseId?: string | null;
  projectId?: string | null;
  createdBy?: string | null;
}

// A filename is shown to people and sent in Content-Disposition: no paths, no control characters.
const BAD_FILENAME = /[/\\\p{Cc}]/u;

/**
 * Stores the bytes, then records them: the `documents` row and its audit event, in the caller's
 * transaction. The bytes are written first and outside the transaction; if it rolls back, the store
 * keeps an unreferenced blob, which is harmless (content-addressed, identical bytes reuse it) and can
 * be swept later — whereas a row pointing at bytes that were never written could not be repaired.
 */
export async function storeDocument(
  tx: Executor,
  store: DocumentStore,
  clock: Clock,
  actor: Actor,
  input: StoreDocumentInput,
): Promise<Document> {
  const filename = input.filename.trim();
  if (filename === '' || BAD_FILENAME.test(filename)) {
    throw new RangeError(`not a usable filename: ${JSON.stringify(input.filename)}`);
  }
  if (input.mediaType.trim() === '' || input.kind.trim() === '')
    throw new RangeError('mediaType and kind are required');

  const stored = await store.put(input.bytes);
  const [row] = await tx
    .insert(documents)
    .values({
      sha256: stored.sha256,
      filename,
      mediaType: input.mediaType,
      sizeBytes: stored.sizeBytes,
      storageKey: stored.storageKey,
      kind: input.kind,
      caseId: input.caseId ?? null,
      projectId: input.projectId ?? null,
      createdBy: input.createdBy ?? null,
      createdAt: clock.now(),
    })
    .returning();
  if (!row) throw new Error('documents insert returned no row');
  await appendAudit(tx, clock, actor, {
    action: 'document.stored',
    entityType: 'document',
    entityId: row.id,
    after: row,
  });
  return row;
}

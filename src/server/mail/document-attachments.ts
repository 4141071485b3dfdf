import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { documents } from '../db/schema/index.js';
import type { DocumentStore } from '../documents/document-store.js';
import type { AttachmentLoader } from './sender.js';

/** Attachments of outgoing mail are stored documents: the row names the file, the store holds the bytes. */
export function documentAttachmentLoader(db: Executor, store: DocumentStore): AttachmentLoader {
  return async (documentId) => {
    const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
    if (!doc) throw new Error(`attachment ${documentId} does not exist`);
    return { filename: doc.filename, contentType: doc.mediaType, content: await store.get(doc.storageKey) };
  };
}

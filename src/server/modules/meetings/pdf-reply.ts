import type { FastifyReply } from 'fastify';
import type { Document } from '../../db/schema/index.js';
import type { DocumentStore } from '../../documents/document-store.js';

/** A PDF answer, shown inline under its name, with the sha256 of a stored document when there is one. */
export function sendPdf(reply: FastifyReply, bytes: Buffer, filename: string, sha256?: string) {
  reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`);
  if (sha256) reply.header('x-content-sha256', sha256);
  return reply.send(bytes);
}

/** A stored document's bytes, checked against their sha256 by the store. */
export async function sendStored(reply: FastifyReply, store: DocumentStore, document: Document) {
  return sendPdf(reply, await store.get(document.storageKey), document.filename, document.sha256);
}

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../tests/support/app.js';
import { createTestDatabase } from '../../../tests/support/db.js';
import type { Database } from '../db/client.js';
import { LocalDiskDocumentStore } from '../documents/document-store.js';
import { storeDocument } from '../documents/store-document.js';
import { documentAttachmentLoader } from './document-attachments.js';

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bidra-attach-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('attachments of outgoing mail', () => {
  it('come from the document store with the stored name and type', async () => {
    const store = new LocalDiskDocumentStore(dir);
    const bytes = Buffer.from('%PDF-1.7 beslut');
    const doc = await database.db.transaction((tx) =>
      storeDocument(
        tx,
        store,
        testClock,
        { userId: null, label: 'test' },
        { bytes, filename: 'Beslut om stöd.pdf', mediaType: 'application/pdf', kind: 'decision_letter' },
      ),
    );
    const load = documentAttachmentLoader(database.db, store);
    expect(await load(doc.id)).toEqual({
      filename: 'Beslut om stöd.pdf',
      contentType: 'application/pdf',
      content: bytes,
    });
  });

  it('fail clearly for a document that does not exist (the sender then retries later)', async () => {
    const load = documentAttachmentLoader(database.db, new LocalDiskDocumentStore(dir));
    await expect(load('00000000-0000-4000-8000-000000000000')).rejects.toThrow(/does not exist/);
  });
});

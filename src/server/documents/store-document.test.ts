import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../tests/support/app.js';
import { createTestDatabase } from '../../../tests/support/db.js';
import { systemActor, verifyAuditChain } from '../audit/audit.js';
import type { Database } from '../db/client.js';
import { auditEvents, documents } from '../db/schema/index.js';
import { LocalDiskDocumentStore, sha256Hex } from './document-store.js';
import { storeDocument } from './store-document.js';

let database: Database;
let baseDir: string;
let store: LocalDiskDocumentStore;
beforeAll(async () => {
  database = await createTestDatabase();
  baseDir = await mkdtemp(path.join(tmpdir(), 'bidra-store-document-'));
  store = new LocalDiskDocumentStore(baseDir);
});
afterAll(async () => {
  await database.close();
  await rm(baseDir, { recursive: true, force: true });
});

const actor = systemActor('test');
const bytes = Buffer.from('%PDF-1.3\nprotokoll\n%%EOF\n');

describe('storing a document', () => {
  it('writes the bytes, the documents row and a "document.stored" audit event', async () => {
    const row = await database.db.transaction((tx) =>
      storeDocument(tx, store, testClock, actor, {
        bytes,
        filename: 'Protokoll 2023-12-07.pdf',
        mediaType: 'application/pdf',
        kind: 'minutes_extract',
      }),
    );
    expect(row).toMatchObject({
      sha256: sha256Hex(bytes),
      sizeBytes: bytes.length,
      filename: 'Protokoll 2023-12-07.pdf',
      mediaType: 'application/pdf',
      kind: 'minutes_extract',
      caseId: null,
      projectId: null,
      createdBy: null,
      createdAt: testClock.now(),
    });
    expect((await store.get(row.storageKey)).equals(bytes)).toBe(true);

    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row.id));
    expect(event).toMatchObject({ action: 'document.stored', entityType: 'document', actorLabel: 'test' });
    expect(event?.after).toMatchObject({ sha256: row.sha256, storageKey: row.storageKey, kind: 'minutes_extract' });
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('leaves neither row nor audit event when the transaction rolls back', async () => {
    const before = await database.db.select().from(documents);
    await expect(
      database.db.transaction(async (tx) => {
        await storeDocument(tx, store, testClock, actor, {
          bytes: Buffer.from('rullas tillbaka'),
          filename: 'x.pdf',
          mediaType: 'application/pdf',
          kind: 'attachment',
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await database.db.select().from(documents)).toHaveLength(before.length);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it.each(['', '   ', '../beslut.pdf', 'a\\b.pdf', 'rad\nbrytning.pdf'])(
    'refuses the filename %j',
    async (filename) => {
      await expect(
        database.db.transaction((tx) =>
          storeDocument(tx, store, testClock, actor, {
            bytes,
            filename,
            mediaType: 'application/pdf',
            kind: 'attachment',
          }),
        ),
      ).rejects.toThrow(RangeError);
    },
  );
});

import os from 'node:os';
import path from 'node:path';
import { LocalDiskDocumentStore, type DocumentStore } from '../../src/server/documents/document-store.js';
import { systemActor } from '../../src/server/audit/audit.js';
import { fixedClock } from '../../src/server/clock.js';
import type { Database } from '../../src/server/db/client.js';
import { hashPassword } from '../../src/server/modules/auth/passwords.js';
import { loadDemoPortfolio } from '../../src/server/seed/load-demo.js';
import * as demo from '../../src/server/seed/demo-data.js';

// Kept apart from app.ts (which imports vitest's `inject`) so the run's global set-up can seed a template.

export const testClock = fixedClock('2026-11-24T09:00:00Z');

/** Every seeded demo user signs in with this password in tests. */
export const TEST_PASSWORD = 'test-password-for-bidra';

// Hashed once per process (argon2id is slow on purpose), shared by every user.
let testPasswordHash: Promise<string> | undefined;

/** Where the app keeps letters when a test gives no store of its own (as createApp's default). */
export const defaultTestDocumentStore = (): DocumentStore =>
  new LocalDiskDocumentStore(path.join(os.tmpdir(), 'bidra-documents'));

/**
 * Loads the demo portfolio; every demo user's password is TEST_PASSWORD. The demo's letters of record go
 * to `store` (by default where the test app reads them).
 */
export async function seedDemo(database: Database, store: DocumentStore = defaultTestDocumentStore()): Promise<void> {
  const passwordHash = await (testPasswordHash ??= hashPassword(TEST_PASSWORD));
  const users = (Object.keys(demo.people) as (keyof typeof demo.people)[]).map((key) => ({ key, passwordHash }));
  await database.db.transaction((tx) => loadDemoPortfolio(tx, testClock, systemActor('test-seed'), users, store));
}

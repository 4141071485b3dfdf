import os from 'node:os';
import path from 'node:path';
import { LocalDiskDocumentStore, type DocumentStore } from '../../src/server/documents/document-store.js';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../src/domain/index.js';
import { createApp, type AppDeps } from '../../src/server/app.js';
import { fixedClock } from '../../src/server/clock.js';
import type { Database } from '../../src/server/db/client.js';
import { systemActor } from '../../src/server/audit/audit.js';
import { hashPassword } from '../../src/server/modules/auth/passwords.js';
import { loadDemoPortfolio } from '../../src/server/seed/load-demo.js';
import * as demo from '../../src/server/seed/demo-data.js';
import { createTestDatabase } from './db.js';

export const testClock = fixedClock('2026-11-24T09:00:00Z');

/** Every seeded demo user signs in with this password in tests. */
export const TEST_PASSWORD = 'test-password-for-bidra';

/** A clock a test can move forward (session expiry, rate-limit windows). */
export interface AdjustableClock extends Clock {
  advance(ms: number): void;
}

export function adjustableClock(iso = '2026-11-24T09:00:00Z'): AdjustableClock {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
  };
}

// Hashed once per test file (argon2id is slow on purpose), shared by every user of the file.
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

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A real app on a fresh database of its own, optionally with the demo portfolio. */
export async function createTestApp(
  options: {
    seed?: boolean;
    clock?: Clock;
    documentStore?: DocumentStore;
    /** Anything else createApp takes (session lifetimes, public URL, upload limit). */
    app?: Partial<Omit<AppDeps, 'database' | 'clock'>>;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.seed) await seedDemo(database, options.documentStore ?? defaultTestDocumentStore());
  const app = await createApp({
    database,
    clock: options.clock ?? testClock,
    logLevel: false,
    ...(options.documentStore ? { documentStore: options.documentStore } : {}),
    ...options.app,
  });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface TestLogin {
  /** `bidra_session=…`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
  /** Cookie and x-csrf-token together: spread into `app.inject({ headers })` for any request. */
  headers: Record<string, string>;
}

/** Signs a seeded user in (e.g. `demo.people.officer.email`) and returns what later requests need. */
export async function loginAs(app: FastifyInstance, email: string): Promise<TestLogin> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'bidra_session');
  if (!session) throw new Error(`login as ${email} set no bidra_session cookie`);
  const cookie = `bidra_session=${session.value}`;
  const { csrfToken } = res.json<{ csrfToken: string }>();
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

import type { DocumentStore } from '../../src/server/documents/document-store.js';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../src/domain/index.js';
import { createApp, type AppDeps } from '../../src/server/app.js';
import type { Database } from '../../src/server/db/client.js';
import { createTestDatabase } from './db.js';
import { defaultTestDocumentStore, seedDemo, testClock, TEST_PASSWORD } from './demo-seed.js';

export { defaultTestDocumentStore, seedDemo, testClock, TEST_PASSWORD };

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
  // The demo with the default letter store is copied from the run's seeded template; a test with a letter
  // store of its own seeds its copy itself, so the demo's letters of record land in that store.
  const fromTemplate = options.seed === true && !options.documentStore;
  const database = await createTestDatabase({ demo: fromTemplate });
  if (options.seed && !fromTemplate) await seedDemo(database, options.documentStore);
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

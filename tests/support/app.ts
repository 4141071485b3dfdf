import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/server/app.js';
import { fixedClock } from '../../src/server/clock.js';
import type { Database } from '../../src/server/db/client.js';
import { systemActor } from '../../src/server/audit/audit.js';
import { loadDemoPortfolio } from '../../src/server/seed/load-demo.js';
import * as demo from '../../src/server/seed/demo-data.js';
import { createTestDatabase } from './db.js';

export const testClock = fixedClock('2026-11-24T09:00:00Z');

/** Loads the demo portfolio with throwaway password hashes (hashing is not what these tests are about). */
export async function seedDemo(database: Database): Promise<void> {
  const users = (Object.keys(demo.people) as (keyof typeof demo.people)[]).map((key) => ({
    key,
    passwordHash: 'test-hash',
  }));
  await database.db.transaction((tx) => loadDemoPortfolio(tx, testClock, systemActor('test-seed'), users));
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A real app on a fresh database of its own, optionally with the demo portfolio. */
export async function createTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.seed) await seedDemo(database);
  const app = await createApp({ database, clock: testClock, logLevel: false });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

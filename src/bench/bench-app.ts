import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Clock } from '../domain/index.js';
import { createApp } from '../server/app.js';
import { appendAudit, systemActor } from '../server/audit/audit.js';
import { queryRows, type Database, type Db } from '../server/db/client.js';
import * as schema from '../server/db/schema/index.js';
import { LocalDiskDocumentStore } from '../server/documents/document-store.js';
import { hashPassword } from '../server/modules/auth/passwords.js';
import { FUNDERS } from './portfolio/vocabulary.js';

/** The same database with a counter of the SQL statements sent through it (drizzle's query logger). */
export function countingDatabase(database: Database): { database: Database; statements: () => number } {
  let n = 0;
  const logger = { logQuery: () => void n++ };
  const client = (database.db as unknown as { $client: unknown }).$client;
  const db =
    database.kind === 'pglite'
      ? drizzlePglite(client as PGlite, { schema, logger })
      : drizzlePg(client as pg.Pool, { schema, logger });
  return { database: { ...database, db }, statements: () => n };
}

/** A signed-in user's headers for `app.inject`: the session cookie and the CSRF token. */
export type SessionHeaders = Record<string, string>;

export interface BenchTargets {
  funderIds: string[];
  /** Cases of the officer's funder, for the case page. */
  caseIds: string[];
  /** Granted projects of the applicant's organisation, for the payment-request write. */
  projectIds: string[];
  officer: { userId: string; headers: SessionHeaders };
  applicant: { userId: string; headers: SessionHeaders };
}

export interface BenchApp {
  app: FastifyInstance;
  /** The floor: a minimal route of the same framework, measured the same way. */
  floorApp: FastifyInstance;
  database: Database;
  statements: () => number;
  targets: BenchTargets;
  close(): Promise<void>;
}

async function signIn(app: FastifyInstance, email: string, password: string): Promise<SessionHeaders> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const session = res.cookies.find((c) => c.name === 'bidra_session');
  if (res.statusCode !== 200 || !session)
    throw new Error(`bench sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  return { cookie: `bidra_session=${session.value}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

/**
 * Two users made for the run, with a password that exists only in this process: a case officer of the
 * first funder (inbox, dashboard, case page) and an applicant of the organisation with the most granted
 * projects of that funder (the payment-request write). Their creation is audited like any user's.
 */
async function benchUsers(db: Db, clock: Clock, password: string) {
  const [funder] = await queryRows<{ id: string; organization_id: string }>(
    db,
    sql`SELECT f.id, f.organization_id FROM funders f JOIN organizations o ON o.id = f.organization_id
        ORDER BY (o.name = ${FUNDERS[0].name}) DESC, o.name LIMIT 1`,
  );
  if (!funder) throw new Error('the bench portfolio has no funder');
  const [owner] = await queryRows<{ org: string }>(
    db,
    sql`SELECT p.owner_organization_id AS org FROM projects p
        JOIN cases c ON c.project_id = p.id AND c.kind = 'application'
        JOIN funders f ON f.id = c.funder_id
        WHERE p.granted_ore IS NOT NULL AND p.owner_organization_id <> f.organization_id
        GROUP BY p.owner_organization_id
        ORDER BY count(*) FILTER (WHERE c.funder_id = ${funder.id} AND p.status = 'active') DESC, count(*) DESC, 1
        LIMIT 1`,
  );
  if (!owner) throw new Error('the bench portfolio has no granted project of an organisation other than a funder');
  const passwordHash = await hashPassword(password);
  const make = async (
    email: string,
    displayName: string,
    role: 'case_officer' | 'applicant',
    organizationId: string,
  ) => {
    const [user] = await db
      .insert(schema.users)
      .values({ email, displayName, passwordHash, organizationId })
      .returning({ id: schema.users.id });
    await db.insert(schema.roleGrants).values({ userId: user!.id, role, organizationId });
    await appendAudit(db, clock, systemActor('bidra bench'), {
      action: 'user.created',
      entityType: 'user',
      entityId: user!.id,
      after: { email, displayName, role, organizationId },
    });
    return { userId: user!.id, email };
  };
  const officer = await make('handlaggare@bench.example', 'Bänk Handläggare', 'case_officer', funder.organization_id);
  const applicant = await make('sokande@bench.example', 'Bänk Sökande', 'applicant', owner.org);
  const caseIds = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM cases WHERE funder_id = ${funder.id} ORDER BY id LIMIT 100`,
  );
  const projectIds = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM projects WHERE owner_organization_id = ${owner.org} AND granted_ore IS NOT NULL
        ORDER BY (status = 'active') DESC, id LIMIT 50`,
  );
  return {
    funderIds: [funder.id],
    caseIds: caseIds.map((r) => r.id),
    projectIds: projectIds.map((r) => r.id),
    officer,
    applicant,
  };
}

/** The application as `bidra serve` builds it, on the loaded database, with its bench users signed in. */
export async function createBenchApp(loaded: Database, clock: Clock, documentsDir?: string): Promise<BenchApp> {
  const counted = countingDatabase(loaded);
  const app = await createApp({
    database: counted.database,
    clock,
    logLevel: false,
    documentStore: new LocalDiskDocumentStore(documentsDir ?? path.join(os.tmpdir(), 'bidra-bench-documents')),
  });
  const floorApp = Fastify({ logger: false });
  floorApp.get('/floor', () => ({ status: 'ok' }));
  floorApp.post('/floor', (_request, reply) => reply.status(201).send({ status: 'ok' }));
  await floorApp.ready();
  try {
    const password = randomBytes(24).toString('base64url');
    const users = await benchUsers(loaded.db, clock, password);
    const targets: BenchTargets = {
      ...users,
      officer: { userId: users.officer.userId, headers: await signIn(app, users.officer.email, password) },
      applicant: { userId: users.applicant.userId, headers: await signIn(app, users.applicant.email, password) },
    };
    return {
      app,
      floorApp,
      database: counted.database,
      statements: counted.statements,
      targets,
      close: async () => {
        await app.close();
        await floorApp.close();
      },
    };
  } catch (error) {
    await app.close();
    await floorApp.close();
    throw error;
  }
}

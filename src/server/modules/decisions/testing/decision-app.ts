// A test app with a document store in a temp dir of its own, the demo portfolio, and sign-ins.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loginAs, testClock, TEST_PASSWORD } from '../../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../../tests/support/db.js';
import { createApp } from '../../../app.js';
import type { Database } from '../../../db/client.js';
import { LocalDiskDocumentStore } from '../../../documents/document-store.js';
import { hashPassword } from '../../auth/passwords.js';
import { demoFixtures, makeApplicantOfOtherOrganization } from './case-builder.js';

export type Headers = Record<string, string>;

export interface DecisionTestApp {
  app: FastifyInstance;
  database: Database;
  fixtures: Awaited<ReturnType<typeof demoFixtures>>;
  officer: Headers;
  chair: Headers;
  /** The head of unit (verksamhetschef), who holds the demo delegation order's points. */
  head: Headers;
  /** The funder's administrator (keeps the delegation order). */
  admin: Headers;
  applicant: Headers;
  otherApplicant: Headers;
  /** The e-mail address the other organisation's applicant signs in with. */
  otherApplicantEmail: string;
  close(): Promise<void>;
}

export async function createDecisionTestApp(): Promise<DecisionTestApp> {
  const database = await createTestDatabase({ demo: true });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bidra-decisions-'));
  const app = await createApp({
    database,
    clock: testClock,
    logLevel: false,
    documentStore: new LocalDiskDocumentStore(dir),
  });
  const fixtures = await demoFixtures(database.db);
  const other = await makeApplicantOfOtherOrganization(database.db, await hashPassword(TEST_PASSWORD));
  const [officer, chair, head, admin, applicant, otherApplicant] = await Promise.all([
    loginAs(app, 'handlaggare@regionvasterbotten.example'),
    loginAs(app, 'ordforande@regionvasterbotten.example'),
    loginAs(app, 'verksamhetschef@regionvasterbotten.example'),
    loginAs(app, 'admin@regionvasterbotten.example'),
    loginAs(app, 'sokande@umu.example'),
    loginAs(app, other.email),
  ]);
  return {
    app,
    database,
    fixtures,
    officer: officer.headers,
    chair: chair.headers,
    head: head.headers,
    admin: admin.headers,
    applicant: applicant.headers,
    otherApplicant: otherApplicant.headers,
    otherApplicantEmail: other.email,
    close: async () => {
      await app.close();
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Kronor to öre, for readable amounts in tests. */
export const kr = (n: number): number => n * 100;

/** Text without non-breaking spaces (formatted amounts use them). */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

/**
 * What makes a draft the chair's urgent decision (kommunallagen 6 kap. 39 §): the only way the chair decides
 * alone, bound by no point's limit (the demo's DVIS).
 */
export const urgent = {
  authority: 'urgent',
  delegationPoint: null,
  urgencyGround:
    'Medfinansieringen måste beslutas före programmets sista ansökningsdag, före nämndens nästa sammanträde.',
  urgencyConsulted: 'nämndens presidium',
  urgencyConsultedOn: '2026-11-20',
} as const;

// The app the amendment tests drive: the demo portfolio with DOVI as before seed 001, its beneficiary,
// the officer and the head of unit signed in, and the request → decision → approval of seed 001 replayed.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { loginAs, testClock, TEST_PASSWORD } from '../../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../../tests/support/db.js';
import { createApp } from '../../../app.js';
import type { Database } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { LocalDiskDocumentStore } from '../../../documents/document-store.js';
import { doviRevisedPlan } from '../../../seed/demo-data.js';
import { hashPassword } from '../../auth/passwords.js';
import { makeApplicantOfOtherOrganization } from '../../decisions/testing/case-builder.js';
import { doviBeforeItsAmendment, makeDoviBeneficiary } from './dovi.js';

export type Headers = Record<string, string>;

export interface AmendmentTestApp {
  app: FastifyInstance;
  database: Database;
  dovi: Awaited<ReturnType<typeof doviBeforeItsAmendment>>;
  beneficiary: Headers;
  officer: Headers;
  headOfUnit: Headers;
  headOfUnitId: string;
  otherApplicant: Headers;
  inject(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Headers,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createAmendmentTestApp(): Promise<AmendmentTestApp> {
  const database = await createTestDatabase({ demo: true });
  const dovi = await doviBeforeItsAmendment(database);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const beneficiary = await makeDoviBeneficiary(database, passwordHash);
  const other = await makeApplicantOfOtherOrganization(database.db, passwordHash);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bidra-amendments-'));
  const app = await createApp({
    database,
    clock: testClock,
    logLevel: false,
    documentStore: new LocalDiskDocumentStore(dir),
  });
  const [b, officer, head, o] = await Promise.all([
    loginAs(app, beneficiary.email),
    loginAs(app, 'handlaggare@regionvasterbotten.example'),
    loginAs(app, 'verksamhetschef@regionvasterbotten.example'),
    loginAs(app, other.email),
  ]);
  const [headUser] = await database.db
    .select()
    .from(s.users)
    .where(eq(s.users.email, 'verksamhetschef@regionvasterbotten.example'));
  return {
    app,
    database,
    dovi,
    beneficiary: b.headers,
    officer: officer.headers,
    headOfUnit: head.headers,
    headOfUnitId: headUser!.id,
    otherApplicant: o.headers,
    inject: (method, url, headers, payload) =>
      app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) }),
    close: async () => {
      await app.close();
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Seed 001's revised plan in the API's shape (öre). */
export const doviRevisedActivities = () =>
  doviRevisedPlan.map((a) => ({
    number: a.number,
    title: a.title,
    start: a.start,
    end: a.end,
    costOre: a.costSek === null ? null : a.costSek * 100,
  }));

export const DOVI_MOTIVATION =
  'Projektet har initialt försenats på grund av problem med upphandling och har drabbats av sjukskrivningar.';

/** The beneficiary's request of seed 001, submitted: six months more with the revised plan. */
export async function submitDoviExtension(t: AmendmentTestApp): Promise<{ caseId: string; diaryNumber: string }> {
  const created = await t.inject('POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, t.beneficiary, {
    content: { extendMonths: 6, activities: doviRevisedActivities(), motivation: DOVI_MOTIVATION },
  });
  expect(created.statusCode, created.body).toBe(201);
  const view = created.json<{ caseId: string; version: number }>();
  const submitted = await t.inject('POST', `/api/v1/amendment-requests/${view.caseId}/submit`, t.beneficiary, {
    version: view.version,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { caseId: view.caseId, diaryNumber: submitted.json<{ diaryNumber: string }>().diaryNumber };
}

/** The officer's draft from the request, decided by the head of unit on delegation. */
export async function draftDoviDecision(t: AmendmentTestApp, caseId: string, over: Record<string, unknown> = {}) {
  const res = await t.inject('POST', `/api/v1/amendment-requests/${caseId}/decision`, t.officer, {
    decidedBy: t.headOfUnitId,
    delegationPoint: '1.3',
    reasons:
      'Region Västerbotten följer huvudfinansiär Tillväxtverkets beslut om att förlänga projektperioden med sex månader, till den 31 augusti 2026.',
    recipients: ['projektledare@dovi.example'],
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ decision: { id: string; version: number } }>().decision;
}

/** Request, draft, proposal and approval of seed 001's extension; returns the amendment decision's id. */
export async function replayDoviExtension(t: AmendmentTestApp): Promise<{ decisionId: string; caseId: string }> {
  const { caseId } = await submitDoviExtension(t);
  const decision = await draftDoviDecision(t, caseId);
  const proposed = await t.inject('POST', `/api/v1/decisions/${decision.id}/propose`, t.officer);
  expect(proposed.statusCode, proposed.body).toBe(200);
  const approved = await t.inject('POST', `/api/v1/decisions/${decision.id}/approve`, t.headOfUnit, {});
  expect(approved.statusCode, approved.body).toBe(200);
  return { decisionId: decision.id, caseId };
}

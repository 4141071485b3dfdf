import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/server/db/schema/index.js';
import { makeAppropriation, makeSubmittedCase } from '../../src/server/modules/decisions/testing/case-builder.js';
import { loginAs, TEST_PASSWORD } from '../support/app.js';
import { hashPassword } from '../../src/server/modules/auth/passwords.js';
import {
  createDecisionTestApp,
  kr,
  type DecisionTestApp,
  type Headers,
} from '../../src/server/modules/decisions/testing/decision-app.js';

/*
 * Every route of the API that names something by id, read from the OpenAPI document (so a route added
 * later is swept too, and one with an id nobody here knows fails the sweep until it is added), tried
 * with the real ids of an approved grant, of the funder's settings, users and a draft call, and of an
 * applicant organisation's members and requests — and with guessed ones — by three outsiders: an
 * applicant of another organisation who is also that organisation's administrator, and the
 * administrator (with every staff role) of another funder. The answers must be the same for real and
 * guessed ids: the caller learns nothing, not even that the thing exists, and nothing is read or changed.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
interface Route {
  method: Method;
  path: string;
}

let t: DecisionTestApp;
let routes: Route[];
const real: Record<string, string> = {};
let otherFunderAdmin: Headers;
let otherOrganizationAdmin: Headers;

beforeAll(async () => {
  t = await createDecisionTestApp();
  const db = t.database.db;
  const kase = await makeSubmittedCase(db, { funderId: t.fixtures.funder.id, organizationId: t.fixtures.umu.id });
  await db.update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  const a = await makeAppropriation(db, { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(5_000_000) });
  const inject = (method: Method, url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, {
    kind: 'grant',
    amountOre: kr(100_000),
    maxShareBp: 5000,
    approvedCostsOre: kr(200_000),
    period: { start: '2027-01-01', end: '2027-12-31' },
    legalBasis: ['2003:596'],
    appropriationId: a.id,
    recipients: ['projekt@umu.example'],
    decidedBy: t.fixtures.head.id,
    delegationPoint: '1.1',
  });
  const decisionId = created.json<{ id: string }>().id;
  expect((await inject('POST', `/api/v1/decisions/${decisionId}/propose`, t.officer)).statusCode).toBe(200);
  const approved = await inject('POST', `/api/v1/decisions/${decisionId}/approve`, t.head, {});
  expect(approved.statusCode, approved.body).toBe(200);
  real.caseId = kase.id;
  real.id = decisionId;
  real.emailId = approved.json<{ emailId: string }>().emailId;
  Object.assign(real, await administrationIds(t, kase.id));
  // The funder's delegation order (the decision above was approved under its point 1.1).
  const [order] = await db
    .select({ id: s.delegationOrders.id })
    .from(s.delegationOrders)
    .where(eq(s.delegationOrders.funderId, t.fixtures.funder.id));
  real.orderId = order!.id;
  ({ otherFunderAdmin, otherOrganizationAdmin } = await outsiders(t));

  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  routes = Object.entries(doc.paths)
    // Public routes answer everyone by design (and show only what is published).
    .filter(([p]) => p.startsWith('/api/v1/') && !p.startsWith('/api/v1/public/') && /\{\w+\}/.test(p))
    .flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
        .map((m) => ({ method: m.toUpperCase() as Method, path: p })),
    );
});
afterAll(async () => {
  await t.close();
});

const fill = (path: string, ids: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no id for {${name}} in ${path}`);
    return id;
  });

const call = (r: Route, ids: Record<string, string>, headers: Headers) =>
  t.app.inject({
    method: r.method,
    url: fill(r.path, ids),
    headers,
    ...(r.method === 'GET' ? {} : { payload: {} }),
  });

describe('no route reveals or changes another organisation’s case', () => {
  it('covers every id-bearing route of the API', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    // The sweep is only as good as its list: these must be in it.
    for (const expected of [
      'GET /api/v1/applications/{caseId}',
      'PUT /api/v1/applications/{caseId}',
      'GET /api/v1/cases/{caseId}/timeline',
      'GET /api/v1/cases/{caseId}/workspace',
      'PUT /api/v1/cases/{caseId}/officer',
      'GET /api/v1/cases/{caseId}/emails',
      'GET /api/v1/decisions/{id}',
      'POST /api/v1/decisions/{id}/approve',
      'GET /api/v1/decisions/{id}/letter.pdf',
      'PUT /api/v1/funders/{funderId}/settings',
      'POST /api/v1/funders/{funderId}/users',
      'PUT /api/v1/funders/{funderId}/users/{userId}/roles',
      'POST /api/v1/funders/{funderId}/users/{userId}/disable',
      'PUT /api/v1/calls/{callId}',
      'GET /api/v1/attachments/{attachmentId}',
      'POST /api/v1/organizations/{organizationId}/join-requests/{requestId}/accept',
      'GET /api/v1/organizations/{organizationId}/members',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(routes.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['an applicant of another organisation', () => t.otherApplicant],
    ['the administrator of another applicant organisation', () => otherOrganizationAdmin],
    ['the administrator (and every staff role) of another funder', () => otherFunderAdmin],
  ])('answers %s the same for real and guessed ids, and never 2xx', async (_who, headers) => {
    const guessed = Object.fromEntries(Object.keys(real).map((name) => [name, randomUUID()]));
    const before = await t.database.db.select().from(s.auditEvents);
    for (const r of routes) {
      const withReal = await call(r, real, headers());
      const withGuess = await call(r, guessed, headers());
      const label = `${r.method} ${r.path}: ${withReal.body}`;
      expect(withReal.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(withReal.statusCode, label).toBe(withGuess.statusCode);
      expect(withReal.json<{ code: string }>().code, label).toBe(withGuess.json<{ code: string }>().code);
    }
    // Nothing was changed by any of it.
    const after = await t.database.db.select().from(s.auditEvents);
    expect(after.length).toBe(before.length);
  });

  it('lets nobody change the approved decision, whatever their role', async () => {
    const [decision] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, real.id!));
    for (const headers of [t.officer, t.chair, t.applicant, t.otherApplicant]) {
      for (const [method, url] of [
        ['PUT', `/api/v1/decisions/${real.id}`],
        ['POST', `/api/v1/decisions/${real.id}/approve`],
        ['POST', `/api/v1/decisions/${real.id}/propose`],
        ['POST', `/api/v1/decisions/${real.id}/return`],
      ] as const) {
        const res = await t.app.inject({
          method,
          url,
          headers,
          payload: method === 'PUT' ? { kind: 'grant', amountOre: 1, version: decision!.version } : {},
        });
        expect([403, 404, 409], `${method} ${url}: ${res.body}`).toContain(res.statusCode);
      }
    }
    const [after] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, real.id!));
    expect(after).toEqual(decision);
  });
});

/** Real ids of the funder's administration and of an applicant organisation, for the sweep. */
async function administrationIds(app: DecisionTestApp, caseId: string): Promise<Record<string, string>> {
  const db = app.database.db;
  const funder = app.fixtures.funder;
  const [strategy] = await db.select().from(s.strategies).where(eq(s.strategies.funderId, funder.id));
  const [aspect] = await db.select().from(s.assessmentAspects).where(eq(s.assessmentAspects.funderId, funder.id));
  const [appropriation] = await db.select().from(s.appropriations).where(eq(s.appropriations.funderId, funder.id));
  const [programme] = await db
    .insert(s.programmes)
    .values({ funderId: funder.id, name: 'Sveparens program' })
    .returning();
  const [project] = await db
    .select({ id: s.projects.id })
    .from(s.projects)
    .where(eq(s.projects.ownerOrganizationId, app.fixtures.umu.id));
  // A draft call: not public, so nobody outside the funder may learn that it exists.
  const [call] = await db
    .insert(s.calls)
    .values({
      funderId: funder.id,
      title: 'Utlysning under arbete',
      opensAt: new Date('2027-01-01T00:00:00Z'),
      closesAt: new Date('2027-03-31T21:59:00Z'),
    })
    .returning();
  const upload = await app.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/attachments?filename=underlag.pdf`,
    headers: { ...app.officer, 'content-type': 'application/octet-stream' },
    payload: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const [person] = await db
    .insert(s.users)
    .values({
      email: `vill-in-${randomUUID()}@regionvasterbotten.example`,
      displayName: 'Vill In',
      organizationId: null,
    })
    .returning();
  const [request] = await db
    .insert(s.organizationJoinRequests)
    .values({ organizationId: app.fixtures.umu.id, userId: person!.id })
    .returning();
  return {
    funderId: funder.id,
    userId: app.fixtures.officer.id,
    strategyId: strategy!.id,
    aspectId: aspect!.id,
    appropriationId: appropriation!.id,
    programmeId: programme!.id,
    projectId: project!.id,
    callId: call!.id,
    attachmentId: upload.json<{ id: string }>().id,
    organizationId: app.fixtures.umu.id,
    requestId: request!.id,
  };
}

/**
 * The outsiders: the other organisation's applicant becomes its administrator too, and a second funder
 * gets an administrator who also holds every other staff role there.
 */
async function outsiders(
  app: DecisionTestApp,
): Promise<{ otherFunderAdmin: Headers; otherOrganizationAdmin: Headers }> {
  const db = app.database.db;
  const [applicant] = await db.select().from(s.users).where(eq(s.users.email, app.otherApplicantEmail));
  await db
    .insert(s.roleGrants)
    .values({ userId: applicant!.id, role: 'applicant_admin', organizationId: applicant!.organizationId! });
  const [org] = await db
    .insert(s.organizations)
    .values({ name: 'Region Annanstans', orgNumber: '232100-0016', type: 'region' })
    .returning();
  await db.insert(s.funders).values({
    organizationId: org!.id,
    committeeName: 'Regionala utvecklingsnämnden',
    diaryNumberFormat: 'RUN {year}/{seq}',
  });
  const [admin] = await db
    .insert(s.users)
    .values({
      email: 'admin@annanstans.example',
      displayName: 'Annan Administratör',
      organizationId: org!.id,
      passwordHash: await hashPassword(TEST_PASSWORD),
    })
    .returning();
  for (const role of [
    'administrator',
    'case_officer',
    'decision_maker',
    'finance_officer',
    'communications',
  ] as const) {
    await db.insert(s.roleGrants).values({ userId: admin!.id, role, organizationId: org!.id });
  }
  const funderAdmin = await loginAs(app.app, admin!.email);
  const orgAdmin = await loginAs(app.app, app.otherApplicantEmail);
  return { otherFunderAdmin: funderAdmin.headers, otherOrganizationAdmin: orgAdmin.headers };
}

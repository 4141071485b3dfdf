import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/server/db/schema/index.js';
import { makeAppropriation, makeSubmittedCase } from '../../src/server/modules/decisions/testing/case-builder.js';
import {
  createDecisionTestApp,
  kr,
  type DecisionTestApp,
  type Headers,
} from '../../src/server/modules/decisions/testing/decision-app.js';

/*
 * Every route of the API that names a case, a decision or a message by id, read from the OpenAPI
 * document (so a route added later is swept too), tried by an applicant of another organisation with
 * the real ids of an approved grant and with guessed ones. The answers must be the same for both: the
 * caller learns nothing, not even that the case exists, and nothing is read or changed.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
interface Route {
  method: Method;
  path: string;
}

let t: DecisionTestApp;
let routes: Route[];
const real: Record<string, string> = {};

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
    recipients: ['projekt@umu.bidra.example'],
    decidedBy: t.fixtures.chair.id,
    delegationPoint: '1.1',
  });
  const decisionId = created.json<{ id: string }>().id;
  expect((await inject('POST', `/api/v1/decisions/${decisionId}/propose`, t.officer)).statusCode).toBe(200);
  const approved = await inject('POST', `/api/v1/decisions/${decisionId}/approve`, t.chair, {});
  expect(approved.statusCode, approved.body).toBe(200);
  real.caseId = kase.id;
  real.id = decisionId;
  real.emailId = approved.json<{ emailId: string }>().emailId;

  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  routes = Object.entries(doc.paths)
    .filter(([p]) => p.startsWith('/api/v1/') && /\{(caseId|id|emailId)\}/.test(p))
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
    ]) {
      expect(paths).toContain(expected);
    }
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  it('answers an applicant of another organisation the same for real and guessed ids, and never 2xx', async () => {
    const guessed = { caseId: randomUUID(), id: randomUUID(), emailId: randomUUID() };
    const before = await t.database.db.select().from(s.auditEvents);
    for (const r of routes) {
      const withReal = await call(r, real, t.otherApplicant);
      const withGuess = await call(r, guessed, t.otherApplicant);
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

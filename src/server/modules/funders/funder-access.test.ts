import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { createFunderTestApp, type FunderTestApp, type Headers } from './testing/funder-app.js';

/*
 * Every route under /funders/{funderId}, read from the OpenAPI document so that a route added later is
 * swept too: a signed-out caller gets 401; another funder's administrator, and the funder's own staff
 * without the administrator role, get 404 exactly as for an id that does not exist; an id of one funder
 * under another funder's path is 404 as well; and none of it changes anything.
 */

type Method = 'GET' | 'POST' | 'PUT';
interface Route {
  method: Method;
  path: string;
}

let t: FunderTestApp;
let routes: Route[];
let otherAdmin: Headers;
let officer: Headers;
const demo: Record<string, string> = {};
let otherFunderId = '';
const bodies = new Map<string, object>();

beforeAll(async () => {
  t = await createFunderTestApp({ seed: true });
  const db = t.database.db;
  const [funder] = await db.select().from(s.funders).where(eq(s.funders.committeeName, 'Regionala utvecklingsnämnden'));
  demo.funderId = funder!.id;
  demo.strategyId = (await db.select().from(s.strategies).where(eq(s.strategies.funderId, funder!.id)))[0]!.id;
  demo.aspectId = (
    await db.select().from(s.assessmentAspects).where(eq(s.assessmentAspects.funderId, funder!.id))
  )[0]!.id;
  demo.programmeId = (await db.select().from(s.programmes).where(eq(s.programmes.funderId, funder!.id)))[0]!.id;
  demo.appropriationId = (
    await db.select().from(s.appropriations).where(eq(s.appropriations.funderId, funder!.id))
  )[0]!.id;
  demo.orderId = (await db.select().from(s.delegationOrders).where(eq(s.delegationOrders.funderId, funder!.id)))[0]!.id;

  // The installation's administrator sets up a second funder and so becomes its administrator.
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/funders',
    headers: t.installer,
    payload: {
      name: 'Region Norrbotten',
      orgNumber: '232100-0230',
      committeeName: 'Regionala utvecklingsnämnden',
      diaryNumberFormat: 'RUN {year}/{seq}',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  otherFunderId = created.json<{ funderId: string }>().funderId;
  otherAdmin = t.installer;
  officer = await t.login('handlaggare@regionvasterbotten.example');

  const settings = (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/funders/${demo.funderId}/settings`,
      headers: await t.login('admin@regionvasterbotten.example'),
    })
  ).json<Record<string, unknown>>();
  const {
    funderId: _f,
    nextDiaryNumber: _n,
    diaryYear: _y,
    nextDiarySequence: _q,
    contactPeople: _c,
    ...settingsBody
  } = settings;
  const strategy = { name: 'S', yearFrom: null, yearTo: null, priorities: [] };
  const aspect = { name: 'Ny aspekt', policy: null, active: true };
  const programme = {
    name: 'P',
    shortName: null,
    fund: null,
    mainFunder: null,
    yearFrom: null,
    yearTo: null,
    cci: null,
  };
  const appropriation = { code: '9:9', name: 'A', expenditureArea: null, item: null, years: [] };
  bodies.set('PUT /api/v1/funders/{funderId}/settings', settingsBody);
  bodies.set('POST /api/v1/funders/{funderId}/strategies', strategy);
  bodies.set('PUT /api/v1/funders/{funderId}/strategies/{strategyId}', { ...strategy, version: 1 });
  bodies.set('POST /api/v1/funders/{funderId}/aspects', aspect);
  bodies.set('PUT /api/v1/funders/{funderId}/aspects/{aspectId}', { ...aspect, version: 'x' });
  bodies.set('POST /api/v1/funders/{funderId}/programmes', programme);
  bodies.set('PUT /api/v1/funders/{funderId}/programmes/{programmeId}', { ...programme, version: 'x' });
  bodies.set('POST /api/v1/funders/{funderId}/appropriations', appropriation);
  bodies.set('PUT /api/v1/funders/{funderId}/appropriations/{appropriationId}', { ...appropriation, version: 1 });
  bodies.set('POST /api/v1/funders/{funderId}/delegation-orders', {
    validFrom: '2027-01-01',
    points: [{ number: '1.1', text: 'Beslut om stöd', decisionKinds: ['grant'] }],
  });

  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, { tags?: string[] }>>;
  }>();
  // This module's routes (tag `funders`); other modules keep theirs under /funders/{funderId} too.
  routes = Object.entries(doc.paths)
    .filter(([p]) => p.startsWith('/api/v1/funders/{funderId}'))
    .flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([m, op]) => ['get', 'post', 'put'].includes(m) && op.tags?.includes('funders'))
        .map(([m]) => ({ method: m.toUpperCase() as Method, path: p })),
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

function call(r: Route, ids: Record<string, string>, headers?: Headers) {
  const key = `${r.method} ${r.path}`;
  const payload = r.method === 'GET' ? undefined : bodies.get(key);
  if (r.method !== 'GET' && !payload) throw new Error(`no valid body for ${key}: add one to the sweep`);
  return t.app.inject({
    method: r.method,
    url: fill(r.path, ids),
    ...(headers ? { headers } : {}),
    ...(payload ? { payload } : {}),
  });
}

const guessed = () => ({
  funderId: randomUUID(),
  strategyId: randomUUID(),
  aspectId: randomUUID(),
  programmeId: randomUUID(),
  appropriationId: randomUUID(),
  orderId: randomUUID(),
});

describe('a funder’s administration answers only its own administrators', () => {
  it('covers every route of the module under /funders/{funderId}', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        'GET /api/v1/funders/{funderId}/settings',
        'PUT /api/v1/funders/{funderId}/settings',
        'GET /api/v1/funders/{funderId}/settings/versions',
        'GET /api/v1/funders/{funderId}/strategies',
        'POST /api/v1/funders/{funderId}/strategies',
        'PUT /api/v1/funders/{funderId}/strategies/{strategyId}',
        'GET /api/v1/funders/{funderId}/aspects',
        'POST /api/v1/funders/{funderId}/aspects',
        'PUT /api/v1/funders/{funderId}/aspects/{aspectId}',
        'GET /api/v1/funders/{funderId}/programmes',
        'POST /api/v1/funders/{funderId}/programmes',
        'PUT /api/v1/funders/{funderId}/programmes/{programmeId}',
        'GET /api/v1/funders/{funderId}/appropriations',
        'POST /api/v1/funders/{funderId}/appropriations',
        'PUT /api/v1/funders/{funderId}/appropriations/{appropriationId}',
        'GET /api/v1/funders/{funderId}/delegation-orders',
        'POST /api/v1/funders/{funderId}/delegation-orders',
        'GET /api/v1/funders/{funderId}/delegation-orders/{orderId}',
      ].sort(),
    );
  });

  it('answers 401 to a signed-out caller on every route', async () => {
    for (const r of routes) {
      const res = await call(r, demo);
      expect(res.statusCode, `${r.method} ${r.path}: ${res.body}`).toBe(401);
    }
  });

  it('answers another funder’s administrator and the funder’s officer as for ids that do not exist', async () => {
    const before = (await t.database.db.select().from(s.auditEvents)).length;
    for (const headers of [otherAdmin, officer]) {
      for (const r of routes) {
        const real = await call(r, demo, headers);
        const guess = await call(r, guessed(), headers);
        const label = `${r.method} ${r.path}: ${real.body}`;
        expect(real.statusCode, label).toBe(404);
        expect(guess.statusCode, label).toBe(404);
        expect(real.json<{ code: string }>().code, label).toBe(guess.json<{ code: string }>().code);
      }
    }
    expect((await t.database.db.select().from(s.auditEvents)).length).toBe(before);
  });

  it('answers 404 to one funder’s ids under another funder’s path, even for that funder’s administrator', async () => {
    const before = (await t.database.db.select().from(s.auditEvents)).length;
    for (const r of routes.filter((r) => /\{(strategy|aspect|programme|appropriation|order)Id\}/.test(r.path))) {
      const res = await call(r, { ...demo, funderId: otherFunderId }, otherAdmin);
      expect(res.statusCode, `${r.method} ${r.path}: ${res.body}`).toBe(404);
    }
    expect((await t.database.db.select().from(s.auditEvents)).length).toBe(before);
  });

  it('lets the funder’s own administrator through on the same routes (the sweep is not vacuous)', async () => {
    const res = await call({ method: 'GET', path: '/api/v1/funders/{funderId}/strategies' }, demo, otherAdmin);
    expect(res.statusCode).toBe(404);
    const own = await call(
      { method: 'GET', path: '/api/v1/funders/{funderId}/strategies' },
      { funderId: otherFunderId },
      otherAdmin,
    );
    expect(own.statusCode).toBe(200);
  });
});

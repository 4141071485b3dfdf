import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../domain/index.js';
import * as s from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestLogin } from '../../../../tests/support/app.js';
import { lastMailTo, signUpAndVerify } from './testing/accounts.js';

const orgNumber = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
const RANDOM_ID = '00000000-0000-4000-8000-000000000000';

interface Member {
  userId: string;
  displayName: string;
  email: string;
  roles: string[];
  state: string;
  lastSignedInAt: string | null;
  version: number;
}

let t: TestApp;
let anna: TestLogin; // administrator of the carpentry
let bo: TestLogin; // joins the carpentry by request
let fia: TestLogin; // administrator of another organisation
let carpentry = '';
let other = '';
let boId = '';
let fiasRequest = '';

async function registerOrganisation(who: TestLogin, nine: string, name: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organizations',
    headers: who.headers,
    payload: { orgNumber: orgNumber(nine), name, type: 'company' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ organization: { id: string } }>().organization.id;
}

async function join(who: TestLogin, organizationId: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests`,
    headers: who.headers,
    payload: {},
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ pendingRequest: { id: string } }>().pendingRequest.id;
}

const call = (who: TestLogin | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
const members = async (who: TestLogin, organizationId = carpentry) =>
  (await call(who, 'GET', `/organizations/${organizationId}/members`)).json<{ items: Member[] }>().items;
const memberNamed = async (name: string) => (await members(anna)).find((m) => m.displayName === name)!;

beforeAll(async () => {
  t = await createTestApp();
  anna = await signUpAndVerify(t.app, t.database, { email: 'anna@snickeri.example', displayName: 'Anna Andersson' });
  bo = await signUpAndVerify(t.app, t.database, { email: 'bo@snickeri.example', displayName: 'Bo Berg' });
  fia = await signUpAndVerify(t.app, t.database, { email: 'fia@smedja.example', displayName: 'Fia Fors' });
  carpentry = await registerOrganisation(anna, '559900123', 'Snickeriet i Byn AB');
  other = await registerOrganisation(fia, '559900131', 'Smedjan AB');
  const request = await join(bo, carpentry);
  expect((await call(anna, 'POST', `/organizations/${carpentry}/join-requests/${request}/accept`, {})).statusCode).toBe(
    200,
  );
  const per = await signUpAndVerify(t.app, t.database, { email: 'per@smedja.example', displayName: 'Per Persson' });
  fiasRequest = await join(per, other);
  boId = (await memberNamed('Bo Berg')).userId;
});
afterAll(() => t.close());

describe("an organisation's members", () => {
  it('are listed for the administrator with their roles, state and last sign-in', async () => {
    const list = await members(anna);
    expect(list.map((m) => [m.displayName, m.roles, m.state])).toEqual([
      ['Anna Andersson', ['applicant', 'applicant_admin'], 'active'],
      ['Bo Berg', ['applicant'], 'active'],
    ]);
    expect(list[0]!.lastSignedInAt).toBe('2026-11-24T09:00:00.000Z');
  });

  it('grow by invitation: the colleague gets a link to choose a password', async () => {
    const res = await call(anna, 'POST', `/organizations/${carpentry}/invitations`, {
      email: 'cia@snickeri.example',
      displayName: 'Cia Ceder',
      admin: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const cia = res.json<{ items: Member[] }>().items.find((m) => m.email === 'cia@snickeri.example');
    expect(cia).toMatchObject({ roles: ['applicant', 'applicant_admin'], state: 'invited', lastSignedInAt: null });
    const mail = await lastMailTo(t.database, 'cia@snickeri.example', 'Inbjudan');
    expect(mail!.subject).toContain('Snickeriet i Byn AB');
    expect(mail!.bodyText).toContain('/inbjudan?token=');
    const taken = await call(anna, 'POST', `/organizations/${carpentry}/invitations`, {
      email: 'bo@snickeri.example',
      displayName: 'Bo igen',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ details: { issues: [{ path: 'email' }] } });
  });

  it('can be made administrators and back, with the version they were read at', async () => {
    const before = await memberNamed('Bo Berg');
    const made = await call(anna, 'PATCH', `/organizations/${carpentry}/members/${boId}`, {
      version: before.version,
      administrator: true,
    });
    expect(made.statusCode, made.body).toBe(200);
    const after = await memberNamed('Bo Berg');
    expect(after.roles).toEqual(['applicant', 'applicant_admin']);
    const stale = await call(anna, 'PATCH', `/organizations/${carpentry}/members/${boId}`, {
      version: before.version,
      administrator: false,
    });
    expect(stale.statusCode).toBe(409);
    const unmade = await call(anna, 'PATCH', `/organizations/${carpentry}/members/${boId}`, {
      version: after.version,
      administrator: false,
    });
    expect(unmade.statusCode, unmade.body).toBe(200);
    expect((await memberNamed('Bo Berg')).roles).toEqual(['applicant']);
    const events = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, boId));
    expect(events.filter((e) => e.action === 'organization.member_roles_changed')).toHaveLength(2);
  });

  it('keep their last administrator: an invitation not yet accepted does not count as one', async () => {
    const me = await memberNamed('Anna Andersson');
    const unmake = await call(anna, 'PATCH', `/organizations/${carpentry}/members/${me.userId}`, {
      version: me.version,
      administrator: false,
    });
    expect(unmake.statusCode).toBe(409);
    expect(unmake.json()).toMatchObject({ code: 'organization.last_administrator' });
    const remove = await call(anna, 'POST', `/organizations/${carpentry}/members/${me.userId}/remove`, {
      version: me.version,
    });
    expect(remove.statusCode).toBe(409);
    expect(remove.json()).toMatchObject({ code: 'organization.last_administrator' });
  });

  it('can be removed: their roles there go and they belong nowhere, free to join elsewhere', async () => {
    const bob = await memberNamed('Bo Berg');
    const res = await call(anna, 'POST', `/organizations/${carpentry}/members/${boId}/remove`, {
      version: bob.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ items: Member[] }>().items.map((m) => m.displayName)).not.toContain('Bo Berg');
    const mine = await call(bo, 'GET', '/my/organization');
    expect(mine.json()).toEqual({ organization: null, roles: [], pendingRequest: null });
    const session = await call(bo, 'GET', '/auth/me');
    expect(session.json()).toMatchObject({ user: { organization: null, roles: [] } });
    expect((await call(bo, 'GET', `/organizations/${carpentry}/members`)).statusCode).toBe(404);
  });
});

describe("another organisation's administrator", () => {
  it('gets 404 on every route of this organisation, as for one that does not exist', async () => {
    const pending = await signUpAndVerify(t.app, t.database, { email: 'gun@snickeri.example', displayName: 'Gun' });
    const requestId = await join(pending, carpentry);
    const anyMember = (await memberNamed('Anna Andersson')).userId;
    const routes: [method: 'GET' | 'POST' | 'PATCH', url: string, body?: object][] = [
      ['GET', `/organizations/${carpentry}/join-requests`],
      ['POST', `/organizations/${carpentry}/join-requests/${requestId}/accept`, {}],
      ['POST', `/organizations/${carpentry}/join-requests/${requestId}/refuse`, {}],
      ['GET', `/organizations/${carpentry}/members`],
      ['POST', `/organizations/${carpentry}/invitations`, { email: 'x@smedja.example', displayName: 'X' }],
      ['PATCH', `/organizations/${carpentry}/members/${anyMember}`, { version: 1, administrator: false }],
      ['POST', `/organizations/${carpentry}/members/${anyMember}/remove`, { version: 1 }],
    ];
    for (const [method, url, body] of routes) {
      const theirs = await call(fia, method, url, body);
      expect(theirs.statusCode, `${method} ${url}`).toBe(404);
      const unknown = await call(fia, method, url.replace(carpentry, RANDOM_ID), body);
      expect(unknown.statusCode, `${method} ${url} (unknown id)`).toBe(404);
      expect(theirs.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
      expect((await call(null, method, url, body)).statusCode, `${method} ${url} signed out`).toBe(401);
    }
    // Nothing happened: the request still waits, the invitation was not made.
    const waiting = await call(anna, 'GET', `/organizations/${carpentry}/join-requests`);
    expect(waiting.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toEqual([requestId]);
    expect(await lastMailTo(t.database, 'x@smedja.example')).toBeUndefined();
  });

  it("gets 404 for this organisation's request or member through their own organisation's routes", async () => {
    const foreignRequest = await call(anna, 'POST', `/organizations/${carpentry}/join-requests/${fiasRequest}/accept`);
    expect(foreignRequest.statusCode).toBe(404);
    const annaId = (await memberNamed('Anna Andersson')).userId;
    const foreignMember = await call(fia, 'POST', `/organizations/${other}/members/${annaId}/remove`, { version: 1 });
    expect(foreignMember.statusCode).toBe(404);
    const viaOwn = await call(fia, 'PATCH', `/organizations/${other}/members/${annaId}`, {
      version: 1,
      administrator: true,
    });
    expect(viaOwn.statusCode).toBe(404);
  });

  it('is also what a member without the administrator role gets', async () => {
    const dan = await signUpAndVerify(t.app, t.database, { email: 'dan@snickeri.example', displayName: 'Dan Dahl' });
    const request = await join(dan, carpentry);
    await call(anna, 'POST', `/organizations/${carpentry}/join-requests/${request}/accept`, {});
    expect((await call(dan, 'GET', `/organizations/${carpentry}/members`)).statusCode).toBe(404);
    expect((await call(dan, 'GET', `/organizations/${carpentry}/join-requests`)).statusCode).toBe(404);
  });
});

import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions } from '../../db/schema/index.js';
import * as demo from '../../seed/demo-data.js';
import { createTestApp, loginAs, TEST_PASSWORD, type TestApp } from '../../../../tests/support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });
const me = (cookie?: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} });

interface SignedInBody {
  user: {
    id: string;
    displayName: string;
    email: string;
    organization: { id: string; name: string };
    roles: { role: string; organizationId: string }[];
  };
  csrfToken: string;
}

describe('signing in', () => {
  it('answers with the user, their organisation and roles, and a CSRF token', async () => {
    const res = await login(demo.people.officer.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json<SignedInBody>();
    expect(body.user).toMatchObject({
      displayName: demo.people.officer.name,
      email: demo.people.officer.email,
      organization: { name: 'Region Västerbotten' },
      roles: [{ role: 'case_officer' }],
    });
    expect(body.user.roles[0]!.organizationId).toBe(body.user.organization.id);
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers with what the person may reach, worked out from their roles', async () => {
    const reachOf = async (email: string) => {
      const body = (await login(email, TEST_PASSWORD)).json<{ user: { can: Record<string, boolean> } }>();
      return Object.keys(body.user.can).filter((area) => body.user.can[area]);
    };
    expect(await reachOf(demo.people.officer.email)).toEqual([
      'inbox',
      'importDocuments',
      'portfolio',
      'stateAllocations',
      'payments',
      'meetings',
    ]);
    expect(await reachOf(demo.people.chair.email)).toEqual(['inbox', 'portfolio', 'meetings']);
    expect(await reachOf(demo.people.finance.email)).toEqual([
      'portfolio',
      'stateAllocations',
      'payments',
      'recordPayments',
    ]);
    expect(await reachOf(demo.people.communications.email)).toEqual(['portfolio', 'meetings']);
    expect(await reachOf(demo.people.admin.email)).toEqual([
      'importDocuments',
      'portfolio',
      'stateAllocations',
      'admin',
    ]);
    expect(await reachOf(demo.people.applicant.email)).toEqual(['apply', 'myProjects', 'payments', 'organisation']);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site, not Secure over plain http', async () => {
    const res = await login(demo.people.finance.email, TEST_PASSWORD);
    const cookie = res.cookies.find((c) => c.name === 'bidra_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
  });

  it('does not believe x-forwarded-proto unless the app trusts a proxy', async () => {
    const res = await login(demo.people.finance.email, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(res.cookies.find((c) => c.name === 'bidra_session')?.secure).toBeUndefined();
  });

  it('ignores the case of the e-mail address', async () => {
    const res = await login(`  ${demo.people.chair.email.toUpperCase()} `, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
  });

  it('stores only a hash of the cookie token', async () => {
    const res = await login(demo.people.communications.email, TEST_PASSWORD);
    const token = res.cookies.find((c) => c.name === 'bidra_session')!.value;
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((s) => s.id === token)).toBe(false);
    expect(rows.every((s) => /^[0-9a-f]{64}$/.test(s.id))).toBe(true);
  });

  it('gives a wrong password and an unknown e-mail address the very same 401', async () => {
    const wrongPassword = await login(demo.people.admin.email, 'not-the-password');
    const unknownEmail = await login('ingen@regionvasterbotten.example', 'not-the-password');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.headers['content-type']).toMatch(/^application\/problem\+json/);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(wrongPassword.json())).toEqual(strip(unknownEmail.json()));
    expect(wrongPassword.json()).toMatchObject({
      code: 'invalid_credentials',
      detail: 'Fel e-postadress eller lösenord.',
    });
    expect(wrongPassword.cookies).toEqual([]);
  });

  it('audits successes and failures without ever recording a password', async () => {
    await login(demo.people.headOfUnit.email, 'a-wrong-guess');
    await login(demo.people.headOfUnit.email, TEST_PASSWORD);
    const events = await t.database.db.select().from(auditEvents).where(like(auditEvents.action, 'auth.%'));
    const failed = events.filter(
      (e) => e.action === 'auth.login_failed' && e.entityId === demo.people.headOfUnit.email,
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ actorUserId: null, after: { email: demo.people.headOfUnit.email } });
    const succeeded = events.filter(
      (e) => e.action === 'auth.login_succeeded' && e.actorLabel === demo.people.headOfUnit.name,
    );
    expect(succeeded.length).toBeGreaterThan(0);
    const everything = JSON.stringify(events);
    expect(everything).not.toContain('a-wrong-guess');
    expect(everything).not.toContain(TEST_PASSWORD);
  });

  it('refuses a body without a password with 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x@y.se' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
  });
});

describe('who am I', () => {
  it('answers with the same body as login when the cookie is sent', async () => {
    const res = await login(demo.people.applicant.email, TEST_PASSWORD);
    const cookie = `bidra_session=${res.cookies.find((c) => c.name === 'bidra_session')!.value}`;
    const again = await me(cookie);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(res.json());
  });

  it('answers 401 problem+json to the public', async () => {
    const res = await me();
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('answers 401 to a made-up cookie and tells the browser to drop it', async () => {
    const res = await me('bidra_session=made-up');
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((c) => c.name === 'bidra_session')?.value).toBe('');
  });
});

describe('signing out', () => {
  it('ends the session: the same cookie is refused afterwards', async () => {
    const session = await loginAs(t.app, demo.people.officer.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'bidra_session')?.value).toBe('');
    expect((await me(session.cookie)).statusCode).toBe(401);
    const audited = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.logout'));
    expect(audited.length).toBeGreaterThan(0);
  });

  it('needs the CSRF token like any other unsafe request', async () => {
    const session = await loginAs(t.app, demo.people.officer.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
    expect(out.statusCode).toBe(403);
    expect((await me(session.cookie)).statusCode).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('lists login, logout and me', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/api/v1/auth/login'] ?? {})).toContain('post');
    expect(Object.keys(doc.paths['/api/v1/auth/logout'] ?? {})).toContain('post');
    expect(Object.keys(doc.paths['/api/v1/auth/me'] ?? {})).toContain('get');
  });
});

import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema/index.js';
import * as demo from '../../seed/demo-data.js';
import { adjustableClock, createTestApp, loginAs, TEST_PASSWORD, type TestApp } from '../../../../tests/support/app.js';
import { registerAuth } from './auth.plugin.js';
import { sessionIdOf } from './session-token.js';

const clock = adjustableClock('2026-11-24T08:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true, clock });
});
afterAll(() => t.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
const lastSeen = async (cookieHeader: string) => {
  const rows = await t.database.db.select().from(sessions);
  const id = sessionIdOf(cookieHeader.replace('bidra_session=', ''));
  return rows.find((r) => r.id === id)?.lastSeenAt.toISOString();
};

describe('session lifetime', () => {
  it('ends after two hours without a request', async () => {
    const session = await loginAs(t.app, demo.people.officer.email);
    clock.advance(2 * HOUR - MINUTE);
    expect((await me(session.cookie)).statusCode).toBe(200);
    clock.advance(2 * HOUR - MINUTE);
    expect((await me(session.cookie)).statusCode).toBe(200);
    clock.advance(2 * HOUR);
    expect((await me(session.cookie)).statusCode).toBe(401);
  });

  it('ends twelve hours after sign-in however busy the user is, and the row is deleted', async () => {
    const session = await loginAs(t.app, demo.people.finance.email);
    for (let hours = 1; hours < 12; hours++) {
      clock.advance(HOUR);
      expect((await me(session.cookie)).statusCode).toBe(200);
    }
    clock.advance(HOUR);
    expect((await me(session.cookie)).statusCode).toBe(401);
    expect(await lastSeen(session.cookie)).toBeUndefined();
  });

  it('writes last_seen_at at most once a minute', async () => {
    const session = await loginAs(t.app, demo.people.chair.email);
    const signedInAt = await lastSeen(session.cookie);
    clock.advance(30_000);
    await me(session.cookie);
    expect(await lastSeen(session.cookie)).toBe(signedInAt);
    clock.advance(31_000);
    await me(session.cookie);
    expect(await lastSeen(session.cookie)).toBe(clock.now().toISOString());
  });

  it('ends at once when the user is deactivated, and a deactivated user cannot sign in', async () => {
    const session = await loginAs(t.app, demo.people.communications.email);
    await t.database.db.update(users).set({ active: false }).where(eq(users.email, demo.people.communications.email));
    expect((await me(session.cookie)).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: demo.people.communications.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    expect(again.json()).toMatchObject({ code: 'invalid_credentials' });
  });
});

describe('CSRF protection of cookie-authenticated requests', () => {
  it('refuses an unsafe request with the cookie but without x-csrf-token', async () => {
    const session = await loginAs(t.app, demo.people.admin.email);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
      expect(res.statusCode, method).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'csrf_failed', status: 403 });
    }
  });

  it('refuses a wrong token, and one from another session', async () => {
    const mine = await loginAs(t.app, demo.people.admin.email);
    const theirs = await loginAs(t.app, demo.people.headOfUnit.email);
    for (const token of ['wrong', theirs.csrfToken]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: mine.cookie, 'x-csrf-token': token },
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await me(mine.cookie)).statusCode).toBe(200);
  });

  it('lets safe requests through without the token, and login needs none', async () => {
    const session = await loginAs(t.app, demo.people.admin.email);
    expect((await me(session.cookie)).statusCode).toBe(200);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: session.cookie },
      payload: { email: demo.people.admin.email, password: TEST_PASSWORD },
    });
    expect(relogin.statusCode).toBe(200);
    // The old session is replaced, not left behind.
    expect((await me(session.cookie)).statusCode).toBe(401);
  });
});

describe('the Secure flag', () => {
  it('is set when the request came over TLS, as a trusted proxy reports it', async () => {
    // createApp does not trust proxies (yet); this app does, with the same auth registration.
    const app = Fastify({ trustProxy: true });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await registerAuth(app, { db: t.database.db, clock });
    await app.ready();
    try {
      const login = (headers: Record<string, string>) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers,
          payload: { email: demo.people.applicant.email, password: TEST_PASSWORD },
        });
      const overTls = await login({ 'x-forwarded-proto': 'https' });
      expect(overTls.cookies.find((c) => c.name === 'bidra_session')).toMatchObject({ secure: true, httpOnly: true });
      const plain = await login({});
      expect(plain.cookies.find((c) => c.name === 'bidra_session')?.secure).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('session lifetimes set by the installation', () => {
  it('end after the configured idle time and the configured absolute lifetime', async () => {
    const own = adjustableClock('2026-11-24T08:00:00Z');
    const custom = await createTestApp({
      seed: true,
      clock: own,
      app: { sessions: { idleMs: 15 * MINUTE, absoluteMs: HOUR } },
    });
    try {
      const ask = (cookie: string) => custom.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      const idle = await loginAs(custom.app, demo.people.officer.email);
      own.advance(14 * MINUTE);
      expect((await ask(idle.cookie)).statusCode).toBe(200);
      own.advance(15 * MINUTE);
      expect((await ask(idle.cookie)).statusCode).toBe(401);

      const busy = await loginAs(custom.app, demo.people.chair.email);
      for (let m = 10; m < 60; m += 10) {
        own.advance(10 * MINUTE);
        expect((await ask(busy.cookie)).statusCode).toBe(200);
      }
      own.advance(10 * MINUTE);
      expect((await ask(busy.cookie)).statusCode).toBe(401);
    } finally {
      await custom.close();
    }
  });

  it('the cookie lives exactly as long as the configured absolute lifetime', async () => {
    const custom = await createTestApp({ seed: true, app: { sessions: { idleMs: 15 * MINUTE, absoluteMs: HOUR } } });
    try {
      const res = await custom.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: demo.people.officer.email, password: TEST_PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'bidra_session')?.maxAge).toBe(3600);
    } finally {
      await custom.close();
    }
  });
});

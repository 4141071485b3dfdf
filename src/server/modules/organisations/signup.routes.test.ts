import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { adjustableClock, createTestApp, type TestApp } from '../../../../tests/support/app.js';
import { freshIp, GOOD_PASSWORD, lastMailTo, sessionOf, signUpRequest, verificationToken } from './testing/accounts.js';

const clock = adjustableClock('2026-12-01T09:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

// Every request a second later than the one before, so that "the newest mail" is never a tie.
const tick = () => clock.advance(1000);
const login = (email: string, password = GOOD_PASSWORD, ip = freshIp()) => {
  tick();
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
};
const verify = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
const resend = (email: string, ip = freshIp()) => {
  tick();
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify-email/resend',
    payload: { email },
    remoteAddress: ip,
  });
};
const userByEmail = async (email: string) =>
  (await t.database.db.select().from(s.users).where(eq(s.users.email, email)))[0];
const mailsTo = async (email: string) =>
  (await t.database.db.select().from(s.outboxEmails)).filter((m) => m.to.includes(email));

describe('signing up', () => {
  it('creates an account without organisation or role that cannot sign in until the mailed link is followed', async () => {
    const res = await signUpRequest(t.app, {
      email: 'anna@foretaget.example',
      displayName: 'Anna  Andersson',
      password: GOOD_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ email: 'anna@foretaget.example' });

    const user = await userByEmail('anna@foretaget.example');
    expect(user).toMatchObject({ displayName: 'Anna Andersson', organizationId: null, emailVerifiedAt: null });
    expect(await t.database.db.select().from(s.roleGrants).where(eq(s.roleGrants.userId, user!.id))).toEqual([]);
    const mail = await lastMailTo(t.database, 'anna@foretaget.example');
    expect(mail!.subject).toContain('Bekräfta din e-postadress');
    expect(mail!.bodyText).toContain('http://localhost:3000/verifiera-epost?token=');
    expect(mail!.bodyText).toContain('72 timmar');

    // The right password, but the address is not confirmed: told so (only because the password is right), with a new link.
    const early = await login('anna@foretaget.example');
    expect(early.statusCode, early.body).toBe(403);
    expect(early.json()).toMatchObject({ code: 'auth.email_not_verified' });
    expect(early.json<{ detail: string }>().detail).toContain('Vi har skickat en ny länk till anna@foretaget.example');
    expect(await mailsTo('anna@foretaget.example')).toHaveLength(2);
    // A wrong password learns nothing about the account.
    const wrong = await login('anna@foretaget.example', 'inte rätt lösenord alls');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials' });

    const token = await verificationToken(t.database, 'anna@foretaget.example');
    const ok = await verify(token);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      user: { email: 'anna@foretaget.example', organization: null, roles: [], installationAdmin: false },
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: sessionOf(ok).headers });
    expect(me.statusCode).toBe(200);
    expect((await userByEmail('anna@foretaget.example'))!.emailVerifiedAt).not.toBeNull();

    const again = await verify(token);
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ code: 'link.used' });

    const later = await login('anna@foretaget.example');
    expect(later.statusCode, later.body).toBe(200);
  });

  it('makes the first link useless once a new one is sent', async () => {
    await signUpRequest(t.app, { email: 'bo@foretaget.example', displayName: 'Bo Berg', password: GOOD_PASSWORD });
    const first = await verificationToken(t.database, 'bo@foretaget.example');
    expect((await resend('bo@foretaget.example')).statusCode).toBe(202);
    const second = await verificationToken(t.database, 'bo@foretaget.example');
    expect(second).not.toBe(first);
    expect((await verify(first)).json()).toMatchObject({ code: 'link.expired' });
    expect((await verify(second)).statusCode).toBe(200);
  });

  it('refuses a verification link after 72 hours, and a new one can be asked for', async () => {
    await signUpRequest(t.app, { email: 'cia@foretaget.example', displayName: 'Cia Ceder', password: GOOD_PASSWORD });
    const token = await verificationToken(t.database, 'cia@foretaget.example');
    clock.advance(72 * 60 * 60_000 + 1000);
    const late = await verify(token);
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ code: 'link.expired', details: { issues: [{ path: 'token' }] } });
    expect(late.json<{ detail: string }>().detail).toContain('har gått ut');

    expect((await resend('CIA@foretaget.example')).statusCode).toBe(202);
    const fresh = await verificationToken(t.database, 'cia@foretaget.example');
    expect((await verify(fresh)).statusCode).toBe(200);
  });

  it('answers a request for a new link the same whether or not the address has an unverified account', async () => {
    const before = (await t.database.db.select().from(s.outboxEmails)).length;
    for (const email of ['ingen@foretaget.example', 'anna@foretaget.example']) {
      const res = await resend(email);
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({});
    }
    // Nobody to mail: no account, and an account already verified.
    expect((await t.database.db.select().from(s.outboxEmails)).length).toBe(before);
  });

  it('sends at most three new links an hour to one address, whoever asks', async () => {
    await signUpRequest(t.app, { email: 'dan@foretaget.example', displayName: 'Dan Dahl', password: GOOD_PASSWORD });
    for (let i = 0; i < 5; i++) expect((await resend('dan@foretaget.example')).statusCode).toBe(202);
    expect(await mailsTo('dan@foretaget.example')).toHaveLength(1 + 3);
  });

  it('refuses an address that already has an account, at the e-mail field, telling them to sign in', async () => {
    const res = await signUpRequest(t.app, {
      email: 'Anna@Foretaget.example',
      displayName: 'Anna igen',
      password: GOOD_PASSWORD,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'user.email_taken',
      details: { issues: [{ path: 'email', code: 'user.email_taken' }] },
    });
    expect(res.json<{ detail: string }>().detail).toContain('Logga in, eller återställ lösenordet');
  });

  it('refuses a weak password at the password field, and writes nothing', async () => {
    const res = await signUpRequest(t.app, {
      email: 'erik@foretaget.example',
      displayName: 'Erik Ek',
      password: 'erik@foretaget.example',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ details: { issues: [{ path: 'password', code: 'password.personal' }] } });
    const short = await signUpRequest(t.app, {
      email: 'erik@foretaget.example',
      displayName: 'Erik Ek',
      password: 'kort',
    });
    expect(short.json()).toMatchObject({ details: { issues: [{ path: 'password', code: 'password.too_short' }] } });
    expect(await userByEmail('erik@foretaget.example')).toBeUndefined();
  });

  it('refuses an invalid address at its field and a name with a NUL character without a server error', async () => {
    const bad = await signUpRequest(t.app, { email: 'inte-en-adress', displayName: 'X', password: GOOD_PASSWORD });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ details: { issues: [{ path: 'email', code: 'user.email_invalid' }] } });
    const nul = await signUpRequest(t.app, {
      email: 'nul@foretaget.example',
      displayName: 'Nul\u0000Person',
      password: GOOD_PASSWORD,
    });
    expect(nul.statusCode).toBe(400);
    const token = await verify('x'.repeat(5000));
    expect(token.statusCode).toBe(400);
  });

  it('refuses an unknown token as invalid', async () => {
    const res = await verify('not-a-real-token');
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ code: 'link.invalid' });
  });

  it('lets one address sign up at most ten times an hour, then answers 429 with Retry-After', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i++) {
      const res = await signUpRequest(
        t.app,
        { email: `massa${i}@foretaget.example`, displayName: `Massa ${i}`, password: GOOD_PASSWORD },
        ip,
      );
      expect(res.statusCode, res.body).toBe(202);
    }
    const over = await signUpRequest(
      t.app,
      { email: 'massa10@foretaget.example', displayName: 'Massa 10', password: GOOD_PASSWORD },
      ip,
    );
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBeDefined();
    expect(await userByEmail('massa10@foretaget.example')).toBeUndefined();
    clock.advance(60 * 60_000 + 1000);
    const next = await signUpRequest(
      t.app,
      { email: 'massa10@foretaget.example', displayName: 'Massa 10', password: GOOD_PASSWORD },
      ip,
    );
    expect(next.statusCode).toBe(202);
  });

  it('records the sign-up and the verification in the audit trail', async () => {
    const user = await userByEmail('anna@foretaget.example');
    const events = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, user!.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.created', 'auth.login_refused_unverified', 'user.email_verified']),
    );
  });
});

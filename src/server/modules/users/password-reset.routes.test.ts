import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { adjustableClock, createTestApp, loginAs, TEST_PASSWORD, type TestApp } from '../../../../tests/support/app.js';

const clock = adjustableClock('2026-12-01T09:00:00Z');
let t: TestApp;
const NEW_PASSWORD = 'fjällbjörk vid älven';

// Each test asks from its own client address: the per-client limit must not carry over between tests.
const ask = (email: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email }, remoteAddress, headers });
const complete = (token: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/complete', payload: { token, password } });
const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

async function mailsTo(email: string) {
  return t.database.db
    .select()
    .from(s.outboxEmails)
    .where(eq(s.outboxEmails.to, [email]));
}
async function resetLink(email: string): Promise<string> {
  const mails = (await mailsTo(email)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const m = /\/nytt-losenord\?token=([\w-]+)/.exec(mails[0]?.bodyText ?? '');
  if (!m) throw new Error(`no reset link mailed to ${email}`);
  return m[1]!;
}

beforeAll(async () => {
  t = await createTestApp({ seed: true, clock });
});
afterAll(() => t.close());

describe('asking for a new password', () => {
  it('answers 202 whether or not the address has an account, and mails a link only to the account', async () => {
    const unknown = await ask('ingen@regionvasterbotten.example', '10.0.0.1');
    expect(unknown.statusCode).toBe(202);
    expect(await mailsTo('ingen@regionvasterbotten.example')).toEqual([]);

    const known = await ask('Kommunikation@RegionVasterbotten.example ', '10.0.0.1');
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const [mail] = await mailsTo('kommunikation@regionvasterbotten.example');
    expect(mail!.subject).toBe('Nytt lösenord till Bidra / New password for Bidra');
    expect(mail!.bodyText).toMatch(/http:\/\/localhost:3000\/nytt-losenord\?token=[\w-]{43}/);
    expect(mail!.bodyText).toContain('i 2 timmar');
  });

  it('mails nothing to a disabled account or to someone who has not verified their address', async () => {
    await t.database.db
      .update(s.users)
      .set({ active: false })
      .where(eq(s.users.email, 'verksamhetschef@regionvasterbotten.example'));
    await t.database.db
      .update(s.users)
      .set({ emailVerifiedAt: null })
      .where(eq(s.users.email, 'ekonomi@regionvasterbotten.example'));
    for (const email of ['verksamhetschef@regionvasterbotten.example', 'ekonomi@regionvasterbotten.example']) {
      expect((await ask(email, '10.0.0.2')).statusCode).toBe(202);
      expect(await mailsTo(email)).toEqual([]);
    }
  });

  it('sends at most three links an hour to one address, however many clients ask, and no more than 20 asks an hour from one client', async () => {
    for (let i = 0; i < 5; i++)
      expect((await ask('ordforande@regionvasterbotten.example', `10.0.1.${i}`)).statusCode).toBe(202);
    expect(await mailsTo('ordforande@regionvasterbotten.example')).toHaveLength(3);

    for (let i = 0; i < 20; i++)
      expect((await ask(`person${i}@regionvasterbotten.example`, '10.0.2.1')).statusCode).toBe(202);
    const refused = await ask('person21@regionvasterbotten.example', '10.0.2.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    clock.advance(60 * 60_000 + 1000);
    expect((await ask('person21@regionvasterbotten.example', '10.0.2.1')).statusCode).toBe(202);
    expect((await ask('ordforande@regionvasterbotten.example', '10.0.1.9')).statusCode).toBe(202);
    expect(await mailsTo('ordforande@regionvasterbotten.example')).toHaveLength(4);
  });

  it('refuses a malformed address plainly, and a NUL byte without a server error', async () => {
    const bad = await ask('inte-en-adress', '10.0.3.1');
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ details: { issues: { path: string }[] } }>().details.issues[0]!.path).toBe('email');
    expect((await ask('a\u0000@regionvasterbotten.example', '10.0.3.1')).statusCode).toBe(400);
  });
});

describe('choosing the new password with the link', () => {
  it('refuses a weak password with the link still usable, then sets it, ends every session and uses the link up', async () => {
    const email = 'handlaggare@regionvasterbotten.example';
    const session = await loginAs(t.app, email);
    await ask(email, '10.0.4.1');
    const token = await resetLink(email);

    const weak = await complete(token, 'Tove Testsson');
    expect(weak.statusCode).toBe(422);
    expect(weak.json<{ details: { issues: { path: string; code: string }[] } }>().details.issues).toEqual([
      expect.objectContaining({ path: 'password', code: 'password.personal' }),
    ]);
    expect((await complete(token, 'kort')).json<{ code: string }>().code).toBe('password.rejected');

    const done = await complete(token, NEW_PASSWORD);
    expect(done.statusCode, done.body).toBe(204);
    // Whoever was signed in as the person is not any more.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(
      401,
    );
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await complete(token, 'ett helt annat lösenord');
    expect(again.statusCode).toBe(410);
    expect(again.json<{ code: string }>().code).toBe('link.used');

    const [user] = await t.database.db.select().from(s.users).where(eq(s.users.email, email));
    const events = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'user.password_reset'), eq(s.auditEvents.entityId, user!.id)));
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toContain(NEW_PASSWORD);
  });

  it('stops working after two hours, and says what to do, in Swedish and English', async () => {
    const email = 'kommunikation@regionvasterbotten.example';
    await ask(email, '10.0.5.1');
    const token = await resetLink(email);
    clock.advance(2 * 60 * 60_000 + 1000);
    const sv = await complete(token, NEW_PASSWORD);
    expect(sv.statusCode).toBe(410);
    expect(sv.json<{ code: string; detail: string }>()).toMatchObject({ code: 'link.expired' });
    expect(sv.json<{ detail: string }>().detail).toContain('Glömt lösenord');
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      headers: { 'accept-language': 'en' },
      payload: { token, password: NEW_PASSWORD },
    });
    expect(en.json<{ detail: string }>().detail).toContain('has expired');
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(401);
  });

  it('refuses a token that was never issued', async () => {
    const res = await complete('not-a-real-token', NEW_PASSWORD);
    expect(res.statusCode).toBe(410);
    expect(res.json<{ code: string }>().code).toBe('link.invalid');
  });

  it('no longer works once the account is disabled', async () => {
    const email = 'admin@regionvasterbotten.example';
    await ask(email, '10.0.6.1');
    const token = await resetLink(email);
    await t.database.db.update(s.users).set({ active: false }).where(eq(s.users.email, email));
    const res = await complete(token, NEW_PASSWORD);
    expect(res.statusCode).toBe(410);
    expect(res.json<{ detail: string }>().detail).toContain('avstängt');
  });
});

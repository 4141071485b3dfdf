import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import type { OidcConfig } from '../../config.js';
import type { Database } from '../../db/client.js';
import { auditEvents, externalIdentities, organizations, roleGrants, sessions, users } from '../../db/schema/index.js';
import * as demo from '../../seed/demo-data.js';
import { createTestApp, testClock, type TestApp } from '../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../tests/support/db.js';
import { sessionIdOf } from './session-token.js';
import { startTestProvider, TestBrowser, type BrowserResponse, type TestProvider } from './testing/test-provider.js';

const BIDRA = 'http://127.0.0.1:3999';
const REDIRECT_URI = `${BIDRA}/api/v1/auth/oidc/callback`;
const CLIENT_SECRET = 'a-client-secret-that-must-never-be-recorded';
const UMU = { orgNumber: demo.organizations.find((o) => o.key === 'umu')!.orgNumber };
/** A second user of Umeå universitet, for the tests that need a fresh, unlinked person. */
const RESEARCHER = { email: 'forskare@umu.example', name: 'Rut Forskarsson' };
const FAILED = '/logga-in?fel=oidc';

let provider: TestProvider;
let database: Database;
let app: FastifyInstance;
let oidcConfig: OidcConfig;

beforeAll(async () => {
  provider = await startTestProvider({ clientId: 'bidra', clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI });
  database = await createTestDatabase({ demo: true });
  const [umu] = await database.db.select().from(organizations).where(eq(organizations.orgNumber, UMU.orgNumber));
  const [researcher] = await database.db
    .insert(users)
    .values({ email: RESEARCHER.email, displayName: RESEARCHER.name, organizationId: umu!.id })
    .returning();
  await database.db.insert(roleGrants).values({ userId: researcher!.id, role: 'applicant', organizationId: umu!.id });
  oidcConfig = {
    issuer: provider.issuer,
    clientId: 'bidra',
    clientSecret: CLIENT_SECRET,
    label: 'Umeå universitet',
    organizationNumber: UMU.orgNumber,
    redirectUri: REDIRECT_URI,
    allowInsecureHttp: true,
  };
  app = await createApp({ database, clock: testClock, logLevel: false, oidc: oidcConfig });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await provider?.close();
});

interface SignInRun {
  browser: TestBrowser;
  /** Bidra's answer at the redirect URI. */
  callback: BrowserResponse;
}

const isCallback = (r: BrowserResponse) => r.url.startsWith(REDIRECT_URI);
const toCallback = (r: BrowserResponse) => r.location?.startsWith(REDIRECT_URI) ?? false;

/**
 * Plays the browser from Bidra's /start through the provider's login and consent forms (as `subject`;
 * skipped when the provider still has a session) up to the point where the provider sends the browser
 * back to Bidra: returns that URL (with code, state and iss) without following it.
 */
async function answerFromProvider(subject: string, browser: TestBrowser): Promise<string> {
  let hops = await browser.follow(`${BIDRA}/api/v1/auth/oidc/start`, {}, toCallback);
  for (let step = 0; step < 5; step++) {
    const last = hops.at(-1)!;
    if (toCallback(last)) return new URL(last.location!, last.url).href;
    expect(last.status, last.body).toBe(200);
    const prompt = /name="prompt" value="(\w+)"/.exec(last.body)?.[1];
    const form: Record<string, string> =
      prompt === 'login' ? { prompt, login: subject, password: 'anything' } : { prompt: 'consent' };
    expect(['login', 'consent']).toContain(prompt);
    hops = await browser.follow(last.url, { method: 'POST', form }, toCallback);
  }
  throw new Error('the provider never sent the browser back');
}

/**
 * Drives the whole authorization code flow as a browser would: Bidra's /start, the provider's forms,
 * back to Bidra's callback. `tamper` may rewrite the provider's answer before the browser follows it.
 */
async function signIn(
  subject: string,
  options: { browser?: TestBrowser; tamper?: (callbackUrl: URL) => void } = {},
): Promise<SignInRun> {
  const browser = options.browser ?? new TestBrowser(app, BIDRA);
  const answer = new URL(await answerFromProvider(subject, browser));
  options.tamper?.(answer);
  const hops = await browser.follow(answer.href, {}, isCallback);
  return { browser, callback: hops.find(isCallback)! };
}

const sessionCookieOf = (browser: TestBrowser) => browser.cookie(BIDRA, 'bidra_session');
const me = (cookie: string | undefined) =>
  app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie: `bidra_session=${cookie}` } : {} });
const failuresFor = async (subject: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'auth.login_failed'), eq(auditEvents.entityId, `oidc:${subject}`)));
const anonymousFailures = async () =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'auth.login_failed'), eq(auditEvents.entityId, 'oidc')));
const linkOf = async (subject: string) =>
  database.db
    .select()
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, provider.issuer), eq(externalIdentities.subject, subject)));

function expectRefused(run: SignInRun) {
  expect(run.callback.status).toBe(302);
  expect(run.callback.location).toBe(FAILED);
  expect(run.callback.setCookies.some((c) => c.startsWith('bidra_session='))).toBe(false);
  expect(sessionCookieOf(run.browser)).toBeUndefined();
}

describe('GET /api/v1/auth/oidc', () => {
  it('tells the web app that a provider is configured and what the button says', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      configured: true,
      label: 'Umeå universitet',
      startUrl: '/api/v1/auth/oidc/start',
    });
  });
});

describe('GET /api/v1/auth/oidc/start', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps them on the server', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(res.statusCode).toBe(302);
    expect(res.headers['cache-control']).toBe('no-store');
    const location = new URL(res.headers.location as string);
    expect(location.origin).toBe(provider.issuer);
    expect(location.pathname).toBe('/auth');
    const q = location.searchParams;
    expect(q.get('client_id')).toBe('bidra');
    expect(q.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('scope')).toBe('openid email');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{43}$/);
    const cookie = res.cookies.find((c) => c.name === 'bidra_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc', maxAge: 600 });
    // The cookie is an opaque handle: neither the state, the nonce nor the verifier travel in it.
    expect(cookie!.value).toMatch(/^[\w-]{43}$/);
    expect([q.get('state'), q.get('nonce')]).not.toContain(cookie!.value);
  });
});

describe('signing in through the provider', () => {
  it('links a verified e-mail of an active user of the organisation and opens a session like a password login', async () => {
    provider.accounts.set('sara-at-umu', { email: demo.people.applicant.email, email_verified: true });
    const run = await signIn('sara-at-umu');
    expect(run.callback.status).toBe(302);
    expect(run.callback.location).toBe('/mina-arenden');

    const sessionSetCookie = run.callback.setCookies.find((c) => c.startsWith('bidra_session='))!;
    expect(sessionSetCookie).toMatch(/HttpOnly/);
    expect(sessionSetCookie).toMatch(/SameSite=Lax/);
    expect(sessionSetCookie).toMatch(/Max-Age=43200/);
    expect(sessionSetCookie).toMatch(/Path=\//);
    // The pending sign-in is over: its cookie is cleared.
    expect(run.callback.setCookies.some((c) => c.startsWith('bidra_oidc=;'))).toBe(true);

    const token = sessionCookieOf(run.browser)!;
    const res = await me(token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: {
        email: demo.people.applicant.email,
        displayName: demo.people.applicant.name,
        organization: { name: 'Umeå universitet' },
        roles: [{ role: 'applicant' }],
      },
    });
    // Exactly the same kind of session: a row under the token's hash, expiring after 12 hours.
    const [row] = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sessionIdOf(token)));
    expect(row?.expiresAt.getTime()).toBe(testClock.now().getTime() + 12 * 3600_000);
    expect(row?.userAgent).toBe('bidra-oidc-test');

    const [link] = await linkOf('sara-at-umu');
    const [user] = await database.db.select().from(users).where(eq(users.email, demo.people.applicant.email));
    expect(link).toMatchObject({ userId: user!.id, issuer: provider.issuer, subject: 'sara-at-umu' });
    expect(link!.lastUsedAt?.toISOString()).toBe(testClock.now().toISOString());
    expect(user!.lastSignedInAt?.toISOString()).toBe(testClock.now().toISOString());

    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, user!.id));
    expect(events.find((e) => e.action === 'auth.external_identity_linked')).toMatchObject({
      entityId: user!.id,
      after: { issuer: provider.issuer, subject: 'sara-at-umu' },
    });
    expect(events.find((e) => e.action === 'auth.login_succeeded')).toMatchObject({
      after: { method: 'oidc' },
    });
  });

  it('signs a linked identity in by (issuer, subject) even after the e-mail at the provider changed', async () => {
    provider.accounts.set('rut-at-umu', { email: RESEARCHER.email, email_verified: true });
    const first = await signIn('rut-at-umu');
    expect(first.callback.location).toBe('/mina-arenden');
    const [link] = await linkOf('rut-at-umu');

    // The provider now says another, unverified address: the link still holds, no new link is made.
    provider.accounts.set('rut-at-umu', { email: 'rut.forskarsson@annan.example', email_verified: false });
    const later = new Date(testClock.now().getTime());
    const again = await signIn('rut-at-umu');
    expect(again.callback.location).toBe('/mina-arenden');
    const res = await me(sessionCookieOf(again.browser));
    expect(res.json()).toMatchObject({ user: { email: RESEARCHER.email } });
    const links = await linkOf('rut-at-umu');
    expect(links).toHaveLength(1);
    expect(links[0]!.id).toBe(link!.id);
    expect(links[0]!.lastUsedAt?.getTime()).toBe(later.getTime());
  });

  it('replaces the session the browser already had instead of leaving it behind', async () => {
    provider.accounts.set('sara-again', { email: demo.people.applicant.email, email_verified: true });
    const first = await signIn('sara-again');
    const oldToken = sessionCookieOf(first.browser)!;
    await signIn('sara-again', { browser: first.browser });
    const newToken = sessionCookieOf(first.browser)!;
    expect(newToken).not.toBe(oldToken);
    expect((await me(oldToken)).statusCode).toBe(401);
    expect((await me(newToken)).statusCode).toBe(200);
  });
});

describe('refusals: no session, and an audit event', () => {
  it('refuses an unknown subject whose e-mail is not verified, even when the address is a real user’s', async () => {
    provider.accounts.set('unverified', { email: RESEARCHER.email, email_verified: false });
    const run = await signIn('unverified');
    expectRefused(run);
    expect(await linkOf('unverified')).toEqual([]);
    const [event] = await failuresFor('unverified');
    expect(event).toMatchObject({
      actorUserId: null,
      entityType: 'login',
      after: { method: 'oidc', reason: 'email_not_verified', issuer: provider.issuer, email: RESEARCHER.email },
    });
  });

  it('does not take "true" as a string for a verified e-mail', async () => {
    provider.accounts.set('stringly', { email: RESEARCHER.email, email_verified: 'true' });
    expectRefused(await signIn('stringly'));
    expect((await failuresFor('stringly'))[0]).toMatchObject({ after: { reason: 'email_not_verified' } });
  });

  it('refuses a verified e-mail of a user in another organisation', async () => {
    provider.accounts.set('officer-elsewhere', { email: demo.people.officer.email, email_verified: true });
    const run = await signIn('officer-elsewhere');
    expectRefused(run);
    expect(await linkOf('officer-elsewhere')).toEqual([]);
    expect((await failuresFor('officer-elsewhere'))[0]).toMatchObject({
      after: { reason: 'user_in_other_organization', email: demo.people.officer.email },
    });
  });

  it('refuses a verified e-mail that no user has', async () => {
    provider.accounts.set('stranger', { email: 'ingen@umu.example', email_verified: true });
    expectRefused(await signIn('stranger'));
    expect((await failuresFor('stranger'))[0]).toMatchObject({ after: { reason: 'no_matching_user' } });
  });

  it('refuses a deactivated user, also through an existing link', async () => {
    provider.accounts.set('leaver', { email: 'slutat@umu.example', email_verified: true });
    const [umu] = await database.db.select().from(organizations).where(eq(organizations.orgNumber, UMU.orgNumber));
    const [leaver] = await database.db
      .insert(users)
      .values({ email: 'slutat@umu.example', displayName: 'Sven Slutat', organizationId: umu!.id })
      .returning();
    expect((await signIn('leaver')).callback.location).toBe('/'); // no role: the project bank;
    await database.db.update(users).set({ active: false }).where(eq(users.id, leaver!.id));
    expectRefused(await signIn('leaver'));
    expect((await failuresFor('leaver'))[0]).toMatchObject({ after: { reason: 'user_inactive' } });
  });

  it('refuses a tampered state, and the sign-in cannot be retried with the original answer', async () => {
    provider.accounts.set('tampered', { email: RESEARCHER.email, email_verified: true });
    let original = '';
    const run = await signIn('tampered', {
      tamper: (url) => {
        original = url.href;
        url.searchParams.set('state', 'forged-state-value');
      },
    });
    expectRefused(run);
    expect(await linkOf('tampered')).toEqual([]);
    // Refused before the code exchange, so nobody is known yet: the event names the issuer only.
    expect(await anonymousFailures()).toContainEqual(
      expect.objectContaining({
        after: { method: 'oidc', issuer: provider.issuer, reason: 'invalid_response', error: 'OAUTH_INVALID_RESPONSE' },
      }),
    );

    // The pending sign-in was used up by the failed attempt: the genuine answer no longer works either.
    const replay = await run.browser.request(original);
    expect(replay.location).toBe(FAILED);
    expect(sessionCookieOf(run.browser)).toBeUndefined();
  });

  it('refuses an answer that arrives in a browser which never started the sign-in (login CSRF)', async () => {
    // The attacker signs in at the provider as themselves and hands the answer to the victim's browser.
    provider.accounts.set('attacker', { email: demo.people.applicant.email, email_verified: true });
    const answer = await answerFromProvider('attacker', new TestBrowser(app, BIDRA));
    const victim = new TestBrowser(app, BIDRA);
    const res = await victim.request(answer);
    expect(res.status).toBe(302);
    expect(res.location).toBe(FAILED);
    expect(sessionCookieOf(victim)).toBeUndefined();
  });

  it('refuses when the person cancels at the provider', async () => {
    provider.accounts.set('canceller', { email: RESEARCHER.email, email_verified: true });
    const browser = new TestBrowser(app, BIDRA);
    const hops = await browser.follow(`${BIDRA}/api/v1/auth/oidc/start`);
    const abort = await browser.follow(`${hops.at(-1)!.url}/abort`, {}, isCallback);
    const callback = abort.find(isCallback)!;
    expect(callback.location).toBe(FAILED);
    expect(sessionCookieOf(browser)).toBeUndefined();
    const cancelled = (await anonymousFailures()).filter(
      (e) => (e.after as { reason?: string }).reason === 'provider_error',
    );
    expect(cancelled.map((e) => e.after)).toEqual([
      { method: 'oidc', issuer: provider.issuer, reason: 'provider_error', error: 'access_denied' },
    ]);
  });

  it('never records the client secret, the authorization code or a token in the audit trail', async () => {
    provider.accounts.set('careful', { email: RESEARCHER.email, email_verified: true });
    const run = await signIn('careful');
    const code = new URL(run.callback.url).searchParams.get('code')!;
    expect(code.length).toBeGreaterThan(10);
    const everything = JSON.stringify(await database.db.select().from(auditEvents));
    expect(everything).not.toContain(CLIENT_SECRET);
    expect(everything).not.toContain(code);
    expect(everything).not.toMatch(/eyJ[\w-]+\.eyJ/); // no JWT (ID token)
    expect(everything).not.toMatch(/access_token|id_token|refresh_token/);
  });
});

describe('configuration', () => {
  it('refuses plain http to a provider that is not on a loopback address', async () => {
    await expect(
      createApp({
        database,
        clock: testClock,
        logLevel: false,
        oidc: { ...oidcConfig, issuer: 'http://idp.umu.example', allowInsecureHttp: true },
      }),
    ).rejects.toThrow(/loopback/);
    await expect(
      createApp({ database, clock: testClock, logLevel: false, oidc: { ...oidcConfig, allowInsecureHttp: false } }),
    ).rejects.toThrow(/https/);
  });
});

describe('without a configured provider', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('says so to the web app, and /start and /callback answer 404 problem+json in Swedish and English', async () => {
    const status = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc' });
    expect(status.json()).toEqual({ configured: false, label: null, startUrl: null });
    for (const path of ['/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y']) {
      const sv = await t.app.inject({ method: 'GET', url: path });
      expect(sv.statusCode).toBe(404);
      expect(sv.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(sv.json()).toMatchObject({ code: 'oidc_not_configured', status: 404 });
      expect(sv.json<{ detail: string }>().detail).toMatch(/inte konfigurerad/);
      const en = await t.app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'en' } });
      expect(en.json<{ detail: string }>().detail).toMatch(/not configured/);
    }
  });
});

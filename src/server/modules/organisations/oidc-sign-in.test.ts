import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../domain/index.js';
import { createApp } from '../../app.js';
import type { Database } from '../../db/client.js';
import { testClock } from '../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../tests/support/db.js';
import { startTestProvider, TestBrowser, type TestProvider } from '../auth/testing/test-provider.js';
import { signUpAndVerify } from './testing/accounts.js';

const BIDRA = 'http://127.0.0.1:3998';
const REDIRECT_URI = `${BIDRA}/api/v1/auth/oidc/callback`;
const NUMBER = `559900-123${luhnCheckDigit('559900123')}`;

let provider: TestProvider;
let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  provider = await startTestProvider({ clientId: 'bidra', clientSecret: 'a-secret', redirectUri: REDIRECT_URI });
  database = await createTestDatabase();
  app = await createApp({
    database,
    clock: testClock,
    logLevel: false,
    oidc: {
      issuer: provider.issuer,
      clientId: 'bidra',
      clientSecret: 'a-secret',
      label: 'Snickeriet',
      organizationNumber: NUMBER,
      redirectUri: REDIRECT_URI,
      allowInsecureHttp: true,
    },
  });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await provider?.close();
});

/** Bidra's /start, the provider's login and consent forms as `subject`, back to Bidra's callback. */
async function signInAtProvider(subject: string): Promise<{ location: string | undefined; session?: string }> {
  const browser = new TestBrowser(app, BIDRA);
  const toCallback = (r: { location?: string }) => r.location?.startsWith(REDIRECT_URI) ?? false;
  let hops = await browser.follow(`${BIDRA}/api/v1/auth/oidc/start`, {}, toCallback);
  for (let step = 0; step < 5 && !toCallback(hops.at(-1)!); step++) {
    const last = hops.at(-1)!;
    const prompt = /name="prompt" value="(\w+)"/.exec(last.body)?.[1];
    const form: Record<string, string> =
      prompt === 'login' ? { prompt, login: subject, password: 'anything' } : { prompt: 'consent' };
    hops = await browser.follow(last.url, { method: 'POST', form }, toCallback);
  }
  const last = hops.at(-1)!;
  const [callback] = await browser.follow(new URL(last.location!, last.url).href, {}, () => true);
  return { location: callback!.location, session: browser.cookie(BIDRA, 'bidra_session') };
}

describe('signing in through the organisation’s provider after signing up with a password', () => {
  it('links the account once it has joined the configured organisation, by its verified e-mail', async () => {
    const admin = await signUpAndVerify(app, database, { email: 'anna@snickeri.example', displayName: 'Anna' });
    const registered = await app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: admin.headers,
      payload: { orgNumber: NUMBER, name: 'Snickeriet i Byn AB', type: 'company' },
    });
    const organizationId = registered.json<{ organization: { id: string } }>().organization.id;
    const bo = await signUpAndVerify(app, database, { email: 'bo@snickeri.example', displayName: 'Bo Berg' });
    provider.accounts.set('bo-at-snickeriet', { email: 'bo@snickeri.example', email_verified: true });

    // Not a member yet: the provider's word alone does not make him one.
    const early = await signInAtProvider('bo-at-snickeriet');
    expect(early.location).toBe('/logga-in?fel=oidc');
    expect(early.session).toBeUndefined();

    const asked = await app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${organizationId}/join-requests`,
      headers: bo.headers,
      payload: {},
    });
    const requestId = asked.json<{ pendingRequest: { id: string } }>().pendingRequest.id;
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${organizationId}/join-requests/${requestId}/accept`,
      headers: admin.headers,
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const run = await signInAtProvider('bo-at-snickeriet');
    expect(run.location).toBe('/mina-arenden');
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `bidra_session=${run.session}` },
    });
    expect(me.json()).toMatchObject({
      user: {
        email: 'bo@snickeri.example',
        organization: { id: organizationId, name: 'Snickeriet i Byn AB' },
        roles: [{ role: 'applicant', organizationId }],
      },
    });
  });
});

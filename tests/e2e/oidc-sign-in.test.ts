import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { Database } from '../../src/server/db/client.js';
import { startTestProvider, type TestProvider } from '../../src/server/modules/auth/testing/test-provider.js';
import type { FastifyInstance } from 'fastify';
import { testClock } from '../support/app.js';
import { browserAvailable, expectNoSeriousA11yIssues, launchChromium } from '../support/browser.js';
import { createTestDatabase } from '../support/db.js';

const run = browserAvailable();

/** A free loopback port: the provider must know Bidra's redirect URI before Bidra starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * An applicant of an organisation with its own identity provider signs in there, in a browser: the sign-in
 * page offers the provider, the provider's own login and consent pages follow, and Bidra opens the session
 * and lands the applicant on their cases.
 */
describe.runIf(run)('sign-in through the organisation’s OpenID Connect provider, in a browser', () => {
  let provider: TestProvider;
  let database: Database;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const redirectUri = `${base}/api/v1/auth/oidc/callback`;
    provider = await startTestProvider({ clientId: 'bidra', clientSecret: 'test-only-secret', redirectUri });
    // The IdP knows the demo applicant by a subject of its own and a verified e-mail.
    provider.accounts.set('umu-4711', { email: 'sokande@umu.example', email_verified: true });
    database = await createTestDatabase({ demo: true });
    app = await createApp({
      database,
      clock: testClock,
      logLevel: false,
      oidc: {
        issuer: provider.issuer,
        clientId: 'bidra',
        clientSecret: 'test-only-secret',
        label: 'Umeå universitet',
        organizationNumber: '202100-2874',
        redirectUri,
        allowInsecureHttp: true,
      },
    });
    await app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    await provider?.close();
  });

  it('offers the provider on the sign-in page, signs in there and lands on my cases', async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${base}/logga-in`);
    const link = page.getByRole('link', { name: 'Logga in med Umeå universitet' });
    await link.waitFor();
    await expectNoSeriousA11yIssues(page);
    await link.click();

    // The provider's own pages (oidc-provider's development login and consent forms).
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill('umu-4711');
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click(); // consent

    await page.waitForURL(`${base}/mina-arenden`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mina ärenden');
    expect(await page.locator('header').textContent()).toContain('Sara Sökandesson');
  }, 90_000);

  it('tells the person when the provider’s answer is refused', async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    page.setDefaultTimeout(10_000);
    // A callback this browser never started: refused, back on the sign-in page with an explanation.
    await page.goto(`${base}/api/v1/auth/oidc/callback?code=x&state=y`);
    await page.waitForURL(`${base}/logga-in?fel=oidc`);
    await page.locator('.error-summary').waitFor();
    await expectNoSeriousA11yIssues(page);
  }, 60_000);
});

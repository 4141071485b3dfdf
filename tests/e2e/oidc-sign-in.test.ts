import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../src/server/modules/auth/testing/test-provider.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

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
  const web = browserSuite({
    app: async () => {
      const port = await freePort();
      const redirectUri = `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`;
      provider = await startTestProvider({ clientId: 'bidra', clientSecret: 'test-only-secret', redirectUri });
      // The IdP knows the demo applicant by a subject of its own and a verified e-mail.
      provider.accounts.set('umu-4711', { email: 'sokande@umu.example', email_verified: true });
      return {
        seed: true,
        port,
        app: {
          oidc: {
            issuer: provider.issuer,
            clientId: 'bidra',
            clientSecret: 'test-only-secret',
            label: 'Umeå universitet',
            organizationNumber: '202100-2874',
            redirectUri,
            allowInsecureHttp: true,
          },
        },
      };
    },
    pages: { height: 720 },
    tearDown: () => provider?.close(),
  });

  it('offers the provider on the sign-in page, signs in there and lands on my cases', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/logga-in`);
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

    await page.waitForURL(`${web.base}/mina-arenden`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mina ärenden');
    expect(await page.locator('header').textContent()).toContain('Sara Sökandesson');
  }, 90_000);

  it('tells the person when the provider’s answer is refused', async () => {
    const page = await web.newPage();
    // A callback this browser never started: refused, back on the sign-in page with an explanation.
    await page.goto(`${web.base}/api/v1/auth/oidc/callback?code=x&state=y`);
    await page.waitForURL(`${web.base}/logga-in?fel=oidc`);
    await page.locator('.error-summary').waitFor();
    await expectNoSeriousA11yIssues(page);
  }, 60_000);
});

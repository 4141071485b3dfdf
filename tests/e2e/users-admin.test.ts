import { describe, expect, it } from 'vitest';
import { createSmtpTransport, processOutboxOnce } from '../../src/server/mail/sender.js';
import { testClock } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';
import { parseMail } from '../support/smtp.js';

const run = browserAvailable();
const STEP_TIMEOUT = 120_000;
const OFFICER = 'nils.ny@regionvasterbotten.example';
const DECIDER = 'berit.beslut@regionvasterbotten.example';
const PASSWORD = 'fjällbjörk vid älven';
const NEW_PASSWORD = 'lingon och hjortron i myren';

/**
 * The funder's administrator invites a case officer and a decision maker in the browser; the mail
 * reaches a real SMTP server; the invited officer follows the link, chooses a password and is signed
 * in; later they forget it and choose a new one through the e-mailed reset link. axe on every page.
 */
describe.runIf(run)('users and roles, invitations and a forgotten password, in a browser', () => {
  const web = browserSuite({ app: { seed: true }, smtp: true });

  /** Sends what the outbox holds to the test SMTP server; returns the link of the newest mail to `to`. */
  async function mailedLink(to: string, page: string): Promise<string> {
    await processOutboxOnce(
      web.t.database.db,
      testClock,
      createSmtpTransport({ host: '127.0.0.1', port: web.smtp.port }, 'Bidra <noreply@regionvasterbotten.example>', {
        ignoreTLS: true,
      }),
      () => Promise.reject(new Error('these mails have no attachments')),
    );
    const received = web.smtp.received.filter((m) => m.rcptTo.includes(to));
    expect(received.length, `mail to ${to}`).toBeGreaterThan(0);
    const mail = await parseMail(received[received.length - 1]!);
    const m = new RegExp(`https?://[^\\s]+(${page}\\?token=[\\w-]+)`).exec(mail.text ?? '');
    expect(m, mail.text).not.toBeNull();
    // The link points at the installation's public address; the browser reaches this test server.
    return `${web.base}${m![1]}`;
  }

  it(
    'the administrator invites a case officer, and a decision maker with the capacity they decide in',
    async () => {
      const page = await web.signIn('admin@regionvasterbotten.example');
      await page.goto(`${web.base}/admin/anvandare`);
      await page.getByRole('heading', { level: 1, name: 'Användare och roller' }).waitFor();
      await page.getByRole('row', { name: /Alex Administratör/ }).waitFor();
      expect(await page.title()).toBe('Användare och roller – Bidra');
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('E-postadress').fill(OFFICER);
      await page.getByLabel('Namn', { exact: true }).fill('Nils Ny');
      await page.getByLabel('handläggare', { exact: true }).check();
      await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Inbjudan är skickad till ${OFFICER}` })
        .waitFor();
      const row = page.getByRole('row', { name: /Nils Ny/ });
      await expect.poll(() => row.textContent()).toMatch(/handläggare.*Inbjuden, länken gäller till/);

      // A decision maker without a capacity: the summary takes focus and links to the field, which is kept.
      await page.getByLabel('E-postadress').fill(DECIDER);
      await page.getByLabel('Namn', { exact: true }).fill('Berit Beslut');
      await page.getByLabel('Titel (valfri)').fill('verksamhetschef');
      await page.getByLabel('beslutsfattare', { exact: true }).check();
      await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /egenskap beslutsfattaren beslutar/ }).waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoSeriousA11yIssues(page);
      await summary.getByRole('link').click();
      const capacity = page.getByLabel('Beslutar i egenskap av');
      expect(await capacity.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByLabel('E-postadress').inputValue()).toBe(DECIDER);
      await capacity.fill('verksamhetschef för tillväxt');
      await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await page.getByRole('status').filter({ hasText: DECIDER }).waitFor();
      await expect
        .poll(() => page.getByRole('row', { name: /Berit Beslut/ }).textContent())
        .toContain('beslutsfattare (verksamhetschef för tillväxt)');

      // An applicant organisation with cases here but no administrator: the funder invites its first one.
      await page.getByRole('button', { name: 'Bjud in administratör för en sökande organisation' }).click();
      await page.getByLabel('Organisationens organisationsnummer').fill('202100-2875');
      await page.getByLabel('Kontaktpersonens e-postadress').fill('admin@umu.example');
      await page.getByLabel('Kontaktpersonens namn').fill('Ulla Universitet');
      await page.getByRole('button', { name: 'Skicka inbjudan till kontaktpersonen' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /kontrollsiffra|check digit/ })
        .click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('applicant-admin-org');
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Organisationens organisationsnummer').fill('202100-2874');
      await page.getByRole('button', { name: 'Skicka inbjudan till kontaktpersonen' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Inbjudan är skickad till admin@umu.example, administratör för Umeå universitet.' })
        .waitFor();

      // Changing roles and disabling are confirmed in a panel that takes focus.
      await page.getByRole('button', { name: 'Stäng av: Berit Beslut' }).click();
      const confirm = page.getByRole('heading', { name: 'Stäng av kontot för Berit Beslut?' });
      await confirm.waitFor();
      expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Ja, stäng av kontot' }).click();
      await page.getByRole('status').filter({ hasText: 'Kontot för Berit Beslut är avstängt.' }).waitFor();
      await expect.poll(() => page.getByRole('row', { name: /Berit Beslut/ }).textContent()).toContain('Avstängd');
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'the invitation arrives by mail; the officer chooses a password and lands signed in',
    async () => {
      const link = await mailedLink(OFFICER, '/inbjudan');
      const page = await web.newPage();
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: 'Välkommen till Bidra' }).waitFor();
      await page.getByText('som handläggare').waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Nytt lösenord').fill(PASSWORD);
      await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
      await page.getByRole('button', { name: 'Välj lösenord och logga in' }).click();
      await page.getByRole('button', { name: 'Logga ut' }).waitFor();
      await page.waitForURL(`${web.base}/inkorg`);
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'the officer forgets the password, gets a link by mail and chooses a new one',
    async () => {
      const page = await web.newPage();
      await page.goto(`${web.base}/logga-in`);
      await page.getByRole('link', { name: 'Glömt lösenord' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glömt lösenord' }).waitFor();
      expect(await page.title()).toBe('Glömt lösenord – Bidra');
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('E-postadress').fill(OFFICER);
      await page.getByRole('button', { name: 'Skicka länk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kolla din e-post' }).waitFor();
      await page.getByText(`Om det finns ett konto med adressen ${OFFICER}`).waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.goto(await mailedLink(OFFICER, '/nytt-losenord'));
      await page.getByRole('heading', { level: 1, name: 'Välj nytt lösenord' }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Nytt lösenord').fill('Nils Ny');
      await page.getByLabel('Upprepa lösenordet').fill('Nils Ny');
      await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /minst 12 tecken/ })
        .waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
      await page.getByLabel('Upprepa lösenordet').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
      await page.getByRole('heading', { level: 1, name: 'Lösenordet är bytt' }).waitFor();
      await expectNoSeriousA11yIssues(page);

      // The link works once: opened again, it says so and where to get a new one.
      const used = await web.newPage();
      await used.goto(page.url());
      await used.getByLabel('Nytt lösenord').fill('ett tredje långt lösenord');
      await used.getByLabel('Upprepa lösenordet').fill('ett tredje långt lösenord');
      await used.getByRole('button', { name: 'Spara nytt lösenord' }).click();
      await used.getByText('har redan använts').waitFor();
      await used.getByRole('link', { name: 'Begär en ny länk' }).waitFor();
      await expectNoSeriousA11yIssues(used);
      await used.context().close();
      await page.context().close();

      const signedIn = await web.signIn(OFFICER, { password: NEW_PASSWORD });
      await signedIn.getByRole('button', { name: 'Logga ut' }).waitFor();
      await signedIn.context().close();
    },
    STEP_TIMEOUT,
  );
});

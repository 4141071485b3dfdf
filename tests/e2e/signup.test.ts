import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../src/domain/index.js';
import { documentAttachmentLoader } from '../../src/server/mail/document-attachments.js';
import { createSmtpTransport, processOutboxOnce } from '../../src/server/mail/sender.js';
import { LocalDiskDocumentStore } from '../../src/server/documents/document-store.js';
import { testClock } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';
import { parseMail } from '../support/smtp.js';

const run = browserAvailable();
const STEP_TIMEOUT = 120_000;
const PASSWORD = 'fjällbjörk vid älven';
const ORG_NUMBER = `559900-123${luhnCheckDigit('559900123')}`;
const ORG_NAME = 'Snickeriet i Byn AB';
const ANNA = { name: 'Anna Andersson', email: 'anna@snickeri.example' };
const BO = { name: 'Bo Berg', email: 'bo@snickeri.example' };

/**
 * Issue 12 in a browser, from an empty installation: a person signs up, confirms the address with the
 * link in the mail that reaches the SMTP server, registers their organisation; a colleague signs up,
 * asks to join, and the first accepts. axe runs on every page.
 */
describe.runIf(run)('signing up and building an applicant organisation, in a browser', () => {
  let anna: Page;
  let bo: Page;
  let annasUsedLink = '';
  const web = browserSuite({ smtp: true, pages: { timeout: 15_000 } });

  /** Sends what waits in the outbox to the test SMTP server; returns the newest mail to `to`. */
  async function deliverTo(to: string) {
    await processOutboxOnce(
      web.t.database.db,
      testClock,
      createSmtpTransport({ host: '127.0.0.1', port: web.smtp.port }, 'Bidra <noreply@regionvasterbotten.example>', {
        ignoreTLS: true,
      }),
      documentAttachmentLoader(web.t.database.db, new LocalDiskDocumentStore('/nonexistent')),
    );
    const mine = web.smtp.received.filter((m) => m.rcptTo.includes(to));
    expect(mine.length, `mail to ${to}`).toBeGreaterThan(0);
    return parseMail(mine.at(-1)!);
  }

  /** Signs up through /registrera and follows the link of the mail; ends on /organisation, signed in. */
  async function signUpAndVerify(person: { name: string; email: string }): Promise<{ page: Page; link: string }> {
    const page = await web.newPage();
    await page.goto(`${web.base}/registrera`);
    await page.getByRole('heading', { name: 'Skapa konto', level: 1 }).waitFor();
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel('Ditt namn').fill(person.name);
    await page.getByLabel('E-postadress').fill(person.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { name: 'Kontrollera din e-post' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(`Vi har skickat en länk till ${person.email}`);
    await expectNoSeriousA11yIssues(page);

    const mail = await deliverTo(person.email);
    expect(mail.subject).toContain('Bekräfta din e-postadress');
    const token = /\/verifiera-epost\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token, mail.text).toBeDefined();
    // The link points at the configured public address; the browser opens the same path here.
    const link = `${web.base}/verifiera-epost?token=${token}`;
    await page.goto(link);
    await page.waitForURL(`${web.base}/organisation`);
    await page.getByRole('heading', { name: 'Min organisation', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    return { page, link };
  }

  it(
    '1. a person signs up, confirms the address from the mail and is signed in',
    async () => {
      const first = await signUpAndVerify(ANNA);
      anna = first.page;
      annasUsedLink = first.link;
      await expectNoSeriousA11yIssues(anna);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. a used link is explained, with a form for a new one',
    async () => {
      const page = await web.newPage();
      await page.goto(annasUsedLink);
      await page.getByRole('alert').filter({ hasText: 'har redan använts' }).waitFor();
      await page.getByRole('heading', { name: 'Få en ny länk' }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '3. she registers her organisation, checked as the number is typed, and becomes its administrator',
    async () => {
      const number = anna.getByLabel('Organisationsnummer');
      const wrongDigit = (Number(ORG_NUMBER.at(-1)) + 1) % 10;
      await number.fill(`${ORG_NUMBER.slice(0, -1)}${wrongDigit}`);
      await anna.getByText(`men den ska vara ${ORG_NUMBER.at(-1)}`).waitFor();
      await expectNoSeriousA11yIssues(anna);
      await number.fill(ORG_NUMBER);
      await anna.getByRole('heading', { name: 'Registrera organisationen' }).waitFor();
      // Submitting without a name or type: the summary links to both fields, focus on it.
      await anna.getByRole('button', { name: 'Registrera organisationen' }).click();
      await anna.getByRole('link', { name: 'Ange organisationens namn.' }).waitFor();
      await expect.poll(() => anna.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      await expectNoSeriousA11yIssues(anna);
      await anna.getByLabel('Organisationens namn').fill(ORG_NAME);
      await anna.getByLabel('Typ av organisation').selectOption({ label: 'Företag' });
      await anna.getByRole('button', { name: 'Registrera organisationen' }).click();
      await anna.getByRole('heading', { name: ORG_NAME, level: 1 }).waitFor();
      await anna.getByRole('status').filter({ hasText: 'du är dess administratör' }).waitFor();
      await anna.getByRole('heading', { name: 'Medlemmar' }).waitFor();
      expect(await anna.locator('.site-header').textContent()).toContain(ORG_NAME);
      await expectNoSeriousA11yIssues(anna);
    },
    STEP_TIMEOUT,
  );

  it(
    '4. a colleague signs up and asks to join; the administrator is mailed',
    async () => {
      bo = (await signUpAndVerify(BO)).page;
      await bo.getByLabel('Organisationsnummer').fill(ORG_NUMBER.replace('-', ''));
      await bo.getByRole('heading', { name: `Be om att få gå med i ${ORG_NAME}` }).waitFor();
      await expectNoSeriousA11yIssues(bo);
      await bo.getByLabel('Meddelande till administratören (valfritt)').fill('Jag sköter ekonomin.');
      await bo.getByRole('button', { name: 'Skicka förfrågan' }).click();
      await bo.getByRole('heading', { name: 'Din förfrågan väntar på svar' }).waitFor();
      expect(await bo.locator('main').textContent()).toContain(`om att få gå med i ${ORG_NAME}`);
      await expectNoSeriousA11yIssues(bo);
      const mail = await deliverTo(ANNA.email);
      expect(mail.subject).toBe(`${BO.name} vill gå med i ${ORG_NAME} / ${BO.name} asks to join ${ORG_NAME}`);
      expect(mail.text).toContain('Jag sköter ekonomin.');
    },
    STEP_TIMEOUT,
  );

  it(
    '5. the administrator accepts, and the colleague is a member',
    async () => {
      await anna.reload();
      await anna.getByRole('heading', { name: `${BO.name} (${BO.email})` }).waitFor();
      expect(await anna.locator('.box').textContent()).toContain('Jag sköter ekonomin.');
      await expectNoSeriousA11yIssues(anna);
      await anna.getByRole('button', { name: `Godkänn för ${BO.name}` }).click();
      await anna
        .getByRole('status')
        .filter({ hasText: `${BO.name} är nu medlem` })
        .waitFor();
      await anna.getByText('Inga förfrågningar väntar.').waitFor();
      await expect.poll(() => anna.getByRole('row', { name: new RegExp(BO.name) }).textContent()).toContain('sökande');
      await expectNoSeriousA11yIssues(anna);

      const mail = await deliverTo(BO.email);
      expect(mail.subject).toContain(`Du är nu med i ${ORG_NAME}`);
      await bo.reload();
      await bo.getByRole('heading', { name: ORG_NAME, level: 1 }).waitFor();
      expect(await bo.locator('.facts').textContent()).toContain('sökande');
      await expectNoSeriousA11yIssues(bo);
    },
    STEP_TIMEOUT,
  );
});

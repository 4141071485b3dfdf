import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { documentAttachmentLoader } from '../../src/server/mail/document-attachments.js';
import { createSmtpTransport, processOutboxOnce } from '../../src/server/mail/sender.js';
import { samples } from '../../src/server/modules/attachments/testing/sample-files.js';
import { loginAs, testClock } from '../support/app.js';
import { completeApplication, funderIdByName } from '../support/applications.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';
import { parseMail } from '../support/smtp.js';

const run = browserAvailable();
const PROJECT = 'Bilagor i inlandet';
const ASK = 'Intyget om medfinansiering saknas. Bifoga det och beskriv kommunens del.';
const ANSWER = 'Intyget från Umeå kommun är bifogat; kommunen står för 200 000 kr.';
const STEP_TIMEOUT = 120_000;

/**
 * Attachments and a completion request in a browser: the applicant attaches a file to an application and
 * submits it; the officer sees the file and asks for completion; the mail reaches the applicant; the
 * applicant answers, adds the missing file and submits again under the same diary number; the officer sees
 * the answer, both files and "Komplettering inkommen" on the timeline. axe on every page.
 */
describe.runIf(run)('attachments and a completion request, in a browser', () => {
  let caseId = '';
  let diaryNumber = '';
  const web = browserSuite({
    app: { seed: true },
    documentsOnDisk: true,
    smtp: true,
    setUp: async (t) => {
      const applicant = await loginAs(t.app, 'sokande@umu.example');
      const funderId = await funderIdByName(t.app, applicant.headers, 'Region Västerbotten');
      const draft = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant.headers,
        payload: { funderId, content: completeApplication({ projectName: PROJECT }) },
      });
      caseId = draft.json<{ caseId: string }>().caseId;
    },
  });

  const filesTable = (page: Page) => page.getByRole('table', { name: 'Bifogade filer' });

  it(
    '1. the applicant attaches a file to the application and submits it',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.goto(`${web.base}/ansokan/${caseId}`);
      await page.getByRole('heading', { name: 'Bilagor', exact: true }).waitFor();
      await expectNoSeriousA11yIssues(page);

      // A program renamed to .pdf is refused, the error tied to the file input, and nothing is stored.
      await page.getByLabel('Välj fil', { exact: true }).setInputFiles({
        name: 'budget.pdf',
        mimeType: 'application/pdf',
        buffer: samples.exe(),
      });
      await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Filen kunde inte laddas upp' });
      await summary.waitFor();
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByLabel('Välj fil', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('Välj fil', { exact: true }).setInputFiles({
        name: 'budgetunderlag.pdf',
        mimeType: 'application/pdf',
        buffer: samples.pdf(),
      });
      await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'budgetunderlag.pdf är uppladdad.' }).waitFor();
      await filesTable(page).getByRole('link', { name: 'budgetunderlag.pdf' }).waitFor();
      expect(await filesTable(page).getByRole('row').nth(1).textContent()).toContain('PDF');

      await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
      await page.getByRole('dialog', { name: 'Skicka in ansökan?' }).getByRole('button', { name: 'Bekräfta' }).click();
      await page.getByRole('heading', { name: 'Ansökan är inskickad' }).waitFor();
      diaryNumber = (await page.locator('.diary-number').textContent()) ?? '';
      expect(diaryNumber).toMatch(/\d/);
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the officer sees the file and asks for completion',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.goto(`${web.base}/arenden/${caseId}`);
      await page.getByRole('heading', { name: 'Begär komplettering' }).waitFor();
      await filesTable(page).getByRole('link', { name: 'budgetunderlag.pdf' }).waitFor();
      await expectNoSeriousA11yIssues(page);

      // Without a message or a date: the summary says what to fill in, linked to the fields.
      await page.getByRole('button', { name: 'Begär komplettering' }).click();
      await page.getByRole('link', { name: 'Skriv vad som behöver kompletteras.' }).waitFor();
      await page.getByRole('link', { name: 'Ange sista dag för kompletteringen.' }).waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('Vad behöver kompletteras?').fill(ASK);
      await page.getByLabel('Sista dag för kompletteringen').fill('2026-12-15');
      await page.getByRole('button', { name: 'Begär komplettering' }).click();
      await page.getByText('Ansökan är återsänd för komplettering.').waitFor();
      await page.locator('.timeline').getByText('Begäran om komplettering').waitFor();
      expect(await page.getByRole('button', { name: 'Begär komplettering' }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '3. the mail reaches the applicant with what is missing',
    async () => {
      const sent = await processOutboxOnce(
        web.t.database.db,
        testClock,
        createSmtpTransport({ host: '127.0.0.1', port: web.smtp.port }, 'Bidra <noreply@regionvasterbotten.example>', {
          ignoreTLS: true,
        }),
        documentAttachmentLoader(web.t.database.db, web.documents),
      );
      // The request, and the receipt the applicant was sent on submitting.
      expect(sent).toMatchObject({ sent: 2 });
      expect(web.smtp.received.map((m) => m.rcptTo)).toEqual([['sokande@umu.example'], ['sokande@umu.example']]);
      const mails = await Promise.all(web.smtp.received.map((m) => parseMail(m)));
      const mail = mails.find((m) => m.subject?.startsWith('Ansökan behöver kompletteras'))!;
      expect(mail.subject).toContain(diaryNumber);
      expect(mail.text).toContain(ASK);
      expect(mail.text).toContain('2026-12-15');
    },
    STEP_TIMEOUT,
  );

  it(
    '4. the applicant answers, adds the missing file and submits again under the same diary number',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.goto(`${web.base}/mina-arenden`);
      await page.getByRole('heading', { name: 'Kompletteringar att göra' }).waitFor();
      await page.getByText(ASK).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('link', { name: `Komplettera ${PROJECT}` }).click();

      await page.getByRole('heading', { name: 'Handläggaren begär komplettering' }).waitFor();
      await page.getByText('Komplettera senast 2026-12-15').waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Välj fil', { exact: true }).setInputFiles({
        name: 'intyg-medfinansiering.txt',
        mimeType: 'text/plain',
        buffer: samples.text(),
      });
      await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
      await filesTable(page).getByRole('link', { name: 'intyg-medfinansiering.txt' }).waitFor();

      // "Skicka in igen" without an answer: the error sits at the answer field, which gets the focus.
      await page.getByRole('button', { name: 'Skicka in igen' }).click();
      await page.getByText('Skriv ditt svar till handläggaren.').waitFor();
      const answer = page.getByLabel('Ditt svar till handläggaren');
      await expect.poll(() => answer.evaluate((el) => el === document.activeElement)).toBe(true);
      await answer.fill(ANSWER);
      await page.getByRole('button', { name: 'Skicka in igen' }).click();
      await page.getByRole('dialog', { name: 'Skicka in ansökan?' }).getByRole('button', { name: 'Bekräfta' }).click();
      await page.getByRole('heading', { name: 'Ansökan är inskickad' }).waitFor();
      expect(await page.locator('.diary-number').textContent()).toBe(diaryNumber);
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '5. the officer sees the answer, both files and the completion on the timeline',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.goto(`${web.base}/arenden/${caseId}`);
      await page.getByRole('heading', { name: 'Meddelanden och kompletteringar' }).waitFor();
      await page.getByText(ANSWER).waitFor();
      await page.getByText('Kompletteringen har kommit in.').waitFor();
      await filesTable(page).getByRole('link', { name: 'budgetunderlag.pdf' }).waitFor();
      await filesTable(page).getByRole('link', { name: 'intyg-medfinansiering.txt' }).waitFor();
      const timeline = page.locator('.timeline');
      await timeline.getByText('Komplettering inkommen').waitFor();
      await timeline.getByText('Bilaga tillagd').first().waitFor();
      expect(await timeline.textContent()).toContain('intyg-medfinansiering.txt');
      expect(await page.locator('dl.facts').first().textContent()).toContain(diaryNumber);
      // The file is served as stored, and not shown in the browser.
      const href = await filesTable(page).getByRole('link', { name: 'intyg-medfinansiering.txt' }).getAttribute('href');
      const response = await page.request.get(`${web.base}${href}`);
      expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(Buffer.from(await response.body()).equals(samples.text())).toBe(true);
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoFixtures } from '../../src/server/modules/decisions/testing/case-builder.js';
import { makeGrantedProject } from '../../src/server/modules/payments/testing/grant-builder.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const PROJECT = 'Kompletterade kostnader i inlandet';
const COMPLETE = 'Bifoga lönebilagor för personalkostnaderna och rätta perioden för resorna.';
const REASON = 'Kostnaderna avser ordinarie verksamhet och inte projektets aktiviteter.';
const STEP_TIMEOUT = 120_000;

/**
 * The officer's other outcomes of a payment request, in a browser: the beneficiary submits, the officer
 * returns it for completion with a message, the beneficiary reads it, corrects and resubmits under the same
 * diary number, the officer rejects it with reasons, and the beneficiary sees "Avslagen" and why, with the
 * grant left whole. axe on every page.
 */
describe.runIf(run)('a payment request returned for completion and then rejected, in a browser', () => {
  let projectId = '';
  let requestUrl = '';
  let diaryNumber = '';
  let projectDiaryNumber = '';
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      const f = await demoFixtures(t.database.db);
      const g = await makeGrantedProject(t.database.db, {
        funderId: f.funder.id,
        organizationId: f.umu.id,
        amountOre: 100_000_000,
        maxShareBp: 5000,
        name: PROJECT,
      });
      projectId = g.project.id;
      projectDiaryNumber = g.kase.diaryNumber ?? '';
    },
  });

  /** The officer opens the request from the list of requests to check. */
  async function officerOpensRequest(): Promise<Page> {
    const page = await web.signIn('handlaggare@regionvasterbotten.example');
    await page.getByRole('link', { name: 'Utbetalningar', exact: true }).click();
    await page.getByRole('heading', { name: 'Att granska' }).waitFor();
    await expectNoSeriousA11yIssues(page);
    await page.locator('section[aria-labelledby="to-check"]').getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { name: 'Granskning' }).waitFor();
    expect(page.url()).toBe(requestUrl);
    return page;
  }

  it(
    '1. the beneficiary submits a request',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
      await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Ny begäran om utbetalning' }).click();
      await page.waitForURL(/\/utbetalningar\/[0-9a-f-]{36}$/);
      requestUrl = page.url();
      await page.getByLabel('Kostnaderna avser från (ÅÅÅÅ-MM-DD)').fill('2026-01-01');
      await page.getByLabel('till och med (ÅÅÅÅ-MM-DD)').fill('2026-06-30');
      await page.getByLabel('Personal').fill('300 000');
      await page.getByLabel('Resor och logi').fill('20 000');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Skicka in' }).click();
      const notice = await page.getByText(/Begäran är inskickad och registrerad med diarienummer/).textContent();
      diaryNumber = /diarienummer (.+)\.$/.exec(notice ?? '')?.[1] ?? '';
      // The request is a document in the project's one case: it carries the project's diary number.
      expect(diaryNumber).toBe(projectDiaryNumber);
      expect(await page.getByTestId('request-status').textContent()).toBe('Inskickad');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the officer returns it for completion, with a message that is required',
    async () => {
      const page = await officerOpensRequest();
      await page.getByRole('heading', { name: 'Återsänd för komplettering' }).waitFor();
      await page.getByRole('heading', { name: 'Avslå begäran' }).waitFor();
      await expectNoSeriousA11yIssues(page);
      // Without a message the field says what is missing and nothing is sent.
      await page.getByRole('button', { name: 'Återsänd för komplettering' }).click();
      await page.getByText('Skriv vad stödmottagaren behöver komplettera.').waitFor();
      const field = page.getByLabel('Vad behöver stödmottagaren komplettera?');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoSeriousA11yIssues(page);
      await field.fill(COMPLETE);
      await page.getByRole('button', { name: 'Återsänd för komplettering' }).click();
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Begäran är återsänd till stödmottagaren för komplettering.');
      expect(await page.getByTestId('request-status').textContent()).toBe('Återsänd för komplettering');
      expect(await page.getByTestId('decision-note').textContent()).toBe(COMPLETE);
      await expectNoSeriousA11yIssues(page);

      // It has left the officer's list of requests to check.
      await page.getByRole('link', { name: 'Utbetalningar', exact: true }).click();
      await page.getByRole('heading', { name: 'Att granska' }).waitFor();
      const toCheck = page.locator('section[aria-labelledby="to-check"]');
      await toCheck.waitFor();
      expect(await toCheck.getByRole('link', { name: PROJECT }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. the beneficiary reads the message, corrects the request and submits it again under the same number',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.getByRole('link', { name: 'Utbetalningar', exact: true }).click();
      await page.getByRole('heading', { name: 'Begäran om utbetalning' }).waitFor();
      const row = page.locator('section[aria-labelledby="my-requests"] tr', { hasText: PROJECT });
      expect(plain(await row.textContent())).toContain('Återsänd för komplettering');
      await expectNoSeriousA11yIssues(page);
      await row.getByRole('link', { name: PROJECT }).click();
      await page.getByText('Handläggaren har återsänt begäran för komplettering.', { exact: false }).waitFor();
      expect(page.url()).toBe(requestUrl);
      expect(await page.getByTestId('request-status').textContent()).toBe('Återsänd för komplettering');
      expect(await page.getByTestId('decision-note').textContent()).toBe(COMPLETE);
      expect(plain(await page.locator('main').textContent())).toContain(`Begärd komplettering${COMPLETE}`);
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Personal').fill('280 000');
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('150 000 kr');
      await page.getByRole('button', { name: 'Skicka in' }).click();
      await page.getByText(`Begäran är inskickad och registrerad med diarienummer ${diaryNumber}.`).waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Inskickad');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '4. the officer rejects the completed request with reasons',
    async () => {
      const page = await officerOpensRequest();
      // The officer sees what was asked for before.
      expect(await page.getByTestId('decision-note').textContent()).toBe(COMPLETE);
      await page.getByRole('button', { name: 'Avslå begäran' }).click();
      await page.getByText('Skriv skälen för avslaget.').waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Skäl för avslaget').fill(REASON);
      await page.getByRole('button', { name: 'Avslå begäran' }).click();
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Begäran är avslagen. Stödmottagaren får skälen med e-post.');
      expect(await page.getByTestId('request-status').textContent()).toBe('Avslagen');
      expect(await page.getByRole('button', { name: 'Godkänn kostnaderna' }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '5. the beneficiary sees "Avslagen" with the reasons, and the grant is left whole',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.goto(requestUrl);
      await page.getByTestId('request-status').waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Avslagen');
      expect(await page.getByTestId('decision-note').textContent()).toBe(REASON);
      const text = plain(await page.locator('main').textContent());
      expect(text).toContain(`Skäl för avslaget${REASON}`);
      expect(text).toContain(`Diarienummer${diaryNumber}`);
      expect(await page.getByRole('button', { name: 'Skicka in' }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('link', { name: 'Till projektets utbetalningar' }).click();
      await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
      const overview = plain(await page.locator('main').textContent());
      expect(overview).toContain('Återstår av stödet1 000 000 kr');
      expect(overview).toContain('Avslagen');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoFixtures } from '../../src/server/modules/decisions/testing/case-builder.js';
import { makeGrantedProject } from '../../src/server/modules/payments/testing/grant-builder.js';
import { loginAs } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const PROJECT = 'Hållbara besöksnäringar i fjällen';
const STEP_TIMEOUT = 120_000;

/**
 * docs/domain/life-of-a-grant.md, "6. Reporting and payment" in a browser, by three people: the beneficiary writes and
 * submits a payment request with live totals, the officer approves the costs with a cut and sees the payable amount and
 * its limit change as they type, finance records the payment; every page is checked by axe. The grant: 1 000 000 kr at
 * most 50 % of approved costs, 10 % withheld until the final report.
 */
describe.runIf(run)('a payment request from the beneficiary to the payment, in a browser', () => {
  let projectId = '';
  let requestUrl = '';
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
      const officer = await loginAs(t.app, 'handlaggare@regionvasterbotten.example');
      const plan = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/projects/${projectId}/reporting-plan`,
        headers: officer.headers,
        payload: {
          version: null,
          items: [
            { kind: 'payment_request', dueDate: '2026-11-30', periodStart: '2026-01-01', periodEnd: '2026-06-30' },
            { kind: 'final_report', dueDate: '2028-02-29' },
          ],
        },
      });
      expect(plan.statusCode, plan.body).toBe(200);
    },
  });

  it(
    '1. the beneficiary writes the request with live totals and submits it',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.getByRole('link', { name: 'Utbetalningar' }).click();
      await page.getByRole('link', { name: PROJECT }).click();
      await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
      expect(plain(await page.locator('main').textContent())).toContain('Snart: om 6 dagar');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Ny begäran om utbetalning' }).click();
      await page.waitForURL(/\/utbetalningar\/[0-9a-f-]{36}$/);
      requestUrl = page.url();
      await page.getByLabel('Kostnaderna avser från (ÅÅÅÅ-MM-DD)').fill('2026-01-01');
      await page.getByLabel('till och med (ÅÅÅÅ-MM-DD)').fill('2026-06-30');
      await page.getByLabel('Personal').fill('300 000');
      await page.getByLabel('Externa tjänster').fill('100 000');
      await page.getByLabel('Resor och logi').fill('20 000');
      await page.getByLabel('Projektintäkter (minskar kostnaden)').fill('20 000');
      // 400 000 kr net at 50 %: the same rule the server applies.
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('200 000 kr');
      expect(plain(await page.locator('aside').textContent())).toContain('400 000 kr');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-payment-request');
      await page.getByRole('button', { name: 'Skicka in' }).click();
      // The request is a document in the project's one case, under the project's diary number.
      await page.getByText(`Begäran är inskickad och registrerad med diarienummer ${projectDiaryNumber}.`).waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Inskickad');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the officer cuts one category with a motivation and sees the payable amount follow',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.getByRole('link', { name: 'Utbetalningar' }).click();
      await page.getByRole('heading', { name: 'Att granska' }).waitFor();
      await page.getByRole('link', { name: PROJECT }).click();
      await page.getByRole('heading', { name: 'Granskning' }).waitFor();
      expect(page.url()).toBe(requestUrl);
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('200 000 kr');
      await page.getByLabel('Godkänt: Externa tjänster').fill('60 000');
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('180 000 kr');
      expect(await page.getByTestId('limited-by').textContent()).toBe('stödandelen av godkända kostnader');
      // Approving a cut without a motivation is stopped on the page, naming the category.
      await page.getByRole('button', { name: 'Godkänn kostnaderna' }).click();
      await page.getByRole('link', { name: /Externa tjänster är 40\s000\skr lägre än det begärda/ }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page
        .getByLabel('Motivering (där godkänt är lägre): Externa tjänster')
        .fill('Fakturan avser tiden före projektet.');
      await shot(page, 'web-payment-check');
      await page.getByRole('button', { name: 'Godkänn kostnaderna' }).click();
      await page.getByText('Kostnaderna är godkända. Att betala ut: 180 000 kr.').waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Granskad');
      expect(plain(await page.locator('main').textContent())).toContain('Fakturan avser tiden före projektet.');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. finance records the payment, and the beneficiary sees it',
    async () => {
      const page = await web.signIn('ekonomi@regionvasterbotten.example');
      await page.getByRole('link', { name: 'Utbetalningar' }).click();
      await page.getByRole('heading', { name: 'Att betala ut' }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('link', { name: PROJECT }).click();
      await page.getByRole('heading', { name: 'Registrera utbetalning' }).waitFor();
      await page.getByLabel('Utbetalningsdag (ÅÅÅÅ-MM-DD)').fill('2026-11-25');
      await page.getByLabel('Verifikation/referens').fill('VER 2026-4711');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Registrera utbetalningen' }).click();
      await page.getByText('180 000 kr är utbetalt 2026-11-25.').waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Utbetald');
      expect(plain(await page.getByTestId('request-paid').textContent())).toBe(
        '180 000 kr, 2026-11-25 (VER 2026-4711)',
      );

      const beneficiary = await web.signIn('sokande@umu.example');
      await beneficiary.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
      await beneficiary.getByRole('heading', { name: 'Gjorda utbetalningar' }).waitFor();
      const text = plain(await beneficiary.locator('main').textContent());
      expect(text).toContain('Utbetalt180 000 kr');
      expect(text).toContain('Återstår av stödet820 000 kr');
      expect(text).toContain('VER 2026-4711');
      // The reporting plan's payment date is done now.
      expect(text).toContain('Klar');
      await expectNoSeriousA11yIssues(beneficiary);
      await shot(beneficiary, 'web-project-payments');
    },
    STEP_TIMEOUT,
  );
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samples } from '../../src/server/modules/attachments/testing/sample-files.js';
import { demoFixtures } from '../../src/server/modules/decisions/testing/case-builder.js';
import { makeGrantedProject } from '../../src/server/modules/payments/testing/grant-builder.js';
import { loginAs, type TestApp } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const FRESH = 'Besöksnäring längs Skellefteälven';
const SPENT = 'Slutbetalt projekt i Lycksele';
const CLOSING = 'Avslutat kunskapslyft i Norsjö';
const STEP_TIMEOUT = 120_000;

const APPLICANT = 'sokande@umu.example';
const OFFICER = 'handlaggare@regionvasterbotten.example';
const FINANCE = 'ekonomi@regionvasterbotten.example';
const HEAD = 'verksamhetschef@regionvasterbotten.example';

type Headers = Record<string, string>;

async function call<T>(t: TestApp, method: 'GET' | 'POST', url: string, headers: Headers, payload?: object) {
  const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json<T>();
}

/** A final payment of `claimedOre` staff costs, submitted, approved in full and paid, through the API. */
async function finalPaymentPaid(t: TestApp, projectId: string, claimedOre: number): Promise<void> {
  const applicant = (await loginAs(t.app, APPLICANT)).headers;
  const officer = (await loginAs(t.app, OFFICER)).headers;
  const finance = (await loginAs(t.app, FINANCE)).headers;
  const draft = await call<{ id: string; version: number }>(
    t,
    'POST',
    `/api/v1/projects/${projectId}/payment-requests`,
    applicant,
    { kind: 'final', period: { start: '2026-01-01', end: '2026-10-31' }, costs: [{ category: 'staff', claimedOre }] },
  );
  const sent = await call<{ version: number }>(t, 'POST', `/api/v1/payment-requests/${draft.id}/submit`, applicant, {
    version: draft.version,
  });
  const approved = await call<{ request: { version: number } }>(
    t,
    'POST',
    `/api/v1/payment-requests/${draft.id}/approve`,
    officer,
    { version: sent.version, costs: [{ category: 'staff', approvedOre: claimedOre }] },
  );
  await call(t, 'POST', `/api/v1/payment-requests/${draft.id}/payment`, finance, {
    version: approved.request.version,
    paidOn: '2026-11-20',
    reference: `VER-${draft.id.slice(0, 6)}`,
  });
}

/** Whether `first` comes before `second` in the page. */
const comesBefore = (page: Page, first: string, second: string) =>
  page.evaluate(
    ([a, b]) => {
      const x = document.querySelector(a!);
      const y = document.querySelector(b!);
      return !!x && !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [first, second],
  );

/**
 * The payment request and the final report as the beneficiary fills them in (docs/domain/life-of-a-grant.md,
 * "6. Reporting and payment" and "7. Closure"): an empty request says what remains of the grant and says that nothing
 * remains only when nothing does; receipts are attached on the request before it is sent; the final report takes
 * files too; and what goes back to the appropriation stays the funder's figure until the closing decision is made.
 * axe on every page state.
 */
describe.runIf(run)('a payment request and a final report as the beneficiary fills them in, in a browser', () => {
  const ids = { fresh: '', spent: '', closing: '' };
  const web = browserSuite({
    app: { seed: true },
    pages: { timeout: 15_000 },
    setUp: async (t) => {
      const f = await demoFixtures(t.database.db);
      const grant = (name: string, amountOre: number) =>
        makeGrantedProject(t.database.db, {
          funderId: f.funder.id,
          organizationId: f.umu.id,
          amountOre,
          maxShareBp: 5000,
          name,
        });
      ids.fresh = (await grant(FRESH, 100_000_000)).project.id;
      ids.spent = (await grant(SPENT, 10_000_000)).project.id;
      ids.closing = (await grant(CLOSING, 100_000_000)).project.id;
      // 200 000 kr of costs at 50 % pays the whole 100 000 kr grant.
      await finalPaymentPaid(t, ids.spent, 20_000_000);
      // 600 000 kr of costs at 50 %: 300 000 kr paid of 1 000 000 kr.
      await finalPaymentPaid(t, ids.closing, 60_000_000);
    },
  });

  /** The beneficiary starts a new request on the project and lands on its page. */
  async function newRequest(projectId: string, name: string): Promise<Page> {
    const page = await web.signIn(APPLICANT);
    await page.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
    await page.getByRole('heading', { name: `Utbetalningar: ${name}` }).waitFor();
    await page.getByRole('button', { name: 'Ny begäran om utbetalning' }).click();
    await page.waitForURL(/\/utbetalningar\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Summering' }).waitFor();
    return page;
  }

  let requestUrl = '';

  it(
    '1. an empty request shows what remains of the grant; typing costs shows the payment and its limit',
    async () => {
      const page = await newRequest(ids.fresh, FRESH);
      requestUrl = page.url();
      const box = () => page.getByRole('complementary', { name: 'Summering' });
      const text = plain(await box().textContent());
      expect(text).not.toContain('inget återstår att betala ut');
      expect(plain(await page.getByTestId('remaining').textContent())).toBe('1 000 000 kr');
      expect(text).toContain('Fyll i kostnaderna');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-payment-request-empty');

      await page.getByLabel('Personal').fill('300 000');
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('150 000 kr');
      expect(await page.getByTestId('limited-by').textContent()).toBe('stödandelen av godkända kostnader');
      expect(plain(await box().textContent())).toContain('Återstår av stödet därefter850 000 kr');
      await expectNoSeriousA11yIssues(page);

      // Income that cancels the costs pays nothing, but the grant is not spent: the share of the costs limits it.
      await page.getByLabel('Projektintäkter (minskar kostnaden)').fill('300 000');
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('0 kr');
      expect(await page.getByTestId('limited-by').textContent()).toBe('stödandelen av godkända kostnader');
      await page.getByLabel('Projektintäkter (minskar kostnaden)').fill('');

      // Enter in an amount saves nothing and sends nothing: only the button submits.
      await page.getByLabel('Personal').press('Enter');
      await page.waitForTimeout(300);
      expect(await page.getByTestId('request-status').textContent()).toBe('Utkast');
    },
    STEP_TIMEOUT,
  );

  it(
    '2. on a grant paid in full, the empty request says that nothing remains',
    async () => {
      const page = await newRequest(ids.spent, SPENT);
      expect(plain(await page.getByTestId('remaining').textContent())).toBe('0 kr');
      expect(await page.getByTestId('limited-by').textContent()).toBe('inget återstår att betala ut');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. receipts are attached on the draft request, before it is sent, and the officer sees them',
    async () => {
      const page = await web.signIn(APPLICANT);
      await page.goto(requestUrl);
      await page.getByRole('heading', { name: 'Summering' }).waitFor();
      expect(plain(await page.locator('main').textContent())).toContain('kvitton');
      await page.getByLabel('Kostnaderna avser från (ÅÅÅÅ-MM-DD)').fill('2026-01-01');
      await page.getByLabel('till och med (ÅÅÅÅ-MM-DD)').fill('2026-06-30');
      await page.getByLabel('Personal').fill('300 000');
      // The file input is part of the request, before the button that sends it.
      const upload = page.getByLabel('Välj fil', { exact: true });
      await upload.waitFor();
      expect(await comesBefore(page, 'input[type="file"]', '#request-actions')).toBe(true);
      await upload.setInputFiles({ name: 'kvitto-lon.pdf', mimeType: 'application/pdf', buffer: samples.pdf() });
      await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
      await page.getByText('kvitto-lon.pdf är uppladdad.').waitFor();
      await page.getByRole('link', { name: 'kvitto-lon.pdf' }).waitFor();
      // The figures typed before the upload are still there.
      expect(await page.getByLabel('Personal').inputValue()).toBe('300 000');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-payment-request-receipts');
      await page.getByRole('button', { name: 'Skicka in' }).click();
      await page.getByText(/Begäran är inskickad/).waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Inskickad');
      await page.getByRole('link', { name: 'kvitto-lon.pdf' }).waitFor();
      // Sent in, the request's files are the officer's to add to, not the beneficiary's.
      expect(await page.getByLabel('Välj fil', { exact: true }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);

      const officer = await web.signIn(OFFICER);
      await officer.goto(requestUrl);
      await officer.getByRole('heading', { name: 'Granskning' }).waitFor();
      await officer.getByRole('link', { name: 'kvitto-lon.pdf' }).waitFor();
      await expectNoSeriousA11yIssues(officer);
    },
    STEP_TIMEOUT,
  );

  /** The project's closure page, from its payments page. */
  async function closurePage(email: string): Promise<Page> {
    const page = await web.signIn(email);
    await page.goto(`${web.base}/utbetalningar/projekt/${ids.closing}`);
    await page.getByRole('heading', { name: `Utbetalningar: ${CLOSING}` }).waitFor();
    await page.getByRole('link', { name: 'Slutrapport och avslut' }).click();
    await page.getByRole('heading', { name: `Avslut: ${CLOSING}` }).waitFor();
    return page;
  }

  it(
    '4. the beneficiary writes the final report with a file and sees no return to the appropriation before the decision',
    async () => {
      const page = await closurePage(APPLICANT);
      expect(plain(await page.locator('main').textContent())).not.toContain('anslaget');
      expect(await page.getByTestId('release').count()).toBe(0);
      // Files are attached once the report is saved as a draft; the page says so before.
      expect(plain(await page.locator('main').textContent())).toContain('Spara slutrapporten som utkast');
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Sammanfattning').fill('Kunskapslyftet har nått 28 företag i Norsjö.');
      await page.getByLabel('Resultat').fill('28 företag har genomfört utbildningen.');
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await page.getByText('Sparat.').waitFor();
      const upload = page.getByLabel('Välj fil', { exact: true });
      await upload.setInputFiles({ name: 'deltagarlista.pdf', mimeType: 'application/pdf', buffer: samples.pdf() });
      await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
      await page.getByRole('link', { name: 'deltagarlista.pdf' }).waitFor();
      expect(await comesBefore(page, 'input[type="file"]', '#report-submit')).toBe(true);
      expect(await page.getByLabel('Resultat').inputValue()).toBe('28 företag har genomfört utbildningen.');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Skicka in slutrapporten' }).click();
      await page.getByText('Inskickad', { exact: true }).waitFor();
      expect(plain(await page.locator('main').textContent())).not.toContain('anslaget');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-final-report-beneficiary');

      // The server does not send the figure to the beneficiary either; the officer has it.
      const applicant = (await loginAs(web.t.app, APPLICANT)).headers;
      const officer = (await loginAs(web.t.app, OFFICER)).headers;
      const mine = await call<{ releaseOre: number | null; closed: unknown }>(
        web.t,
        'GET',
        `/api/v1/projects/${ids.closing}/closure`,
        applicant,
      );
      expect(mine.releaseOre).toBeNull();
      const staff = await call<{ releaseOre: number | null }>(
        web.t,
        'GET',
        `/api/v1/projects/${ids.closing}/closure`,
        officer,
      );
      expect(staff.releaseOre).toBe(70_000_000);
      const officerPage = await closurePage(OFFICER);
      expect(plain(await officerPage.getByTestId('release').textContent())).toBe(
        'Ej utbetalt belopp som återförs till anslaget: 700 000 kr',
      );
      await officerPage.getByRole('link', { name: 'deltagarlista.pdf' }).waitFor();
      await expectNoSeriousA11yIssues(officerPage);
    },
    STEP_TIMEOUT,
  );

  it(
    '5. once the closing decision is made, the beneficiary sees what was returned to the appropriation',
    async () => {
      const t = web.t;
      const officer = (await loginAs(t.app, OFFICER)).headers;
      const head = (await loginAs(t.app, HEAD)).headers;
      const closure = await call<{ finalReport: { id: string; version: number } }>(
        t,
        'GET',
        `/api/v1/projects/${ids.closing}/closure`,
        officer,
      );
      await call(t, 'POST', `/api/v1/reports/${closure.finalReport.id}/approve`, officer, {
        version: closure.finalReport.version,
      });
      const draft = await call<{ decisionId: string }>(t, 'POST', `/api/v1/projects/${ids.closing}/close`, officer, {
        delegationPoint: '1.6',
      });
      await call(t, 'POST', `/api/v1/decisions/${draft.decisionId}/propose`, officer, {});
      // Proposed is not decided: still nothing for the beneficiary.
      const applicant = (await loginAs(t.app, APPLICANT)).headers;
      const proposed = await call<{ releaseOre: number | null }>(
        t,
        'GET',
        `/api/v1/projects/${ids.closing}/closure`,
        applicant,
      );
      expect(proposed.releaseOre).toBeNull();
      await call(t, 'POST', `/api/v1/decisions/${draft.decisionId}/approve`, head, {});

      const page = await closurePage(APPLICANT);
      expect(await page.getByTestId('project-status').textContent()).toBe('avslutat');
      expect(plain(await page.getByTestId('release').textContent())).toBe('Återfört till anslaget: 700 000 kr');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

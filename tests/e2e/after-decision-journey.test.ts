import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoFixtures } from '../../src/server/modules/decisions/testing/case-builder.js';
import { makeGrantedProject } from '../../src/server/modules/payments/testing/grant-builder.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const PROJECT = 'Fjällnära kompetenscentrum';
const STEP_TIMEOUT = 120_000;

/**
 * docs/domain/life-of-a-grant.md, "7. Closure" in a browser, after the decision: the beneficiary asks for the final
 * payment, the officer approves it and finance pays; the beneficiary writes and submits the final report, the officer
 * approves it and proposes closing the project under point 1.6 of the delegation order, and the head of unit, who holds
 * that point, decides it, releasing what was not paid. The closed project stays in the public bank. The grant:
 * 1 000 000 kr at most 50 % of approved costs. Every page is checked by axe.
 */
describe.runIf(run)('after the decision: final payment, final report and closure, in a browser', () => {
  let projectId = '';
  // The server answers slower beside other suites (and on PostgreSQL): pages wait as long as the DOVI journey's.
  const web = browserSuite({
    app: { seed: true },
    pages: { timeout: 15_000 },
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
    },
  });

  async function closurePage(email: string): Promise<Page> {
    const page = await web.signIn(email);
    await page.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
    await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
    await page.getByRole('link', { name: 'Slutrapport och avslut' }).click();
    await page.getByRole('heading', { name: `Avslut: ${PROJECT}` }).waitFor();
    await expectNoSeriousA11yIssues(page);
    return page;
  }

  it(
    '1. the beneficiary requests the final payment, the officer approves it and finance pays',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
      await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Ny begäran om utbetalning' }).click();
      await page.waitForURL(/\/utbetalningar\/[0-9a-f-]{36}$/);
      const requestUrl = page.url();
      await page.getByLabel('Slututbetalning').check();
      await page.getByLabel('Kostnaderna avser från (ÅÅÅÅ-MM-DD)').fill('2026-01-01');
      await page.getByLabel('till och med (ÅÅÅÅ-MM-DD)').fill('2026-10-31');
      await page.getByLabel('Personal').fill('600 000');
      await expect.poll(async () => plain(await page.getByTestId('payable').textContent())).toBe('300 000 kr');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Skicka in' }).click();
      await page.getByText(/Begäran är inskickad/).waitFor();
      expect(await page.getByTestId('request-status').textContent()).toBe('Inskickad');

      const officer = await web.signIn('handlaggare@regionvasterbotten.example');
      await officer.goto(requestUrl);
      await officer.getByRole('heading', { name: 'Granskning' }).waitFor();
      await expectNoSeriousA11yIssues(officer);
      await officer.getByRole('button', { name: 'Godkänn kostnaderna' }).click();
      await officer.getByText('Kostnaderna är godkända. Att betala ut: 300 000 kr.').waitFor();
      expect(await officer.getByTestId('request-status').textContent()).toBe('Granskad');

      const finance = await web.signIn('ekonomi@regionvasterbotten.example');
      await finance.goto(requestUrl);
      await finance.getByRole('heading', { name: 'Registrera utbetalning' }).waitFor();
      await finance.getByLabel('Utbetalningsdag (ÅÅÅÅ-MM-DD)').fill('2026-11-25');
      await finance.getByLabel('Verifikation/referens').fill('VER 2026-5120');
      await expectNoSeriousA11yIssues(finance);
      await finance.getByRole('button', { name: 'Registrera utbetalningen' }).click();
      await finance.getByText('300 000 kr är utbetalt 2026-11-25.').waitFor();
      expect(await finance.getByTestId('request-status').textContent()).toBe('Utbetald');
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the beneficiary writes and submits the final report; closing is not offered to them',
    async () => {
      const page = await closurePage('sokande@umu.example');
      expect(plain(await page.getByTestId('cond-payment').textContent())).toContain('uppfyllt');
      expect(plain(await page.getByTestId('cond-report').textContent())).toContain('inte uppfyllt');
      expect(await page.getByRole('button', { name: 'Skapa beslutsutkast om avslut' }).count()).toBe(0);
      await page.getByLabel('Sammanfattning').fill('Kompetenscentrumet är etablerat i tre fjällkommuner.');
      await page.getByLabel('Resultat').fill('42 företag har deltagit i utbildningarna.');
      await page.getByLabel('Indikatorer').fill('Antal deltagande företag: 42');
      await page.getByRole('button', { name: 'Skicka in slutrapporten' }).click();
      await page.getByText('Inskickad', { exact: true }).waitFor();
      expect(plain(await page.locator('main').textContent())).toContain('42 företag har deltagit');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. the officer approves the report and proposes closing the project under point 1.6, releasing granted − paid',
    async () => {
      const page = await closurePage('handlaggare@regionvasterbotten.example');
      expect(plain(await page.getByTestId('release').textContent())).toBe(
        'Ej utbetalt belopp som återförs till anslaget: 700 000 kr',
      );
      await page.getByRole('button', { name: 'Godkänn slutrapporten' }).click();
      await page.getByText('Godkänd', { exact: true }).waitFor();
      await expect
        .poll(async () => plain(await page.getByTestId('cond-report').textContent()))
        .toContain('Slutrapporten är godkänd: uppfyllt');
      await expectNoSeriousA11yIssues(page);
      // The officer drafts the closing decision on the delegation order's point 1.6 (the head of unit's).
      await page.getByLabel('Delegationspunkt för beslutet om avslut').fill('1.6');
      await page.getByRole('button', { name: 'Skapa beslutsutkast om avslut' }).click();
      await page.getByText('Beslutsutkastet är skapat. Lämna beslutsförslaget till beslutsfattaren.').waitFor();
      const pending = page.getByRole('region', { name: 'Beslut under beredning' });
      expect(plain(await pending.textContent())).toContain('Avslut av projektet');
      expect(plain(await pending.textContent())).toContain('Utkast');
      // A draft closes nothing: the project is still open, with nothing released yet.
      expect(await page.getByTestId('project-status').textContent()).toBe('pågående');
      expect(await page.getByRole('button', { name: 'Skapa beslutsutkast om avslut' }).count()).toBe(0);
      const preview = await pending.getByRole('link', { name: 'Förhandsgranska beslutsbrevet' }).getAttribute('href');
      const res = await page.request.get(`${web.base}${preview}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      await expectNoSeriousA11yIssues(page);
      await pending.getByRole('button', { name: 'Lämna beslutsförslag' }).click();
      await page.getByText('Beslutsförslaget är lämnat till beslutsfattaren.').waitFor();
      expect(plain(await pending.textContent())).toContain('Beslutsförslag hos beslutsfattaren');
      expect(await pending.getByRole('button', { name: /Fatta beslut/ }).count()).toBe(0);
      expect(await page.getByTestId('project-status').textContent()).toBe('pågående');
      // The recovery form is there for the officer.
      await page.getByRole('heading', { name: 'Förslag till beslut om återkrav' }).waitFor();
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3b. the head of unit, who holds point 1.6, decides the closure; the project is closed and 700 000 kr released',
    async () => {
      const page = await closurePage('verksamhetschef@regionvasterbotten.example');
      const pending = page.getByRole('region', { name: 'Beslut under beredning' });
      expect(plain(await pending.textContent())).toContain('Avslut av projektet');
      await pending.getByRole('button', { name: 'Fatta beslut: Avslut av projektet' }).click();
      await page.getByText('Beslutet är fattat och beslutsbrevet är upprättat.').waitFor();
      await page.getByText(/Projektet avslutades \d{4}-\d{2}-\d{2}\./).waitFor();
      expect(await page.getByTestId('project-status').textContent()).toBe('avslutat');
      expect(plain(await page.getByTestId('release').textContent())).toBe('Återfört till anslaget: 700 000 kr');
      expect(await page.getByRole('region', { name: 'Beslut under beredning' }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);

      // The officer sees the project closed, with nothing left to close.
      const officer = await closurePage('handlaggare@regionvasterbotten.example');
      expect(await officer.getByTestId('project-status').textContent()).toBe('avslutat');
      expect(await officer.getByRole('button', { name: 'Skapa beslutsutkast om avslut' }).count()).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    '4. the closed project is still found in the public project bank',
    async () => {
      const api = await web.t.app.inject({
        method: 'GET',
        url: `/api/v1/public/projects?q=${encodeURIComponent('kompetenscentrum')}`,
      });
      expect(api.statusCode, api.body).toBe(200);
      const items = api.json<{ items: { id: string; status: string }[] }>().items;
      expect(items.find((p) => p.id === projectId)?.status).toBe('closed');

      const page = await web.newPage({ timeout: 10_000 });
      await page.goto(`${web.base}/projekt`);
      await page.getByLabel('Sök bland projekten').fill('kompetenscentrum');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByRole('link', { name: PROJECT }).waitFor();
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

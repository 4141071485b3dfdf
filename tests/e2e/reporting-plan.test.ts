import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoFixtures } from '../../src/server/modules/decisions/testing/case-builder.js';
import { makeGrantedProject } from '../../src/server/modules/payments/testing/grant-builder.js';
import { loginAs } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const PROJECT = 'Rapportering i norr';
const STEP_TIMEOUT = 120_000;
const POLL = { timeout: 15_000 };

/**
 * docs/domain/life-of-a-grant.md, "6. Reporting and payment" in a browser: the funder's officer sets a project's
 * reporting plan on the project's payments page — rows added, a missing date stopped on the page, saved; a plan changed
 * meanwhile is refused and reloaded — and the beneficiary reads the dates without being offered the editor. The test
 * clock stands at 2026-11-24. Every page is checked by axe.
 */
describe.runIf(run)('the reporting plan, kept by the officer in a browser', () => {
  let projectId = '';
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      const f = await demoFixtures(t.database.db);
      const g = await makeGrantedProject(t.database.db, {
        funderId: f.funder.id,
        organizationId: f.umu.id,
        amountOre: 50_000_000,
        maxShareBp: 5000,
        name: PROJECT,
      });
      projectId = g.project.id;
    },
  });

  const planTable = (page: Page) =>
    page.locator('section[aria-labelledby="plan-heading"] > table').textContent().then(plain);

  it(
    '1. the officer adds three dates; a row without a due date is stopped on the page; the plan is saved',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
      await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
      await page.getByText('Ingen rapporteringsplan är satt.').waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('button', { name: 'Lägg till datum' }).click();
      await page.getByLabel('Typ, rad 1').selectOption({ label: 'Begäran om utbetalning' });
      await page.getByLabel('Senast, rad 1').fill('2026-11-30');
      await page.getByLabel('Perioden börjar, rad 1').fill('2026-01-01');
      await page.getByLabel('Perioden slutar, rad 1').fill('2026-06-30');
      await page.getByRole('button', { name: 'Lägg till datum' }).click();
      await page.getByLabel('Typ, rad 2').selectOption({ label: 'Lägesrapport' });
      await page.getByLabel('Perioden börjar, rad 2').fill('2026-07-01');
      await page.getByRole('button', { name: 'Spara rapporteringsplanen' }).click();

      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(plain(await summary.textContent())).toContain('Rad 2: ange sista datum (ÅÅÅÅ-MM-DD).');
      expect(plain(await summary.textContent())).toContain('Rad 2: ange både periodens början och slut');
      expect(await page.getByLabel('Senast, rad 2').getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('Senast, rad 2').fill('2027-01-31');
      await page.getByLabel('Perioden slutar, rad 2').fill('2026-12-31');
      await page.getByRole('button', { name: 'Lägg till datum' }).click();
      await page.getByLabel('Typ, rad 3').selectOption({ label: 'Slutrapport' });
      await page.getByLabel('Senast, rad 3').fill('2028-02-29');
      await page.getByLabel('Anteckning (valfri)').fill('Enligt beslutets villkor.');
      await page.getByRole('button', { name: 'Spara rapporteringsplanen' }).click();
      await page.getByText('Rapporteringsplanen är sparad.').waitFor();

      // The table above the editor shows the saved dates and where each stands today (2026-11-24).
      await expect.poll(() => planTable(page), POLL).toContain('Slutrapport');
      const table = await planTable(page);
      expect(table).toContain('Begäran om utbetalning2026-11-302026-01-01 – 2026-06-30Snart: om 6 dagar');
      expect(table).toContain('Lägesrapport2027-01-312026-07-01 – 2026-12-31');
      expect(table).toContain('Slutrapport2028-02-29');
      expect(plain(await page.locator('main').textContent())).toContain('Enligt beslutets villkor.');
      await expectNoSeriousA11yIssues(page);
      if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-reporting-plan.png', fullPage: true });

      // Stored as the API reads it back.
      const officer = await loginAs(web.t.app, 'handlaggare@regionvasterbotten.example');
      const plan = (
        await web.t.app.inject({
          method: 'GET',
          url: `/api/v1/projects/${projectId}/reporting-plan`,
          headers: officer.headers,
        })
      ).json<{ version: number; items: { kind: string; dueDate: string }[] }>();
      expect(plan.items.map((i) => [i.kind, i.dueDate])).toEqual([
        ['payment_request', '2026-11-30'],
        ['progress_report', '2027-01-31'],
        ['final_report', '2028-02-29'],
      ]);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. a plan changed by someone else meanwhile is refused with a way to reload it; nothing is lost silently',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.goto(`${web.base}/utbetalningar/projekt/${projectId}`);
      await page.getByLabel('Senast, rad 3').waitFor();

      // Another officer moves the final report in the meantime, through the API.
      const other = await loginAs(web.t.app, 'handlaggare@regionvasterbotten.example');
      const current = (
        await web.t.app.inject({
          method: 'GET',
          url: `/api/v1/projects/${projectId}/reporting-plan`,
          headers: other.headers,
        })
      ).json<{ version: number; items: { id: string; kind: string; dueDate: string }[] }>();
      const moved = await web.t.app.inject({
        method: 'PUT',
        url: `/api/v1/projects/${projectId}/reporting-plan`,
        headers: other.headers,
        payload: {
          version: current.version,
          note: null,
          items: current.items.map((i) => ({
            id: i.id,
            kind: i.kind,
            dueDate: i.kind === 'final_report' ? '2028-03-31' : i.dueDate,
          })),
        },
      });
      expect(moved.statusCode, moved.body).toBe(200);

      await page.getByRole('button', { name: 'Ta bort rad 2' }).click();
      await page.getByRole('button', { name: 'Spara rapporteringsplanen' }).click();
      await expect
        .poll(async () => plain(await page.getByRole('alert').textContent()), POLL)
        .toContain('Rapporteringsplanen har ändrats sedan du hämtade den');
      await page.getByRole('button', { name: 'Hämta planen igen' }).click();
      await expect.poll(() => page.getByLabel('Senast, rad 3').inputValue(), POLL).toBe('2028-03-31');
      expect(await page.getByLabel('Senast, rad 2').inputValue()).toBe('2027-01-31');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. the beneficiary reads the dates and is not offered the editor',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.getByRole('link', { name: 'Utbetalningar' }).click();
      await page.getByRole('link', { name: PROJECT }).click();
      await page.getByRole('heading', { name: `Utbetalningar: ${PROJECT}` }).waitFor();
      await expect.poll(() => planTable(page), POLL).toContain('Slutrapport2028-03-31');
      expect(await page.getByRole('heading', { name: 'Ändra rapporteringsplanen' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Spara rapporteringsplanen' }).count()).toBe(0);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as s from '../../src/server/db/schema/index.js';
import { addInstallationAdmin, INSTALLER_EMAIL } from '../../src/server/modules/funders/testing/funder-app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const STEP_TIMEOUT = 120_000;
const POLL = { timeout: 15_000 };

/**
 * An empty installation becomes a funder through its own pages: the installation's administrator sets up
 * the funder, fills in the letterhead, standard conditions, payment details and appeal notices per
 * decision kind (a bad web address is stopped and linked to its field), a strategy with a priority and a sub-priority, an assessment aspect, and an appropriation
 * with a year budget typed in kronor. axe checks every page.
 */
describe.runIf(run)('a funder set up from an empty installation, in a browser', () => {
  let page: Page;
  const web = browserSuite({
    setUp: async (t) => {
      await addInstallationAdmin(t);
    },
  });

  it(
    '1. the installation’s administrator lands in administration and sets up the funder',
    async () => {
      page = await web.signIn(INSTALLER_EMAIL);
      await page.waitForURL(`${web.base}/admin`);
      await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('link', { name: 'Lägg upp er stödgivare' }).click();

      await page.getByRole('heading', { name: 'Lägg upp stödgivare' }).waitFor();
      await page.getByLabel('Organisationsnummer').fill('232100-0221');
      await page.getByRole('button', { name: 'Lägg upp stödgivaren' }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      const problems = plain(await summary.textContent());
      expect(problems).toContain('Ange stödgivarens namn.');
      expect(problems).toContain('fel kontrollsiffra');
      expect(problems).toContain('Ange diarienummerformat.');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className), POLL).toBe('error-summary');
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('Stödgivarens namn').fill('Region Västerbotten');
      await page.getByLabel('Organisationsnummer').fill('232100-0222');
      await page.getByLabel('Nämnd som beslutar').fill('Regionala utvecklingsnämnden');
      await page.getByLabel('Diarienummerformat').fill('REGAC - {seq} - {year}');
      await page.getByText(`Nästa diarienummer blir REGAC - 1 - ${new Date().getFullYear()}.`).waitFor();
      await shot(page, 'web-admin-new-funder');
      await page.getByRole('button', { name: 'Lägg upp stödgivaren' }).click();
      await page.waitForURL(`${web.base}/admin/installningar`);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. fills in the letterhead, standard conditions, payment details and appeal notices per kind; a bad web address is linked to its field',
    async () => {
      await page.getByRole('heading', { name: 'Inställningar', level: 1 }).waitFor();
      await expect.poll(() => page.getByLabel('Stödgivarens namn').inputValue(), POLL).toBe('Region Västerbotten');
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Postadress').fill('901 89 Umeå');
      await page.getByLabel('Telefon').fill('090-785 00 00');
      await page.getByLabel('E-post', { exact: true }).fill('region@regionvasterbotten.se');
      await page.getByLabel('Webbplats').fill('inte en adress');
      await page.getByLabel('Delegationsgräns (kronor)').fill('1 200 000');
      await page.getByLabel('Allmänna villkor').fill('Stödet får bara användas till projektet i beslutet.');
      await page
        .getByLabel('Betalningsuppgifter för återbetalningar och återkrav')
        .fill('Bankgiro 5050-0347. Ange diarienumret som referens.');
      // One appeal notice per decision kind; an empty one shows the letter's default beside it.
      await page.getByLabel('Överklagande: beslut om stöd').fill('Beslutet kan inte överklagas.');
      await page
        .getByLabel('Överklagande: återtaget uppdrag')
        .fill('Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen (2017:725).');
      expect(plain(await page.locator('#appealNotice-close-hint').textContent())).toContain(
        'Tom ruta: Beslutet kan inte överklagas (förordning (2003:596)',
      );
      expect(await page.getByLabel('Överklagande: återkrav').inputValue()).toBe('');
      await page.getByRole('button', { name: 'Spara inställningarna' }).click();

      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(plain(await summary.textContent())).toContain('"inte en adress" är inte en webbadress.');
      await summary.getByRole('link').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('website');
      // Nothing typed is lost by the refusal.
      expect(await page.getByLabel('Postadress').inputValue()).toBe('901 89 Umeå');
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('Webbplats').fill('www.regionvasterbotten.se');
      await page.getByRole('button', { name: 'Spara inställningarna' }).click();
      await page.getByText('Inställningarna är sparade (version 2).').waitFor();
      const preview = plain(await page.locator('.letterhead-preview').textContent());
      expect(preview).toContain(
        '901 89 Umeå · Telefon 090-785 00 00 · region@regionvasterbotten.se · www.regionvasterbotten.se',
      );
      const history = plain(await page.getByRole('table').textContent());
      expect(history).toContain(
        'postadress, telefon, e-post, webbplats, delegationsgräns, allmänna villkor, betalningsuppgifter, överklagandehänvisningar',
      );
      // What was saved is what the page shows again.
      expect(await page.getByLabel('Överklagande: beslut om stöd').inputValue()).toBe('Beslutet kan inte överklagas.');
      expect(history).toContain('Första versionen');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-admin-settings');
    },
    STEP_TIMEOUT,
  );

  it(
    '3. adds a strategy with a priority and a sub-priority, and an assessment aspect',
    async () => {
      await page.goto(`${web.base}/admin`);
      await page.getByRole('link', { name: 'Strategi och bedömningsgrunder' }).click();
      await page.getByRole('heading', { name: 'Strategi och bedömningsgrunder', level: 1 }).waitFor();
      await page.getByText('Stödgivaren har ingen strategi än.').waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('button', { name: 'Lägg till strategi' }).click();
      await page.getByLabel('Strategins namn').fill('Regional utvecklingsstrategi för Västerbottens län');
      await page.getByLabel('Från år').first().fill('2020');
      await page.getByLabel('Till år').first().fill('2030');
      await page.getByRole('button', { name: 'Lägg till prioritering' }).click();
      await page.getByLabel('Kod, rad 1').fill('3');
      await page.getByLabel('Namn, rad 1').fill('Västerbotten - en nära tillgänglig region');
      await page.getByRole('button', { name: 'Lägg till prioritering' }).click();
      await page.getByLabel('Kod, rad 2').fill('3.1');
      await page.getByLabel('Namn, rad 2').fill('Kapacitet för samverkan och samhandling');
      await page.getByLabel('Hör till, rad 2').selectOption('3');
      await page.getByRole('button', { name: 'Spara strategin' }).click();
      await page.getByText('Strategin är sparad.').waitFor();

      await page.getByLabel('Namn', { exact: true }).last().fill('Sammanhållen region');
      await page.getByLabel('Policy').last().fill('Agenda för hållbar finansiering');
      await page.getByRole('button', { name: 'Lägg till bedömningsgrunden' }).click();
      await page.getByText('Sammanhållen region är sparad.').waitFor();
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-admin-strategy');
    },
    STEP_TIMEOUT,
  );

  it(
    '4. adds appropriation 1:1 with a budget for 2026 typed in kronor',
    async () => {
      await page.goto(`${web.base}/admin`);
      await page.getByRole('link', { name: 'Anslag och program' }).click();
      await page.getByRole('heading', { name: 'Anslag och program', level: 1 }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Lägg till anslag' }).click();
      await page.getByLabel('Utgiftsområde').fill('UO 19');
      await page.getByLabel('Anslagskod').fill('1:1');
      await page.getByLabel('Namn', { exact: true }).fill('Regionala tillväxtåtgärder');
      await page.getByRole('button', { name: 'Lägg till år' }).click();
      await page.getByLabel('År, rad 1').fill('2026');
      await page.getByLabel('Budget, rad 1').fill('65 000 000');
      await page.getByRole('button', { name: 'Spara anslaget' }).click();
      await page.getByText('Anslaget är sparat.').waitFor();
      await page.getByRole('heading', { name: 'UO 19 1:1 Regionala tillväxtåtgärder' }).waitFor();
      expect(plain(await page.getByLabel('Budget, rad 1').inputValue())).toBe('65 000 000 kr');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-admin-appropriations');

      const db = web.t.database.db;
      const [org] = await db.select().from(s.organizations).where(eq(s.organizations.orgNumber, '232100-0222'));
      expect(org).toMatchObject({ postalAddress: '901 89 Umeå', website: 'www.regionvasterbotten.se' });
      const [funder] = await db.select().from(s.funders).where(eq(s.funders.organizationId, org!.id));
      expect(funder).toMatchObject({
        delegationLimitOre: 120_000_000,
        standardConditions: 'Stödet får bara användas till projektet i beslutet.',
        paymentDetails: 'Bankgiro 5050-0347. Ange diarienumret som referens.',
        appealNotices: {
          grant: 'Beslutet kan inte överklagas.',
          withdraw: 'Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen (2017:725).',
        },
        version: 2,
      });
      const priorities = await db.select().from(s.priorities);
      expect(priorities.map((p) => p.code).sort()).toEqual(['3', '3.1']);
      const [year] = await db.select().from(s.appropriationYears);
      expect(year).toMatchObject({ year: 2026, budgetOre: 6_500_000_000 });
    },
    STEP_TIMEOUT,
  );
});

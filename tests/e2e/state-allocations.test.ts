import { describe, expect, it } from 'vitest';
import { makeStateDecision, organizationNamed } from '../../src/server/modules/state-allocations/testing/fixtures.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const plain = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

// The test clock is 2026-11-24: seed 003's deadlines have passed; N2026/00042's lie ahead.
describe.runIf(run)('the finance officer keeps the region’s state allocations', () => {
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      const rvb = await organizationNamed(t.database.db, 'Region Västerbotten');
      await makeStateDecision(t.database.db, {
        reference: 'N2026/00042',
        decidedOn: '2026-02-10',
        recipients: [rvb.id],
        years: [
          { year: 2026, requisition: '2026-12-01', account: '2027-01-31', repayment: '2027-02-26' },
          { year: 2027, requisition: '2027-03-31', account: '2028-01-31', repayment: '2028-02-26' },
        ],
      });
    },
    pages: { height: 720 },
  });

  it('lists the decisions, shows seed 003 per recipient and year, records a requisition and reads the calendar', async () => {
    const page = await web.signIn('ekonomi@regionvasterbotten.example', { next: '/statliga-medel' });
    await page.getByRole('link', { name: 'Statliga medel' }).click();
    await page.getByRole('heading', { name: 'Statliga medel', level: 1 }).waitFor();
    const seedRow = page.locator('tbody tr', { hasText: 'I2021/00795' });
    await seedRow.waitFor();
    expect(plain(await seedRow.textContent())).toContain('5 000 000 kr');
    const fixtureRow = page.locator('tbody tr', { hasText: 'N2026/00042' });
    expect(plain(await fixtureRow.textContent())).toContain('Rekvisition 2026-12-01');
    expect(plain(await fixtureRow.textContent())).toContain('Snart, om 7 dagar');
    await expectNoSeriousA11yIssues(page);

    // Seed 003: 21 recipients × 2021–2025, Region Västerbotten (own) first.
    await page.getByRole('link', { name: /I2021\/00795/ }).click();
    await page.getByRole('heading', { name: /regional digitaliseringskoordinator/ }).waitFor();
    const rows = page.locator('table.sa-matrix tbody tr');
    expect(await rows.count()).toBe(21);
    const own = rows.first();
    expect(await own.locator('th').textContent()).toBe('Region Västerbotten (egen)');
    expect(await own.locator('td').first().textContent()).toContain('Avslutat');
    expect(await own.locator('td').nth(4).textContent()).toContain('Mottaget');
    // The 20 other recipients keep no record here: "Ej följd", never "Ej rekvirerat i tid".
    for (let i = 1; i < 21; i++) {
      const cells = plain(
        await rows
          .nth(i)
          .locator('td')
          .allTextContents()
          .then((x) => x.join('|')),
      );
      expect(cells).toBe(Array(5).fill('· Ej följd').join('|'));
    }
    expect(await page.locator('table.sa-matrix').textContent()).not.toContain('Ej rekvirerat i tid');
    expect(plain(await page.getByText(/mottagare följs inte här/).textContent())).toContain(
      '20 mottagare följs inte här',
    );
    // The decision's conditions, its reservation on later years and its signatories.
    const conditions = page.getByRole('region', { name: 'Villkor' });
    expect(await conditions.locator('li').count()).toBe(4);
    expect(plain(await conditions.textContent())).toContain('Senast den 26 februari respektive år');
    const facts = plain(await page.locator('.sa-facts').textContent());
    expect(facts).toContain(
      'Beslut om medel för 2022–2025 fattas årligen efter riksdagens beslut med anledning av budgetpropositionen.',
    );
    expect(facts).toContain('Tomas Eneroth, Rebecka Lönnroth');
    // 2025: the decision sets no account or repayment deadline, said as a warning.
    const missing = page.getByRole('region', { name: 'Frister som beslutet inte anger' });
    expect(plain(await missing.textContent())).toContain('ingen sista dag för redovisning av medlen för 2025');
    expect(plain(await missing.textContent())).toContain(
      'ingen sista dag för återbetalning av outnyttjade medel för 2025',
    );
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-state-decision.png', fullPage: true });

    // The newer decision: record 2026's requisition, first with too much, by keyboard.
    await page.getByRole('link', { name: 'Tillbaka till statliga medel' }).click();
    await page.getByRole('link', { name: /N2026\/00042/ }).click();
    const record = page.getByRole('link', { name: /Registrera 2026/ });
    await record.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Region Västerbotten, 2026' }).waitFor();
    await page.getByLabel('Rekvirerat belopp (kr)').fill('600 000');
    await page.getByLabel('Rekvisitionsdatum').fill('2026-11-20');
    await page.getByRole('button', { name: 'Spara' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(plain(await summary.textContent())).toContain(
      'Rekvirerat belopp 600 000 kr överstiger erbjudet belopp 500 000 kr med 100 000 kr.',
    );
    // The summary's link leads to the field, which carries the same message inline.
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sa-requisitionedOre');
    await expectNoSeriousA11yIssues(page);

    await page.getByLabel('Rekvirerat belopp (kr)').fill('450 000');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Tilldelningen är sparad.').waitFor();
    expect(await page.locator('.sa-facts').textContent()).toContain('Rekvirerat');
    await expectNoSeriousA11yIssues(page);

    // The calendar: the requisition is done, the rest lie ahead, month by month.
    await page.goto(`${web.base}/statliga-medel/frister`);
    await page.getByRole('heading', { name: 'Fristkalender för statliga medel' }).waitFor();
    const december = page.getByRole('region', { name: 'December 2026' });
    await december.waitFor();
    expect(await december.locator('tbody tr').first().textContent()).toContain('Klar');
    const march = page.getByRole('region', { name: 'Mars 2027' });
    expect(await march.textContent()).toContain('Rekvisition, medel för 2027');
    expect(await march.textContent()).toContain('Kommande, om 127 dagar');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-state-deadlines.png', fullPage: true });

    // All deadlines, seed 003's past ones too.
    await page.getByLabel('Visa').selectOption('all');
    await page.getByRole('region', { name: 'November 2021' }).waitFor();
    await expectNoSeriousA11yIssues(page);
  }, 120_000);

  it('lets a case officer read but not record', async () => {
    const page = await web.signIn('handlaggare@regionvasterbotten.example', { next: '/statliga-medel' });
    await page.getByRole('heading', { name: 'Statliga medel', level: 1 }).waitFor();
    await page.getByRole('link', { name: /N2026\/00042/ }).click();
    await page.locator('table.sa-matrix').waitFor();
    expect(await page.getByRole('link', { name: /Registrera/ }).count()).toBe(0);
    await expectNoSeriousA11yIssues(page);
  }, 60_000);
});

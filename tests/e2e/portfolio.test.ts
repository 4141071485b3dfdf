import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../src/server/db/schema/index.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe.runIf(run)('the portfolio dashboard and a project time plan', () => {
  const web = browserSuite({ app: { seed: true } });

  it('shows the granted figures as charts with a correct table behind "Visa som tabell"', async () => {
    const page = await web.signIn('ekonomi@regionvasterbotten.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Portfölj' }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfölj' }).waitFor();
    const total = page.locator('.portfolio-total');
    await expect.poll(async () => plain(await total.textContent())).toBe('9 beviljade projekt, totalt 30 926 890 kr.');
    await expectNoSeriousA11yIssues(page);

    const owners = page.getByRole('region', { name: 'Beviljat per typ av projektägare' });
    expect(await owners.getByRole('table').isVisible()).toBe(false);
    await owners.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = owners.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.map(plain)).toEqual([
      'Region627 236 867 kr',
      'Universitet eller högskola22 796 039 kr',
      'Företag1893 984 kr',
    ]);
    expect(plain(await table.locator('tfoot tr').textContent())).toBe('Totalt930 926 890 kr');
    expect(await owners.getByRole('button', { name: 'Dölj tabellen' }).getAttribute('aria-expanded')).toBe('true');
    // The bars carry their figures as text, not only as lengths or colours.
    expect(plain(await owners.locator('.bar-chart li').first().textContent())).toContain('27 236 867 kr · 6 projekt');

    const commitments = page.getByRole('region', { name: 'Åtaganden mot budget per anslag och år' });
    await commitments.getByRole('button', { name: 'Visa som tabell' }).click();
    const first = plain(await commitments.locator('tbody tr').first().textContent());
    expect(first).toBe('UO 19 anslag 1:1 Regionala tillväxtåtgärder202360 000 000 kr30 926 890 kr0 kr29 073 110 kr');
    expect(await commitments.getByRole('link', { name: 'Ladda ner som CSV' }).getAttribute('href')).toBe(
      '/api/v1/portfolio/appropriations.csv',
    );
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-portfolio.png', fullPage: true });

    await page
      .getByLabel('Prioritering', { exact: true })
      .selectOption({ label: '3 Västerbotten - en nära tillgänglig region' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect.poll(async () => plain(await total.textContent())).toBe('1 beviljade projekt, totalt 5 505 389 kr.');
    expect(new URL(page.url()).searchParams.get('priority')).not.toBeNull();
  }, 90_000);

  it("draws DOVI's revised plan by date with the period and today, and lists it as a table", async () => {
    const [dovi] = await web.t.database.db
      .select({ id: s.cases.id })
      .from(s.cases)
      .where(
        and(eq(s.cases.kind, 'application'), eq(s.cases.title, 'Digital omställning i Västerbottens industrier DOVI')),
      );
    const page = await web.signIn('handlaggare@regionvasterbotten.example', { width: 390 });
    await page.goto(`${web.base}/arenden/${dovi!.id}`);
    await page.getByRole('link', { name: 'Tidplan' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Tidplan – Digital omställning i Västerbottens industrier DOVI' })
      .waitFor();
    const chart = page.getByRole('region', { name: 'Aktiviteter över tid' });
    expect(await chart.locator('.gantt-rows li').count()).toBe(15);
    expect(plain(await chart.locator('.legend').textContent())).toContain('Idag 2026-11-24');
    // Activity 8 (2026-01-01 – 2026-08-31) ends where the period ends, before today's line.
    const bar = await chart.locator('.gantt-rows li', { hasText: 'Avslutsarbete' }).locator('.gantt-bar').boundingBox();
    const period = await chart
      .locator('.gantt-rows li', { hasText: 'Avslutsarbete' })
      .locator('.gantt-period')
      .boundingBox();
    const today = await chart.locator('.gantt-rows li').first().locator('.gantt-today').boundingBox();
    expect(Math.abs(bar!.x + bar!.width - (period!.x + period!.width))).toBeLessThan(1.5);
    expect(today!.x).toBeGreaterThan(bar!.x + bar!.width);
    // Readable on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoSeriousA11yIssues(page);

    await chart.getByRole('button', { name: 'Visa som tabell' }).click();
    const row = chart.getByRole('table').locator('tbody tr', { hasText: 'Avslutsarbete' });
    expect(plain(await row.textContent())).toBe('8Avslutsarbete2026-01-012026-08-31150 000 kr');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-gantt.png', fullPage: true });
  }, 90_000);

  it('offers no portfolio to an applicant and explains the refusal', async () => {
    const page = await web.signIn('sokande@umu.example');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Portfölj' }).count()).toBe(0);
    await page.goto(`${web.base}/portfolj`);
    await expect
      .poll(async () => plain(await page.getByRole('alert').textContent()))
      .toContain('Portföljen kunde inte hämtas.');
  }, 60_000);
});

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

/** /admin/delegationsordning: the demo funder's administrator reads the order in force and records a new version. */
describe.runIf(run)('the delegation order page', () => {
  const web = browserSuite({ app: { seed: true } });

  it('shows the points in force, links errors to their fields, and saves a new version', async () => {
    const page = await web.signIn('admin@regionvasterbotten.example');
    await page.goto(`${web.base}/admin`);
    await page.getByRole('link', { name: 'Delegationsordning' }).click();
    const points = page.getByRole('region', { name: 'Punkterna i den delegationsordning som gäller nu' });
    await points.waitFor();
    const first = plain((await points.locator('tbody tr').first().locator('th, td').allTextContents()).join(' | '));
    expect(first).toBe(
      '1.1 | Beslut om regionalt projektstöd enligt förordning (2003:596) upp till 1 200 000 kr per projekt. | Beviljande | verksamhetschef | 1 200 000 kr | ja',
    );
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-delegation-order.png', fullPage: true });

    // A day on or before DOVI's amendment (2025-08-29) is refused by the server, linked to the field.
    await page.getByLabel('Gäller från').fill('2025-08-29');
    await page.getByRole('button', { name: 'Spara ny version' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(async () => plain(await summary.textContent())).toContain('tidigast dagen efter');
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dp-validFrom');
    await expectNoSeriousA11yIssues(page);

    await page.getByLabel('Gäller från').fill('2027-01-01');
    await page.getByRole('button', { name: 'Spara ny version' }).click();
    await expect
      .poll(async () => plain(await page.getByRole('status').first().textContent()))
      .toContain('Den nya versionen är sparad');
    const rows = await web.t.database.db.select().from(s.delegationOrders);
    expect(rows.map((r) => r.validFrom).sort()).toEqual(['2023-01-01', '2027-01-01']);
  });
});

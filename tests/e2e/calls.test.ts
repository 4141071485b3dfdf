import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = (page: Page, name: string) =>
  screenshots ? page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true }) : Promise.resolve();
const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const TITLE = 'Innovation i hela Västerbotten 2027';

// The server's clock stands at 2026-11-24 10:00 Swedish time (tests/support/app.ts).
describe.runIf(run)('a call for proposals from the administrator to an applicant', () => {
  let callUrl = '';
  const web = browserSuite({ app: { seed: true } });

  it('an administrator creates a call, is told a time that does not exist, fixes it and publishes', async () => {
    const page = await web.signIn('admin@regionvasterbotten.example');
    await page.goto(`${web.base}/admin/utlysningar`);
    await page.getByRole('heading', { level: 1, name: 'Utlysningar' }).waitFor();
    await page.getByText('Stödgivaren har inga utlysningar än.').waitFor();
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('link', { name: 'Ny utlysning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny utlysning' }).waitFor();
    await page.getByLabel('Utlysningens namn').fill(TITLE);
    await page.getByLabel('Beskrivning').fill('Stöd till projekt som stärker innovationsförmågan i länet.');
    const opens = page.getByRole('group', { name: 'Utlysningen öppnar' });
    await opens.getByLabel('Datum').fill('2026-11-20');
    await opens.getByLabel('Klockslag').fill('08:00');
    const closes = page.getByRole('group', { name: 'Utlysningen stänger' });
    // 02:30 on the last Sunday of March 2027 never happens: the clocks go from 02:00 to 03:00.
    await closes.getByLabel('Datum').fill('2027-03-28');
    await closes.getByLabel('Klockslag').fill('02:30');
    await page.getByLabel('Budget i kronor (valfri)').fill('10 000 000');
    await page.getByLabel('Kommun').check();
    await page.getByLabel('Universitet eller högskola').check();
    await page.getByLabel('3.1 Kapacitet för samverkan och samhandling').check();
    await page.getByLabel('Anslag som utlysningen finansieras från').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Lägg till bilaga' }).click();
    await page.getByLabel('Bilaga 1: namn').fill('Budgetunderlag');
    await page.getByRole('button', { name: 'Spara' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    expect(plain(await summary.textContent())).toContain('Klockan 02:30 finns inte den 2027-03-28');
    await summary.getByRole('link').first().click();
    expect(await focusedId(page)).toBe('call-closes-date');
    // Nothing typed is lost.
    expect(await page.getByLabel('Utlysningens namn').inputValue()).toBe(TITLE);
    await expectNoSeriousA11yIssues(page);
    await shot(page, 'web-call-edit-error');

    await closes.getByLabel('Datum').fill('2027-03-31');
    await closes.getByLabel('Klockslag').fill('23:59');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForURL(/\/admin\/utlysningar\/[0-9a-f-]{36}$/);
    await page.getByText('Utlysningen är sparad.', { exact: true }).waitFor();
    await page.getByText('Utkast', { exact: true }).waitFor();
    expect(await closes.getByLabel('Klockslag').inputValue()).toBe('23:59');
    callUrl = new URL(page.url()).pathname.replace('/admin', '');
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('button', { name: 'Publicera utlysningen' }).click();
    const confirm = page.getByRole('heading', { name: 'Publicera utlysningen?' });
    await confirm.waitFor();
    expect(await focusedId(page)).toBe('publish-confirm');
    await expectNoSeriousA11yIssues(page);
    await shot(page, 'web-call-publish');
    await page.getByRole('button', { name: 'Ja, publicera' }).click();
    await page.getByText('Utlysningen är publicerad.', { exact: true }).waitFor();
    await page.getByText('Publicerad – öppen').waitFor();

    await page.getByRole('link', { name: 'Alla utlysningar' }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(plain(await row.textContent())).toContain('2027-03-31 kl. 23.59 svensk tid');
    await expectNoSeriousA11yIssues(page);
    await page.context().close();
  }, 120_000);

  it('the public list shows the open call in Swedish time, and an applicant applies to it from its page', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/`);
    await page.getByRole('link', { name: 'Se utlysningarna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utlysningar' }).waitFor();
    const open = page.getByRole('region', { name: 'Öppna nu' });
    const item = open.getByRole('listitem').filter({ hasText: TITLE });
    await item.waitFor();
    expect(plain(await item.textContent())).toContain('Stänger 2027-03-31 kl. 23.59 svensk tid');
    expect(plain(await item.textContent())).toContain('Budget: 10 000 000 kr');
    await expectNoSeriousA11yIssues(page);
    await shot(page, 'web-calls');

    await item.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`${web.base}${callUrl}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(plain(await page.locator('dl.facts').textContent())).toContain('Kommun, Universitet eller högskola');
    await expectNoSeriousA11yIssues(page);
    await shot(page, 'web-call');

    await page.getByRole('link', { name: 'Logga in för att ansöka' }).click();
    await page.getByLabel('E-postadress').fill('sokande@umu.example');
    await page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${web.base}${callUrl}`);
    await page.getByRole('button', { name: 'Ansök' }).click();
    await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}$/);
    const banner = page.getByRole('region', { name: 'Utlysning' });
    await banner.waitFor();
    expect(plain(await banner.textContent())).toContain(`Ansökan görs till utlysningen ”${TITLE}”`);
    expect(plain(await banner.textContent())).toContain('2027-03-31 kl. 23.59 svensk tid');
    await expectNoSeriousA11yIssues(page);
    await page.context().close();
  }, 90_000);
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/app.js';
import { addActivities, addBudgetRows, addFinanciers } from '../support/application-form.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const APPLICANT = 'sokande@umu.example';
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

describe.runIf(run)('an applicant applies for project funding in a browser', () => {
  const web = browserSuite({ app: { seed: true } });

  /** The sign-in form filled in as the applicant and sent, on a page of a visitor. */
  async function submitSignInForm(page: Page, password: string) {
    await page.goto(`${web.base}/logga-in`);
    await page.getByLabel('E-postadress').fill(APPLICANT);
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  }

  it('shows the error summary, with focus on it, for a wrong password', async () => {
    const page = await web.newPage();
    await submitSignInForm(page, 'not-the-password');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.locator('h2').textContent()).toBe('Det finns ett problem');
    expect(await summary.locator('li').count()).toBe(1);
    expect(await focusedClass(page)).toContain('error-summary');
    expect(await page.getByLabel('E-postadress').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await expectNoSeriousA11yIssues(page);
  });

  it('signs in, fills an application, is told what to fix, fixes it, submits and sees the diary number', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/logga-in`);
    await page.locator('h1').waitFor();
    await expectNoSeriousA11yIssues(page);
    await submitSignInForm(page, TEST_PASSWORD);

    // My cases
    await page.waitForURL(`${web.base}/mina-arenden`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mina ärenden');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Sara Sökandesson');
    await page.locator('tbody tr').first().waitFor();
    await expectNoSeriousA11yIssues(page);

    // A new draft
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    // The demo has two funders: the applicant chooses Region Västerbotten (diary numbers REGAC - n - year).
    await page.waitForURL(`${web.base}/ansokan/ny`);
    await page.getByLabel('Region Västerbotten').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}$/);
    await page.getByLabel('Projektnamn').fill('Smart energi i Västerbotten');
    await page.getByLabel('Projektägarens organisationsnummer').fill('202100-2874');
    await page.getByLabel('Beskrivning').fill('Ett projekt om energieffektivisering i små företag.');
    await page.getByLabel('Syfte', { exact: true }).fill('Att sänka energikostnaderna i länets företag.');
    await page.getByLabel('Mål', { exact: true }).fill('Tjugo företag har sänkt sin energianvändning med en femtedel.');
    await page.getByLabel('Projektperiodens start').fill('2026-01-01');
    await page.getByLabel('Projektperiodens slut').fill('2027-12-31');

    // Swedish amount text: unreadable text is reported inline at once, readable text goes to the totals.
    const requested = page.getByLabel('Sökt belopp från stödgivaren');
    await requested.fill('fyrahundra');
    await page.locator('#field-requestedOre-error').waitFor();
    expect(await requested.getAttribute('aria-invalid')).toBe('true');
    await requested.fill('400 000');
    await page.locator('#field-requestedOre-error').waitFor({ state: 'detached' });

    // Two activities, the second deliberately ending after the project period.
    await addActivities(page, [
      ['1', 'Förstudie', '2026-01-01', '2026-12-31', '300 000'],
      ['2', 'Pilot i tjugo företag', '2027-01-01', '2028-03-31', '0,5 miljoner'],
    ]);
    await addBudgetRows(page, [
      ['staff', '2026', '300 000'],
      ['external_services', '2027', '500 000'],
    ]);
    await addFinanciers(page, [['Region Västerbotten', '400 000']]);

    // Live totals: the financing is short of the budget until the second financier is added.
    const totals = page.locator('.totals');
    const totalsText = async () => (await totals.textContent())?.replace(/\u00a0/g, ' ') ?? '';
    await expect.poll(totalsText).toContain('Finansieringen är 400 000 kr lägre än budgeten.');
    expect(await totalsText()).toContain('800 000 kr');
    await addFinanciers(page, [['Umeå universitet', '400 000']], 1);
    await expect.poll(totalsText).toContain('Finansieringen är lika med budgeten.');

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(() => page.locator('.status').textContent()).toBe('Utkastet är sparat.');

    // Submit: the server finds the activity outside the period.
    await page.getByRole('button', { name: 'Skicka in' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const link = summary.getByRole('link', { name: 'Aktivitet 2 ligger utanför projektperioden.' });
    expect(await link.getAttribute('href')).toBe('#field-activities-1-end');
    expect(await summary.locator('li').count()).toBe(1);
    expect(await focusedClass(page)).toContain('error-summary');
    const end2 = page.getByLabel('Slut, aktivitet 2');
    expect(await end2.getAttribute('aria-invalid')).toBe('true');
    expect(await end2.getAttribute('aria-describedby')).toBe('field-activities-1-end-error');
    expect(await page.locator('#field-activities-1-end-error').textContent()).toBe(
      'Aktivitet 2 ligger utanför projektperioden.',
    );
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-editor-errors.png', fullPage: true });

    // The summary's link leads to the field.
    await link.click();
    expect(await focusedId(page)).toBe('field-activities-1-end');

    // Fix and submit again.
    await end2.fill('2027-12-31');
    await page.getByRole('button', { name: 'Skicka in' }).click();
    // Only the confirmation, which shows what is sent, submits.
    await page.getByRole('dialog', { name: 'Skicka in ansökan?' }).getByRole('button', { name: 'Bekräfta' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ansökan är inskickad');
    const diaryNumber = (await page.locator('.diary-number').textContent()) ?? '';
    expect(diaryNumber).toMatch(/REGAC - \d+ - 2026/);
    expect(await focusedId(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-submitted.png', fullPage: true });

    // My cases lists it with its diary number and status.
    await page.getByRole('link', { name: 'Till mina ärenden' }).click();
    const row = page.locator('tbody tr', { hasText: 'Smart energi i Västerbotten' });
    await row.waitFor();
    expect(await row.textContent()).toContain(diaryNumber);
    expect(await row.textContent()).toContain('Inskickad');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-my-cases.png', fullPage: true });

    // English: the same page in the other language.
    await page.getByRole('button', { name: 'Language: English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('My cases');
    expect(await row.textContent()).toContain('Submitted');
  }, 90_000);
});

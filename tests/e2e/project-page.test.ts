import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const nbsp = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

describe.runIf(run)('the project bank’s filters and the public project page in a browser', () => {
  const web = browserSuite({ app: { seed: true }, pages: { locale: null, height: 720 } });

  const rowNames = (page: Page) => page.locator('tbody th').allTextContents();

  it('narrows the list by owner type and municipality, keeps the choice in the address, and passes axe', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(9);
    await page.getByLabel('Typ av projektägare').selectOption({ label: 'Universitet eller högskola' });
    await page.getByRole('button', { name: 'Visa projekt' }).click();
    await expect.poll(() => page.locator('.count').textContent()).toBe('2 projekt');
    expect((await rowNames(page)).sort()).toEqual([
      'SMArt Livskraftig Landsbygd (SMALL)',
      'Support Office for Life science and Health in Västerbotten (SOLH)',
    ]);
    expect(new URL(page.url()).searchParams.get('ownerType')).toBe('university');
    await expectNoSeriousA11yIssues(page);

    await page.getByLabel('Typ av projektägare').selectOption({ label: 'Alla' });
    await page.getByLabel('Kommun').selectOption({ label: 'Malå' });
    await page.getByLabel('Pågår under år').selectOption('2027');
    await page.getByRole('button', { name: 'Visa projekt' }).click();
    await expect.poll(() => page.locator('.count').textContent()).toBe('1 projekt');
    expect(await rowNames(page)).toEqual(['Digitala Västerbotten i samverkan (DVIS)']);

    // Back restores the previous selection; "Rensa urvalet" shows everything again.
    await page.goBack();
    await expect.poll(() => page.locator('.count').textContent()).toBe('2 projekt');
    await page.getByRole('button', { name: 'Rensa urvalet' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(9);
  });

  it('finds DVIS for a misspelt search and opens its page with the decision in force', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/`);
    await page.getByLabel('Sök bland projekten').fill('digitaliserng');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Digitala Västerbotten i samverkan (DVIS)' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Digitala Västerbotten i samverkan (DVIS)');
    const facts = nbsp(await page.locator('dl.facts').first().textContent());
    expect(facts).toContain('Region Västerbotten, 232100-0222');
    expect(facts).toContain('5 505 389 kr');
    expect(facts).toContain('50,00 %');
    expect(facts).toContain('11 010 777 kr');
    expect(facts).toContain('2024-02-01 – 2027-01-31');
    expect(facts).toContain('Umeå');
    const decision = nbsp(await page.getByRole('region', { name: /Beslut om stöd 2023-11-06/ }).textContent());
    expect(decision).toContain('som ordförandens brådskande beslut (6 kap. 39 § kommunallagen)');
    expect(decision).toContain('SFS 2003:596, SFS 2015:210');
    // No person's e-mail address on the public page (the demo's are all under .example).
    expect(await page.content()).not.toMatch(/[\w.-]+@[\w.-]+\.example\b/);
    expect(await page.title()).toBe('Digitala Västerbotten i samverkan (DVIS) – Bidra');
    await expectNoSeriousA11yIssues(page);
  });

  it('shows DOVI’s revised activity plan and both decisions, in English too', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/?q=DOVI`);
    await page.getByRole('link', { name: 'Digital omställning i Västerbottens industrier DOVI' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(15);
    const firstActivity = nbsp(await page.locator('tbody tr').first().textContent());
    expect(firstActivity).toBe('1Uppstart2023-03-012026-08-31150 000 kr');
    expect(await page.locator('section.box h3').allTextContents()).toEqual([
      'Beslut om stöd 2023-03-01',
      'Ändringsbeslut 2025-08-29',
    ]);
    expect(await page.locator('section.box').nth(1).textContent()).toContain(
      'Att förlänga projektperioden med sex månader, till den 31 augusti 2026.',
    );
    await page.getByRole('button', { name: 'Language: English' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('The decision in force');
    expect(await page.locator('section.box h3').allTextContents()).toEqual([
      'Grant decision 2023-03-01',
      'Amendment decision 2025-08-29',
    ]);
    await expectNoSeriousA11yIssues(page);
  });

  it('says so when a project does not exist', async () => {
    const page = await web.newPage();
    const res = await page.goto(`${web.base}/projekt/00000000-0000-4000-8000-000000000000`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Projektet finns inte eller är inte publicerat.');
    await page.getByRole('link', { name: 'Till projektbanken' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(9);
    await expectNoSeriousA11yIssues(page);
  });
});

import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, TEST_PASSWORD, type TestApp } from '../support/app.js';
import { browserAvailable, launchChromium } from '../support/browser.js';

const run = browserAvailable();
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';

async function expectNoSeriousA11yIssues(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

describe.runIf(run)('a case officer finds a new application in the inbox', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let diaryNumber: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    // The applicant's part, through the API (its browser journey is tests/e2e/application.test.ts).
    const applicant = await loginAs(t.app, 'sokande@umu.bidra.example');
    const funders = await t.app.inject({ method: 'GET', url: '/api/v1/funders', headers: applicant.headers });
    const funderId = funders
      .json<{ items: { id: string; name: string }[] }>()
      .items.find((f) => f.name === 'Region Västerbotten')!.id;
    const content = {
      projectName: 'Vätgasdalen',
      ownerOrgNumber: '202100-2874',
      description: 'Vätgas för industrin.',
      purpose: 'Minska utsläppen.',
      goals: 'Tre pilotanläggningar.',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      requestedOre: 100_000_00,
      activities: [{ number: '1', title: 'Förstudie', start: '2027-01-01', end: '2027-12-31', costOre: 200_000_00 }],
      budget: [{ category: 'staff', year: 2027, amountOre: 200_000_00 }],
      financing: [{ financierName: 'Region Västerbotten', amountOre: 200_000_00, isPublic: true, isInKind: false }],
    };
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { funderId, content },
    });
    const { caseId } = draft.json<{ caseId: string }>();
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${caseId}/submit`,
      headers: applicant.headers,
      payload: { version: 1 },
    });
    diaryNumber = submitted.json<{ diaryNumber: string }>().diaryNumber;

    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in to the inbox, opens the case and reads its timeline', async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').fill('handlaggare@bidra.example');
    await page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();

    await page.getByRole('heading', { name: 'Inkorg' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inkorg');
    const row = page.locator('tbody tr', { hasText: 'Vätgasdalen' });
    await row.waitFor();
    expect(await row.textContent()).toContain(diaryNumber);
    expect(await row.textContent()).toContain('Umeå universitet');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-inbox.png', fullPage: true });

    await page.getByLabel('Visa').selectOption('in_assessment');
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Vätgasdalen' }).count()).toBe(0);
    await page.getByLabel('Visa').selectOption('submitted');
    await page.getByRole('link', { name: 'Vätgasdalen' }).click();

    await page.getByRole('heading', { name: 'Vätgasdalen' }).waitFor();
    const timeline = page.locator('ol.timeline');
    await expect.poll(() => timeline.textContent()).toContain('Ansökan inskickad och registrerad');
    expect(await page.locator('.facts').textContent()).toContain(diaryNumber);
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-case-timeline.png', fullPage: true });
  });
});

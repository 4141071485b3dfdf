import { describe, expect, it } from 'vitest';
import { loginAs, TEST_PASSWORD } from '../support/app.js';
import { completeApplication, submitNewApplication } from '../support/applications.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';

describe.runIf(run)('a case officer finds a new application in the inbox', () => {
  let diaryNumber: string;
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      // The applicant's part, through the API (its browser journey is tests/e2e/application.test.ts).
      const applicant = await loginAs(t.app, 'sokande@umu.example');
      ({ diaryNumber } = await submitNewApplication(
        t.app,
        applicant.headers,
        completeApplication({
          projectName: 'Vätgasdalen',
          description: 'Vätgas för industrin.',
          purpose: 'Minska utsläppen.',
          goals: 'Tre pilotanläggningar.',
        }),
      ));
    },
  });

  it('signs in to the inbox, opens the case and reads its timeline', async () => {
    const page = await web.newPage({ height: 720 });
    await page.goto(`${web.base}/logga-in`);
    await page.getByLabel('E-postadress').fill('handlaggare@regionvasterbotten.example');
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
    expect(await page.locator('.facts').first().textContent()).toContain(diaryNumber);
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-case-timeline.png', fullPage: true });
  }, 90_000);
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

// The project bank's address in links and open data, /projektbanken, opens the full project bank, and its
// search finds what the public looks for: a municipality's projects, an owner's by organisation number.
const run = browserAvailable();

describe.runIf(run)('finding projects in the project bank', () => {
  const web = browserSuite({ app: { seed: true } });
  const rowNames = (page: Page) => page.locator('tbody th').allTextContents();

  it('/projektbanken opens the project bank with its navigation and filters, the search kept', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/projektbanken?q=digitalisering`);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beviljade projekt');
    await expect.poll(() => page.getByLabel('Sök bland projekten').inputValue()).toBe('digitalisering');
    await expect.poll(() => rowNames(page)).toContain('Digitala Västerbotten i samverkan (DVIS)');
    await expect.poll(() => page.getByRole('navigation').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yIssues(page);
  });

  it('finds the projects of Skellefteå by the name, as many as the municipality filter', async () => {
    const page = await web.newPage();
    const filtered = (await (
      await page.request.get(`${web.base}/api/v1/public/projects?municipality=2482`)
    ).json()) as {
      items: { name: string }[];
    };
    expect(filtered.items.length).toBeGreaterThan(0);
    await page.goto(`${web.base}/`);
    await page.getByLabel('Sök bland projekten').fill('Skellefteå');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d+ projekt matchar/);
    const names = await rowNames(page);
    for (const p of filtered.items) expect(names).toContain(p.name);
  });

  it("finds an owner's projects by its organisation number written without a hyphen", async () => {
    const page = await web.newPage();
    const all = (await (await page.request.get(`${web.base}/api/v1/public/projects?pageSize=100`)).json()) as {
      items: { name: string; ownerOrgNumber: string | null }[];
    };
    const orgNumber = all.items.find((p) => p.ownerOrgNumber)!.ownerOrgNumber!;
    const owned = all.items.filter((p) => p.ownerOrgNumber === orgNumber).map((p) => p.name);
    await page.goto(`${web.base}/`);
    await page.getByLabel('Sök bland projekten').fill(orgNumber.replace('-', ''));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d+ projekt matchar/);
    await expect.poll(async () => (await rowNames(page)).sort()).toEqual(owned.sort());
  });
});

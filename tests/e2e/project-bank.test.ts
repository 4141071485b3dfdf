import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();

describe.runIf(run)('the public project bank in a browser', () => {
  const web = browserSuite({ app: { seed: true }, pages: { locale: null, height: 720 } });

  it('lists the granted projects, finds "digitalisering", switches to English, and passes axe', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(9);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beviljade projekt');
    expect((await page.locator('tbody').textContent())?.replace(/\u00a0/g, ' ')).toContain('5 505 389 kr');
    await expectNoSeriousA11yIssues(page);

    await page.getByLabel('Sök bland projekten').fill('digitalisering');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d+ projekt matchar/);
    const names = await page.locator('tbody th').allTextContents();
    expect(names).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(names).toContain('Digitala Västerbotten 2.0');
    expect(new URL(page.url()).searchParams.get('q')).toBe('digitalisering');

    await page.getByRole('button', { name: 'Language: English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Granted projects');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoSeriousA11yIssues(page);
  });

  it('can be used with the keyboard alone: the skip link leads to the content', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/`);
    // The app renders after its script loads: wait for it before pressing keys.
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.locator(':focus').textContent();
    expect(focused).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
  });

  it('answers a client-side route with the app and an unknown API route with a problem', async () => {
    const page = await web.newPage();
    const res = await page.goto(`${web.base}/projekt?q=iot`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Beviljade projekt');
    const api = await page.request.get(`${web.base}/api/v1/none`);
    expect(api.status()).toBe(404);
  });
});

import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite } from '../support/browser.js';

// The web app names its icon and manifest, so a browser tab, a bookmark and a home-screen shortcut show
// Bidra's mark, and no page load asks for a file that is not there (a /favicon.ico 404 on every page).
const run = browserAvailable();

describe.runIf(run)('the web app’s icons and manifest', () => {
  const web = browserSuite({ app: { seed: true } });

  it('loads the project bank and the sign-in page without a single missing file', async () => {
    const page = await web.newPage();
    const missing: string[] = [];
    page.on('response', (r: Response) => {
      // A visitor's session probe (/api/v1/auth/me) is answered 401 by design; files are what is checked.
      const { pathname } = new URL(r.url());
      if (r.status() >= 400 && !pathname.startsWith('/api/')) missing.push(`${r.status()} ${pathname}`);
    });
    for (const path of ['/', '/logga-in', '/utlysningar']) {
      await page.goto(`${web.base}${path}`);
      await page.locator('h1').first().waitFor();
      // The browser asks for the icons the page names.
      const icons = await page
        .locator('link[rel="icon"]')
        .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
      expect(icons.length).toBeGreaterThan(0);
      for (const href of icons) expect((await page.request.get(href)).status(), href).toBe(200);
    }
    // The classic request every browser makes whatever the page says.
    const ico = await page.request.get(`${web.base}/favicon.ico`);
    expect(ico.status()).toBe(200);
    expect(ico.headers()['content-type']).toMatch(/icon/);
    expect(missing).toEqual([]);
  });

  it('has a manifest whose every icon is there, in the size and type it says', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const answer = await page.request.get(new URL(href!, web.base).toString());
    expect(answer.status()).toBe(200);
    const manifest = (await answer.json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ short_name: 'Bidra', lang: 'sv', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const file = await page.request.get(new URL(icon.src, web.base).toString());
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()['content-type'], icon.src).toContain(icon.type);
      if (icon.type === 'image/png') {
        // A PNG's width and height are the big-endian words at bytes 16 and 20.
        const bytes = await file.body();
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }
    }
    // The theme colour the page announces is the manifest's.
    const theme = await page.locator('meta[name="theme-color"]').getAttribute('content');
    expect(theme).toBe((manifest as unknown as { theme_color: string }).theme_color);
  });
});

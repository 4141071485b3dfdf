import { eq } from 'drizzle-orm';
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

/** Seed 001 on the officer's case page: DOVI's amendment is a document of REGAC - 317 - 2022, nothing else. */
describe.runIf(run)("the officer's case page lists the case's documents under its one diary number", () => {
  const ids = { projectCase: '', amendmentCase: '' };
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      const [project] = await t.database.db.select().from(s.projects).where(eq(s.projects.acronym, 'DOVI'));
      const cases = await t.database.db.select().from(s.cases).where(eq(s.cases.projectId, project!.id));
      ids.projectCase = cases.find((c) => c.kind === 'application')!.id;
      ids.amendmentCase = cases.find((c) => c.kind === 'amendment_request')!.id;
    },
  });

  it('shows DOVI’s application, grant, amendment request and amendment in order, and REGAC - 317 - 2022 only', async () => {
    const page = await web.signIn('handlaggare@regionvasterbotten.example');
    await page.goto(`${web.base}/arenden/${ids.projectCase}`);
    const section = page.getByRole('region', { name: 'Handlingar i ärendet' });
    const table = section.getByRole('table', { name: 'Handlingar i ärendet' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const texts: string[] = [];
    for (let i = 0; i < 4; i++) texts.push(plain((await rows.nth(i).locator('th, td').allTextContents()).join(' ')));
    expect(texts[0]).toMatch(/^1 2023-01-16 Inkommen Ansökan Digital omställning/);
    expect(texts[1]).toMatch(/^2 2023-03-01 Utgående Beslut Beslut om stöd/);
    expect(texts[2]).toBe('3 2025-08-28 Inkommen Ändringsbegäran Begäran om ändring av projektperioden');
    expect(texts[3]).toMatch(/^4 2025-08-29 Utgående Beslut Ändring av beslut om stöd/);
    expect(plain(await section.textContent())).toContain('registrerats under diarienummer REGAC - 317 - 2022');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await section.screenshot({ path: 'docs/screenshots/web-case-documents.png' });

    // The amendment's own case page: the project case's number, no second one anywhere on the page.
    await page.goto(`${web.base}/arenden/${ids.amendmentCase}`);
    await page.getByRole('table', { name: 'Handlingar i ärendet' }).waitFor();
    const facts = plain(await page.locator('dl.facts').textContent());
    expect(facts).toContain('REGAC - 317 - 2022');
    const numbers = new Set(plain(await page.locator('main').textContent()).match(/REGAC - \d+ - \d{4}/g));
    expect([...numbers]).toEqual(['REGAC - 317 - 2022']);
    await expectNoSeriousA11yIssues(page);
  });
});

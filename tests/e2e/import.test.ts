import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import * as s from '../../src/server/db/schema/index.js';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The amendment of seed 001 (DOVI): the demo holds the grant, so the import records the change against it. */
const DOVI = readFileSync('tests/fixtures/import/seeds/001_2984a545b1c14553.txt');
/** Seed 003 under another reference, so that the demo's copy of the state decision does not answer for it. */
const STATE = readFileSync('tests/fixtures/import/seeds/003_1a41f5c95a045961.txt', 'utf8').replaceAll(
  'I2021/00795',
  'I2022/01234',
);

describe.runIf(run)('an officer imports a legacy document in the browser', () => {
  const web = browserSuite({ app: { seed: true } });

  it('uploads, reviews the draft beside the text, and imports it once', async () => {
    const page = await web.signIn('handlaggare@regionvasterbotten.example', { width: 1400 });
    await page.getByRole('link', { name: 'Importera' }).click();
    await page.getByRole('heading', { name: 'Importera äldre dokument' }).waitFor();
    await expectNoSeriousA11yIssues(page);

    await page.getByLabel('Dokument (PDF eller text)').setInputFiles({
      name: 'dovi-andring.txt',
      mimeType: 'text/plain',
      buffer: DOVI,
    });
    await page.getByRole('button', { name: 'Läs dokumentet' }).click();
    await page.getByRole('heading', { name: 'Utläst utkast' }).waitFor();
    expect(await page.getByLabel('Typ av dokument').inputValue()).toBe('amendment_decision');
    expect(await page.getByLabel('Diarienummer').inputValue()).toBe('REGAC - 317 - 2022');
    expect(await page.getByLabel('Projektperiod, slut').inputValue()).toBe('2026-08-31');
    expect(plain(await page.locator('.source-text').textContent())).toContain('2026-08-31');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-import.png', fullPage: true });

    // A correction a reviewer might make, then the import.
    await page.getByLabel('Externt ärende-id').fill('20359783');
    await page.getByRole('button', { name: 'Importera' }).click();
    const status = page.locator('.box[role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/importerat|sparat för granskning/);

    await page.getByRole('button', { name: 'Importera' }).click();
    await expect.poll(() => status.textContent()).toContain('redan importerat');
  }, 90_000);

  it('corrects a state decision’s amount per year in the review and records every allocation with it', async () => {
    const page = await web.signIn('handlaggare@regionvasterbotten.example', { width: 1400 });
    await page.getByRole('link', { name: 'Importera' }).click();
    await page.getByLabel('Dokument (PDF eller text)').setInputFiles({
      name: 'statsbeslut.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(STATE),
    });
    await page.getByRole('button', { name: 'Läs dokumentet' }).click();
    await page.getByRole('heading', { name: 'Utläst utkast' }).waitFor();
    expect(await page.getByLabel('Typ av dokument').inputValue()).toBe('state_allocation');
    expect(await page.getByLabel('Belopp per mottagare och år (kr)').inputValue()).toBe('1000000');
    expect(await page.getByLabel('Från år').inputValue()).toBe('2021');
    expect(await page.getByLabel('Till år').inputValue()).toBe('2025');
    expect(await page.getByLabel('Sista dag för rekvisition (ett datum per rad)').inputValue()).toBe(
      ['2021-11-15', '2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'].join('\n'),
    );
    await expectNoSeriousA11yIssues(page);

    // A wrong figure is refused in place; the corrected one is imported.
    await page.getByLabel('Belopp per mottagare och år (kr)').fill('900 000,50');
    await page.getByText('skriv ett heltal').first().waitFor();
    expect(await page.getByRole('button', { name: 'Importera' }).isDisabled()).toBe(true);
    await page.getByLabel('Belopp per mottagare och år (kr)').fill('900 000');
    await page.getByRole('button', { name: 'Importera' }).click();
    const status = page.locator('.box[role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/importerat/);

    const [decision] = await web.t.database.db
      .select()
      .from(s.stateDecisions)
      .where(eq(s.stateDecisions.reference, 'I2022/01234'));
    expect(decision).toMatchObject({ decidedOn: '2021-03-04', perRecipientPerYearOre: 90_000_000 });
    const allocations = await web.t.database.db
      .select()
      .from(s.stateAllocations)
      .where(eq(s.stateAllocations.stateDecisionId, decision!.id));
    expect(allocations).toHaveLength(21 * 5);
    expect(new Set(allocations.map((a) => a.offeredOre))).toEqual(new Set([90_000_000]));
  }, 90_000);
});

import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/modules/auth/passwords.js';
import { doviBeforeItsAmendment, makeDoviBeneficiary } from '../../src/server/modules/amendments/testing/dovi.js';
import { TEST_PASSWORD } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const STEP_TIMEOUT = 120_000;
/** The server answers slower beside other suites (and on PostgreSQL): polls wait as long as a locator does. */
const POLL = { timeout: 15_000 };

/**
 * docs/domain/life-of-a-grant.md, "5. Amendment" as three people do it in a browser, with seed 001's figures: DOVI's
 * beneficiary asks to extend the project by six months with a revised plan; the officer drafts the amendment decision
 * from the request; the head of unit approves it; the side-by-side diff shows what changed and the letter holds the new
 * end date. axe runs on every page on the way.
 */
describe.runIf(run)("DOVI's six months' extension, in a browser, by three users", () => {
  let beneficiaryEmail = '';
  let requestPath = '';
  const web = browserSuite({
    app: { seed: true },
    documentsOnDisk: true,
    setUp: async (t) => {
      await doviBeforeItsAmendment(t.database);
      beneficiaryEmail = (await makeDoviBeneficiary(t.database, await hashPassword(TEST_PASSWORD))).email;
    },
    setUpTimeout: STEP_TIMEOUT,
    pages: { timeout: 15_000 },
  });

  it(
    '1. the beneficiary asks for six months more with a revised plan, and sees the new end 2026-08-31',
    async () => {
      const page = await web.signIn(beneficiaryEmail);
      await page.getByRole('link', { name: 'Mina projekt' }).click();
      await page.getByRole('heading', { name: 'Mina projekt', level: 1 }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Begär ändring av DOVI' }).click();
      await page.waitForURL(/\/andringar\/[0-9a-f-]{36}$/);
      requestPath = new URL(page.url()).pathname;

      await page.getByLabel('Förläng med antal månader').fill('6');
      await expect.poll(() => page.locator('#requested-end').textContent(), POLL).toBe('Nytt slutdatum: 2026-08-31');
      await page.getByLabel('Motivering').fill('Projektet har försenats på grund av problem med upphandling.');
      await page.getByLabel('Revidera tid- och aktivitetsplanen').check();
      const rows = await page.locator('.form-table tbody tr').count();
      expect(rows).toBe(15);
      for (let i = 0; i < rows; i++) {
        const end = page.getByLabel(`Slut, rad ${i + 1}`, { exact: true });
        if ((await end.inputValue()) === '2026-02-28') await end.fill('2026-08-31');
        const no = await page.getByLabel(`Nummer, rad ${i + 1}`, { exact: true }).inputValue();
        if (no === '8') await page.getByLabel(`Start, rad ${i + 1}`, { exact: true }).fill('2026-01-01');
      }
      await expect
        .poll(async () => plain(await page.locator('#diff-counts').textContent()), POLL)
        .toBe('9 ändrade, 0 tillagda, 0 borttagna, 6 oförändrade');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Skicka in begäran' }).click();
      await expect
        .poll(async () => plain(await page.getByRole('status').first().textContent()), POLL)
        .toContain('registrerad med diarienummer REGAC - 317 - 2022');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the officer drafts the amendment decision from the request, with live checks, and proposes it',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      const caseId = requestPath.split('/').at(-1)!;
      await page.goto(`${web.base}/arenden/${caseId}`);
      await page.getByRole('link', { name: 'Ändringsbeslut' }).click();
      await page.getByRole('button', { name: 'Skapa utkast till ändringsbeslut' }).click();
      await expect.poll(() => page.getByLabel('Projektperiodens nya slutdatum').inputValue(), POLL).toBe('2026-08-31');
      await page.getByLabel('Beslutsfattare').selectOption({ label: 'Nina Provsdotter, verksamhetschef' });
      await page.getByLabel('Delegationspunkt').fill('1.3');
      await page
        .getByLabel('Motivering till beslut')
        .fill('Region Västerbotten följer huvudfinansiär Tillväxtverkets beslut om att förlänga projektperioden.');
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await expect
        .poll(async () => plain(await page.locator('#amend-server').locator('..').textContent()), POLL)
        .toContain('Projektperioden förlängs till och med 2026-08-31 (i dag 2026-02-28).');
      // Until the save lands, the new draft's own findings show (no delegation point yet): wait for them to go.
      await expect
        .poll(() => page.locator('#amend-server').locator('..').locator('.finding-error').count(), POLL)
        .toBe(0);
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Lämna beslutsförslag' }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent(), POLL)
        .toContain('Förslaget är lämnat till beslutsfattaren.');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. the head of unit approves it; the diff page shows the changed activities; the letter holds the new end',
    async () => {
      const page = await web.signIn('verksamhetschef@regionvasterbotten.example');
      const caseId = requestPath.split('/').at(-1)!;
      await page.goto(`${web.base}/arenden/${caseId}/andringsbeslut`);
      await page.getByRole('button', { name: 'Fatta beslut' }).click();
      await page.getByText('Ändringsbeslutet fattades').waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('link', { name: 'Projektets versioner och jämförelse av aktivitetsplanen' }).click();
      await page.getByRole('heading', { name: 'Versioner av DOVI', level: 1 }).waitFor();
      const versions = plain(await page.locator('table').first().textContent());
      expect(versions).toContain('2023-03-01 – 2026-02-28');
      expect(versions).toContain('2023-03-01 – 2026-08-31');
      const diff = page.locator('table.diff-table');
      await diff.waitFor();
      expect(plain(await diff.locator('caption').textContent())).toContain(
        'Version 1 – Tid- och aktivitetsplan jämförd med Version 2 – Reviderad tid- och aktivitetsplan',
      );
      const eight = diff.locator('tr[data-number="8"]');
      expect(plain(await eight.locator('.diff-status').textContent())).toBe('Ändrad');
      expect(plain(await eight.locator('td[data-side="before"][data-field="end"]').textContent())).toBe('2026-02-28');
      expect(plain(await eight.locator('td[data-side="after"][data-field="end"]').textContent())).toBe(
        '2026-08-31 (ändrad)',
      );
      expect(plain(await diff.locator('tr[data-number="4.1"] .diff-status').textContent())).toBe('Oförändrad');
      expect(await diff.locator('td.diff-changed[data-side="after"]').count()).toBe(10);
      await expectNoSeriousA11yIssues(page);

      const href = await page.getByRole('link', { name: 'Beslutsbrev (PDF)' }).last().getAttribute('href');
      const res = await page.request.get(`${web.base}${href}`);
      expect(res.status()).toBe(200);
      const { text } = await extractText(new Uint8Array(await res.body()), { mergePages: true });
      const flat = plain(text).replace(/\s+/g, ' ');
      expect(flat).toContain('Att förlänga projektperioden med sex månader, till den 31 augusti 2026.');
      expect(flat).toContain('Projektperiod 2023-03-01 - 2026-08-31');
      expect(flat).toContain('Reviderad tid- och aktivitetsplan');
    },
    STEP_TIMEOUT,
  );
});

import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/modules/auth/passwords.js';
import {
  doviBeforeItsAmendment,
  giveDoviAGrantBudget,
  makeDoviBeneficiary,
} from '../../src/server/modules/amendments/testing/dovi.js';
import { TEST_PASSWORD } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
const STEP_TIMEOUT = 120_000;
/** The server answers slower beside other suites (and on PostgreSQL): polls wait as long as a locator does. */
const POLL = { timeout: 15_000 };

/**
 * docs/domain/life-of-a-grant.md, "5. Amendment", the budget: DOVI's beneficiary asks to move 100 000 kr from external
 * services to staff in 2025 (DOVI's grant budget of 4 540 000 kr is test data, testing/dovi.ts); the officer's draft
 * carries the revised budget over from the request; the head of unit approves it; the revised budget is then what the
 * decision, the versions page, the letter and the next request show. axe runs on every page on the way.
 */
describe.runIf(run)('a revised budget for DOVI, in a browser, by three users', () => {
  let beneficiaryEmail = '';
  let caseId = '';
  const web = browserSuite({
    app: { seed: true },
    documentsOnDisk: true,
    setUp: async (t) => {
      await doviBeforeItsAmendment(t.database);
      await giveDoviAGrantBudget(t.database);
      beneficiaryEmail = (await makeDoviBeneficiary(t.database, await hashPassword(TEST_PASSWORD))).email;
    },
    setUpTimeout: STEP_TIMEOUT,
    pages: { timeout: 15_000 },
  });

  const amount = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const cellText = async (page: Page, category: string, year: number) =>
    plain(await page.locator(`#budget tr[data-category="${category}"] td[data-year="${year}"]`).textContent());
  const footText = async (page: Page, row: string, year: number | 'all') =>
    plain(await page.locator(`#budget tfoot tr[data-row="${row}"] td[data-year="${year}"]`).textContent());

  async function startRequest(page: Page) {
    await page.getByRole('link', { name: 'Mina projekt' }).click();
    await page.getByRole('heading', { name: 'Mina projekt', level: 1 }).waitFor();
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'Begär ändring av DOVI' }).click();
    await page.waitForURL(/\/andringar\/[0-9a-f-]{36}$/);
    await page.locator('#budget-now').waitFor();
  }

  it(
    '1. the beneficiary moves 100 000 kr from external services to staff in 2025, with live totals, and submits',
    async () => {
      const page = await web.signIn(beneficiaryEmail);
      await startRequest(page);
      caseId = new URL(page.url()).pathname.split('/').at(-1)!;
      expect(plain(await page.locator('#budget-now').textContent())).toBe('4 540 000 kr (budgetversion 1)');
      await page.getByLabel('Motivering').fill('Mer av arbetet görs i egen regi än planerat.');
      await page.getByLabel('Revidera budgeten').check();
      await page.locator('#budget caption').waitFor();
      expect(plain(await page.locator('#budget caption').textContent())).toBe(
        'Reviderad budget per kostnadsslag och år',
      );
      // Prefilled from the budget in force, one labelled input per category and year of the period.
      expect(await amount(page, 'Personal, 2025').inputValue()).toBe('800 000');
      expect(await amount(page, 'Externa tjänster, 2025').inputValue()).toBe('500 000');
      expect(await page.locator('#budget thead th').allTextContents()).toEqual([
        'Kostnadsslag',
        '2023',
        '2024',
        '2025',
        '2026',
        'Summa',
      ]);
      await expectNoSeriousA11yIssues(page);

      // Bad input is named inline, in Swedish, beside the input it concerns.
      await amount(page, 'Externa tjänster, 2025').fill('fyrahundra tusen');
      const error = page.locator('#budget-external_services-2025-error');
      await expect.poll(() => error.textContent(), POLL).toBe('Skriv ett belopp i kronor, till exempel 1 500 000.');
      expect(await amount(page, 'Externa tjänster, 2025').getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent(), POLL)
        .toContain('Budgeten har ett fel. Rätta de markerade beloppen.');

      await amount(page, 'Externa tjänster, 2025').fill('400 000');
      await amount(page, 'Personal, 2025').fill('900 000');
      await expect.poll(() => error.count(), POLL).toBe(0);
      expect(await cellText(page, 'staff', 2025)).toContain('+100 000 kr mot i dag');
      expect(await cellText(page, 'external_services', 2025)).toContain('-100 000 kr mot i dag');
      expect(await footText(page, 'total', 2025)).toBe('1 480 000 kr');
      expect(await footText(page, 'change', 2025)).toBe('0 kr');
      expect(await footText(page, 'total', 'all')).toBe('4 540 000 kr');
      expect(await footText(page, 'current', 'all')).toBe('4 540 000 kr');
      // A year total moves while one cell is changed alone.
      await amount(page, 'Personal, 2026').fill('1 200 000');
      await expect.poll(() => footText(page, 'change', 2026), POLL).toBe('+1 000 000 kr');
      expect(await footText(page, 'change', 'all')).toBe('+1 000 000 kr');
      await amount(page, 'Personal, 2026').fill('200 000');
      await expect.poll(() => footText(page, 'change', 'all'), POLL).toBe('0 kr');
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('button', { name: 'Skicka in begäran' }).click();
      await expect
        .poll(async () => plain(await page.getByRole('status').first().textContent()), POLL)
        .toContain('registrerad med diarienummer REGAC - 317 - 2022');
      // Submitted: the requested budget stays on the page, as text.
      await page.getByRole('heading', { name: 'Budget', level: 2 }).waitFor();
      expect(await cellText(page, 'staff', 2025)).toContain('900 000 kr');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    "2. the officer's draft carries the revised budget over from the request; the officer proposes it",
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.goto(`${web.base}/arenden/${caseId}`);
      await page.getByRole('link', { name: 'Ändringsbeslut' }).click();
      await page.getByRole('button', { name: 'Skapa utkast till ändringsbeslut' }).click();
      await page.getByLabel('Revidera budgeten').waitFor();
      expect(await page.getByLabel('Revidera budgeten').isChecked()).toBe(true);
      await expect.poll(() => amount(page, 'Personal, 2025').inputValue(), POLL).toBe('900 000');
      expect(await amount(page, 'Externa tjänster, 2025').inputValue()).toBe('400 000');
      expect(await cellText(page, 'staff', 2025)).toContain('+100 000 kr mot i dag');
      await page.getByLabel('Beslutsfattare').selectOption({ label: 'Nina Provsdotter, verksamhetschef' });
      await page.getByLabel('Delegationspunkt').fill('1.3');
      await page
        .getByLabel('Motivering till beslut')
        .fill('Omfördelningen mellan kostnadsslagen ryms inom projektets totala budget.');
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await expect
        .poll(async () => plain(await page.getByRole('status').first().textContent()), POLL)
        .toBe('Utkastet är sparat.');
      await expect
        .poll(() => page.locator('#amend-server').locator('..').locator('.finding-error').count(), POLL)
        .toBe(0);
      expect(await amount(page, 'Personal, 2025').inputValue()).toBe('900 000');
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
    '3. the head of unit approves it; the decision, the versions and the letter show the revised budget',
    async () => {
      const page = await web.signIn('verksamhetschef@regionvasterbotten.example');
      await page.goto(`${web.base}/arenden/${caseId}/andringsbeslut`);
      await page.getByRole('button', { name: 'Fatta beslut' }).click();
      await page.getByText('Ändringsbeslutet fattades').waitFor();
      await page.locator('#budget').waitFor();
      expect(plain(await page.locator('#budget caption').textContent())).toBe(
        'Budget per kostnadsslag och år: Ändringsbeslut',
      );
      expect(await cellText(page, 'staff', 2025)).toBe('900 000 kr+100 000 kr mot i dag');
      expect(await cellText(page, 'external_services', 2025)).toBe('400 000 kr-100 000 kr mot i dag');
      expect(await cellText(page, 'staff', 2024)).toBe('800 000 kr');
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('link', { name: 'Projektets versioner och jämförelse av aktivitetsplanen' }).click();
      await page.getByRole('heading', { name: 'Versioner av DOVI', level: 1 }).waitFor();
      const rows = page.locator('table').first().locator('tbody tr');
      await expect.poll(() => rows.count(), POLL).toBe(2);
      const second = plain(await rows.nth(1).textContent());
      expect(plain(await rows.nth(1).locator('td[data-field="budget"]').textContent())).toContain(
        '4 540 000 krbudgetversion 2',
      );
      expect(plain(await rows.nth(0).locator('td[data-field="budget"]').textContent())).toContain('budgetversion 1');
      expect(second).toContain('Ändringsbeslut');
      expect(plain(await rows.nth(1).locator('td').last().textContent())).toBe('budget');
      await expectNoSeriousA11yIssues(page);

      const href = await page.getByRole('link', { name: 'Beslutsbrev (PDF)' }).last().getAttribute('href');
      const res = await page.request.get(`${web.base}${href}`);
      expect(res.status()).toBe(200);
      const { text } = await extractText(new Uint8Array(await res.body()), { mergePages: true });
      const flat = plain(text).replace(/\s+/g, ' ');
      expect(flat).toContain('Att fastställa en reviderad budget.');
      // The request kept the plan, and so does the decision (the officer's save does not revise it).
      expect(flat).not.toContain('Att fastställa en reviderad tid- och aktivitetsplan.');
    },
    STEP_TIMEOUT,
  );

  it(
    '4. the beneficiary finds the revised budget in force when asking for the next change',
    async () => {
      const page = await web.signIn(beneficiaryEmail);
      await startRequest(page);
      expect(plain(await page.locator('#budget-now').textContent())).toBe('4 540 000 kr (budgetversion 2)');
      await page.getByLabel('Revidera budgeten').check();
      await expect.poll(() => amount(page, 'Personal, 2025').inputValue(), POLL).toBe('900 000');
      expect(await amount(page, 'Externa tjänster, 2025').inputValue()).toBe('400 000');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

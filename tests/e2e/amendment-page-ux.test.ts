import { and, eq } from 'drizzle-orm';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as s from '../../src/server/db/schema/index.js';
import { hashPassword } from '../../src/server/modules/auth/passwords.js';
import { makeDoviBeneficiary } from '../../src/server/modules/amendments/testing/dovi.js';
import { TEST_PASSWORD } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const STEP_TIMEOUT = 120_000;
/** The server answers slower beside other suites (and on PostgreSQL): polls wait as long as a locator does. */
const POLL = { timeout: 15_000 };
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};

/**
 * The amendment pages as the beneficiary and the officer meet them (docs/domain/life-of-a-grant.md, "5. Amendment"),
 * on the demo portfolio, where DOVI's period already runs to 2026-08-31: a new request starts without errors and with
 * an example taken from the project; the checks beside the form are those of the last saved version, in one message;
 * an amendment case page offers the amendment's links, not a grant's, and asks the server only what it can answer.
 * axe runs on every page state.
 */
describe.runIf(run)('the amendment pages, in a browser', () => {
  let beneficiaryEmail = '';
  let requestCaseId = '';
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      beneficiaryEmail = (await makeDoviBeneficiary(t.database, await hashPassword(TEST_PASSWORD))).email;
    },
    setUpTimeout: STEP_TIMEOUT,
    pages: { timeout: 15_000 },
  });

  /** The checks beside the form. */
  const checks = (page: Page) => page.getByRole('complementary', { name: 'Kontroller' });
  const checksText = async (page: Page) => plain(await checks(page).textContent());
  const errorsShown = (page: Page) =>
    page.locator('.finding-error, .field-error, [aria-invalid="true"], [role="alert"]').count();

  async function openNewRequest(page: Page) {
    await page.getByRole('link', { name: 'Mina projekt' }).click();
    await page.getByRole('heading', { name: 'Mina projekt', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Begär ändring av DOVI' }).click();
    await page.waitForURL(/\/andringar\/[0-9a-f-]{36}$/);
    await page.locator('#budget-now').waitFor();
    await checks(page).waitFor();
  }

  async function save(page: Page) {
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect
      .poll(async () => plain(await page.getByRole('status').first().textContent()), POLL)
      .toBe('Utkastet är sparat.');
  }

  it(
    '1. a new request shows no errors before anything is typed, and its example counts from the end in force',
    async () => {
      const page = await web.signIn(beneficiaryEmail);
      await openNewRequest(page);
      expect(plain(await page.locator('dd', { hasText: '2023-03-01 –' }).textContent())).toBe(
        '2023-03-01 – 2026-08-31',
      );
      expect(await errorsShown(page)).toBe(0);
      expect(await checksText(page)).not.toContain('Fel');
      // The example is DOVI's own end date and what six more months make of it, not a date of another project.
      const hint = plain(await page.locator('#extend-months-hint').textContent());
      expect(hint).toContain('2026-08-31');
      expect(hint).toContain('2027-02-28');
      expect(hint).not.toContain('2026-02-28');
      await shot(page, 'web-amendment-request');
      await expectNoSeriousA11yIssues(page);

      // Typing in one field brings no error for the fields not yet reached.
      await page.getByLabel('Motivering').fill('Projektet har försenats.');
      await expect.poll(() => checksText(page), POLL).toContain('inte sparat');
      expect(await errorsShown(page)).toBe(0);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. trying to save an empty request shows what is missing, at once',
    async () => {
      const page = await web.signIn(beneficiaryEmail);
      await openNewRequest(page);
      expect(await errorsShown(page)).toBe(0);
      await save(page);
      await expect.poll(() => checks(page).locator('.finding-error').count(), POLL).toBe(2);
      const text = await checksText(page);
      expect(text).toContain('Motivering måste fyllas i.');
      expect(text).toContain('Ändringen ändrar ingenting');
      expect(text).not.toContain('Inga regler bryts');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    "3. the checks are the last saved version's, in one message: a passing save clears the old findings",
    async () => {
      const page = await web.signIn(beneficiaryEmail);
      await openNewRequest(page);
      requestCaseId = new URL(page.url()).pathname.split('/').at(-1)!;

      await page.getByLabel('Motivering').fill('Projektet har försenats på grund av problem med upphandling.');
      await save(page);
      // Saved with a motivation but no change: one error, and no "no rule is broken" beside it.
      await expect.poll(() => checks(page).locator('.finding-error').count(), POLL).toBe(1);
      expect(await checksText(page)).toContain('Ändringen ändrar ingenting');
      expect(await page.getByText('Inga regler bryts').count()).toBe(0);
      await expectNoSeriousA11yIssues(page);

      // Typed but not saved: the saved version's finding stays, said to be the saved one's; still one message.
      await page.getByLabel('Förläng med antal månader').fill('6');
      await expect.poll(() => page.locator('#requested-end').textContent(), POLL).toBe('Nytt slutdatum: 2027-02-28');
      expect(await checks(page).locator('.finding-error').count()).toBe(1);
      expect(await checksText(page)).toContain('inte sparat');
      expect(await page.getByText('Inga regler bryts').count()).toBe(0);
      await expectNoSeriousA11yIssues(page);

      // Saved: the old finding is gone, and one message says that no rule is broken.
      await save(page);
      await expect.poll(() => checks(page).locator('.finding-error').count(), POLL).toBe(0);
      await expect.poll(() => page.getByText('Inga regler bryts').count(), POLL).toBe(1);
      expect(await checksText(page)).not.toContain('Fel');
      expect(await checksText(page)).not.toContain('inte sparat');
      await shot(page, 'web-amendment-request-checks');
      await expectNoSeriousA11yIssues(page);

      await page.getByRole('button', { name: 'Skicka in begäran' }).click();
      await expect
        .poll(async () => plain(await page.getByRole('status').first().textContent()), POLL)
        .toContain('registrerad med diarienummer REGAC - 317 - 2022');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  /** The officer opens a page and waits for it to settle; every answer from /api/ on the way is kept. */
  async function openRecorded(page: Page, path: string, settled: () => Promise<unknown>) {
    const answers: string[] = [];
    const record = (r: Response) => {
      if (new URL(r.url()).pathname.startsWith('/api/'))
        answers.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    };
    page.on('response', record);
    await page.goto(`${web.base}${path}`);
    await settled();
    await page.waitForLoadState('networkidle');
    page.off('response', record);
    return answers;
  }
  const failed = (answers: string[]) => answers.filter((a) => /^4\d\d /.test(a));

  async function expectAmendmentCasePage(page: Page, caseId: string) {
    const answers = await openRecorded(page, `/arenden/${caseId}`, async () => {
      await page.getByRole('link', { name: 'Begäran om ändring' }).waitFor();
      await page.getByRole('heading', { name: 'Handlingar i ärendet' }).waitFor();
    });
    expect(answers.length).toBeGreaterThan(0);
    expect(failed(answers)).toEqual([]);
    // The amendment's own links; none to a grant's assessment or grant decision.
    expect(await page.getByRole('link', { name: 'Ändringsbeslut', exact: true }).count()).toBe(1);
    expect(
      await page.locator(`a[href$="/arenden/${caseId}/bedomning"], a[href$="/arenden/${caseId}/beslut"]`).count(),
    ).toBe(0);
    await expectNoSeriousA11yIssues(page);
  }

  it(
    '4. the case page of the submitted request shows no grant links and asks nothing that answers 404',
    async () => {
      expect(requestCaseId).not.toBe('');
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await expectAmendmentCasePage(page, requestCaseId);
      await shot(page, 'web-case-amendment');

      const answers = await openRecorded(page, `/arenden/${requestCaseId}/andringsbeslut`, () =>
        page.getByRole('button', { name: 'Skapa utkast till ändringsbeslut' }).waitFor(),
      );
      expect(failed(answers)).toEqual([]);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    "4b. so does the demo's decided amendment of DOVI, and its amendment decision page",
    async () => {
      const [decided] = await web.t.database.db
        .select({ id: s.cases.id })
        .from(s.cases)
        .where(and(eq(s.cases.kind, 'amendment_request'), eq(s.cases.status, 'decided')));
      expect(decided).toBeDefined();
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await expectAmendmentCasePage(page, decided!.id);

      const answers = await openRecorded(page, `/arenden/${decided!.id}/andringsbeslut`, () =>
        page.getByText('Ändringsbeslutet fattades').waitFor(),
      );
      expect(failed(answers)).toEqual([]);
      await expectNoSeriousA11yIssues(page);

      // Its request came in outside Bidra: the request page says where it is instead of "not found".
      const onRequest = await openRecorded(page, `/andringar/${decided!.id}`, () =>
        page.getByText('Begäran kom in utanför Bidra').waitFor(),
      );
      expect(failed(onRequest)).toEqual([]);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

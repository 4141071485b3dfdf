import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { outboxEmails } from '../../src/server/db/schema/index.js';
import { demoFunderIds, makeCall } from '../../src/server/modules/calls/testing/calls-fixture.js';
import { loginAs } from '../support/app.js';
import { addBudgetRows, addFinanciers } from '../support/application-form.js';
import { completeApplication, funderIdByName } from '../support/applications.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const APPLICANT = 'sokande@umu.example';
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName}${el.id ? `#${el.id}` : ''}:${el.textContent?.trim().slice(0, 40) ?? ''}` : '';
  });

describe.runIf(run)('the application editor keeps the applicant’s work and submits only when asked', () => {
  const web = browserSuite({
    app: { seed: true },
    setUp: async (t) => {
      applicant = (await loginAs(t.app, APPLICANT)).headers;
    },
  });
  let applicant: Record<string, string>;

  /** A draft made through the API, to Region Västerbotten or to a call. */
  async function draft(content: object, callId?: string): Promise<string> {
    const funderId = await funderIdByName(web.t.app, applicant, 'Region Västerbotten');
    const res = await web.t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant,
      payload: { funderId, content, ...(callId ? { callId } : {}) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ caseId: string }>().caseId;
  }
  const statusOf = async (caseId: string) =>
    (await web.t.app.inject({ method: 'GET', url: `/api/v1/applications/${caseId}`, headers: applicant })).json<{
      status: string;
      draft: { projectName?: string; periodStart?: string; budget?: unknown[] };
    }>();

  /** The applicant, signed in, with the editor of `caseId` open. */
  async function editor(caseId: string): Promise<Page> {
    const page = await web.signIn(APPLICANT);
    await page.goto(`${web.base}/ansokan/${caseId}`);
    await page.getByLabel('Projektnamn').waitFor();
    return page;
  }

  it('does not submit when Enter is pressed in a field', async () => {
    const caseId = await draft(completeApplication({ projectName: 'Enter-projektet' }));
    const page = await editor(caseId);
    for (const label of ['Projektnamn', 'Projektägarens organisationsnummer', 'Sökt belopp från stödgivaren']) {
      await page.getByLabel(label).press('Enter');
    }
    await page.getByLabel('Aktivitet, aktivitet 1').press('Enter');
    // Give a submit that should not happen the time to happen.
    await page.waitForTimeout(1_500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Enter-projektet');
    expect((await statusOf(caseId)).status).toBe('draft');
    await expectNoSeriousA11yIssues(page);
    await page.context().close();
  });

  it('asks to confirm with the whole application in view; only confirming submits, and a receipt is mailed', async () => {
    const caseId = await draft(completeApplication({ projectName: 'Bekräftelseprojektet' }));
    const page = await editor(caseId);
    // The organisation's own number without hyphen is the same number.
    await page.getByLabel('Projektägarens organisationsnummer').fill('2021002874');
    const submit = page.getByRole('button', { name: 'Skicka in', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Skicka in ansökan?' });

    // Escape closes the confirmation; focus returns to "Skicka in"; nothing is sent.
    await submit.click();
    await dialog.waitFor();
    expect(await focused(page)).toBe('H2#confirm-title:Skicka in ansökan?');
    const shown = plain(await dialog.textContent());
    for (const part of [
      'Bekräftelseprojektet',
      // Saved in its one written form.
      '202100-2874',
      'Beskrivning.',
      'Syfte.',
      'Mål.',
      '2027-01-01 – 2027-12-31',
      'Tid- och aktivitetsplan',
      'Förstudie',
      'Budget',
      'Personal',
      'Finansieringsplan',
      'Region Västerbotten',
      '200 000 kr',
      'Bilagor',
      'Inga bilagor.',
    ])
      expect(shown).toContain(part);
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-application-confirm.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('BUTTON:Skicka in');
    expect((await statusOf(caseId)).status).toBe('draft');

    // "Avbryt" does the same.
    await submit.click();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('BUTTON:Skicka in');
    expect((await statusOf(caseId)).status).toBe('draft');

    // Confirming submits: the diary number, then the application as sent, read-only.
    await submit.click();
    await dialog.getByRole('button', { name: 'Bekräfta och skicka in' }).click();
    await page.getByRole('heading', { name: 'Ansökan är inskickad', level: 1 }).waitFor();
    const diaryNumber = plain(await page.locator('.diary-number').textContent());
    expect(diaryNumber).toMatch(/^REGAC - \d+ - 2026$/);
    expect(await focused(page)).toBe('H1:Ansökan är inskickad');
    const sent = page.getByRole('region', { name: 'Den inskickade ansökan' });
    for (const heading of ['Projekt', 'Tid- och aktivitetsplan', 'Budget', 'Finansieringsplan', 'Bilagor'])
      await sent.getByRole('heading', { name: heading, exact: true }).waitFor();
    expect(plain(await sent.textContent())).toContain('Bekräftelseprojektet');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-application-read-only.png', fullPage: true });

    // Opened again later: the same application, read-only, with its status.
    await page.reload();
    await page.getByRole('heading', { name: 'Bekräftelseprojektet', level: 1 }).waitFor();
    expect(plain(await page.locator('main').textContent())).toContain('Status: Inskickad');
    await page.getByRole('region', { name: 'Den inskickade ansökan' }).getByText('Förstudie').waitFor();
    await expectNoSeriousA11yIssues(page);

    // The receipt is in the outbox with the diary number.
    const mails = await web.t.database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.relatedEntityType, 'case'), eq(outboxEmails.relatedEntityId, caseId)));
    expect(mails.map((m) => [m.to, m.subject.includes(diaryNumber), m.bodyText.includes(diaryNumber)])).toEqual([
      [[APPLICANT], true, true],
    ]);
    await page.context().close();
  });

  it('saves a draft with an amount it cannot read: the rest is kept, the amount is marked', async () => {
    const caseId = await draft({});
    const page = await editor(caseId);
    // A new application has the organisation's number filled in, and names the organisation.
    const orgNumber = page.getByLabel('Projektägarens organisationsnummer');
    expect(await orgNumber.inputValue()).toBe('202100-2874');
    expect(await page.locator('#field-ownerOrgNumber-hint').textContent()).toContain('Umeå universitet');

    await page.getByLabel('Projektnamn').fill('Tio tusen-projektet');
    await page.getByLabel('Projektperiodens start').fill('2027-01-01');
    await page.getByLabel('Projektperiodens slut').fill('2027-12-31');
    await addBudgetRows(page, [['staff', '2027', 'tio tusen']]);
    await addFinanciers(page, [['Region Västerbotten', '10 000']]);
    const amount = page.getByLabel('Belopp, budgetrad 1');
    await page.locator('#field-budget-0-amountOre-error').waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect
      .poll(() => page.locator('.status').textContent())
      .toBe('Utkastet är sparat, utom en uppgift som inte går att läsa. Den är markerad nedan.');
    const summary = page.locator('.error-summary');
    expect(await summary.locator('h2').textContent()).toBe('Några uppgifter kunde inte sparas');
    const link = summary.getByRole('link');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('#field-budget-0-amountOre');
    expect(await focused(page)).toContain('DIV:Några uppgifter kunde inte sparas');
    await expectNoSeriousA11yIssues(page);

    const saved = await statusOf(caseId);
    expect(saved.draft).toMatchObject({ projectName: 'Tio tusen-projektet', periodStart: '2027-01-01' });
    expect(saved.draft.budget).toEqual([{ category: 'staff', year: 2027, amountOre: null }]);

    // After a reload: the name, the dates, the budget line and the financier are there; the amount is to fill in.
    await page.reload();
    await page.getByLabel('Projektnamn').waitFor();
    expect(await page.getByLabel('Projektnamn').inputValue()).toBe('Tio tusen-projektet');
    expect(await page.getByLabel('Projektperiodens start').inputValue()).toBe('2027-01-01');
    expect(await page.getByLabel('Projektperiodens slut').inputValue()).toBe('2027-12-31');
    expect(await page.getByLabel('År, budgetrad 1').inputValue()).toBe('2027');
    expect(await amount.inputValue()).toBe('');
    expect(await page.getByLabel('Finansiär, finansiär 1').inputValue()).toBe('Region Västerbotten');
    expect(plain(await page.locator('.totals').textContent())).toContain('Budgetrad 1 saknar belopp.');
    await expectNoSeriousA11yIssues(page);
    await page.context().close();
  });

  it('lists the browser’s and the server’s findings in one summary, which the counter counts and names', async () => {
    const { funderId } = await demoFunderIds(web.t.database.db);
    const admin = (await loginAs(web.t.app, 'admin@regionvasterbotten.example')).headers;
    const call = await makeCall(web.t.app, admin, funderId, {
      title: 'Utlysning med budgetunderlag',
      requiredAttachments: [{ title: 'Budgetunderlag', description: 'Underlag för budgeten.' }],
    });
    const caseId = await draft({ projectName: 'Halvfärdigt projekt' }, call.id);
    const page = await editor(caseId);
    await addBudgetRows(page, [['staff', '2027', 'tio tusen']]);
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.locator('h2').textContent()).toBe('Det finns ett problem');
    const items = (await summary.locator('li').allTextContents()).map(plain);
    // The browser's: text it cannot read and fields still empty; the server's: the call's required attachment.
    expect(items).toContain('Belopp, budgetrad 1: skriv ett belopp i kronor, till exempel 400 000 eller 1,5 miljoner.');
    expect(items).toContain('Beskrivning måste fyllas i.');
    expect(items).toContain('Ansökan behöver minst en aktivitet.');
    expect(items.some((i) => i.startsWith('Bilagan ”Budgetunderlag” saknas.'))).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The counter is the same list, each item named and linked.
    const totals = page.locator('.totals');
    expect(plain(await totals.locator('#remaining-count').textContent())).toBe(
      `${items.length} uppgifter återstår innan du kan skicka in.`,
    );
    expect((await totals.locator('.remaining li').allTextContents()).map(plain)).toEqual(items);
    // Every item is shown at its field now that the applicant has tried to submit.
    expect(await page.locator('#field-description-error').textContent()).toBe('Beskrivning måste fyllas i.');
    await expectNoSeriousA11yIssues(page);
    expect((await statusOf(caseId)).status).toBe('draft');
    await page.context().close();
  });

  it('checks while typing: limits, negative amounts, a period that ends first, an activity outside it', async () => {
    const caseId = await draft({});
    const page = await editor(caseId);
    const name = page.getByLabel('Projektnamn');
    expect(await name.getAttribute('maxlength')).toBe('300');
    expect(await page.getByLabel('Beskrivning').getAttribute('maxlength')).toBe('20000');
    expect(await page.locator('#field-projectName-hint').textContent()).toBe('Högst 300 tecken.');
    // A name far over the limit is cut at it, and the page does not grow wider than the window.
    await name.fill('x'.repeat(10_000));
    expect((await name.inputValue()).length).toBe(300);
    await expect.poll(() => page.locator('h1').textContent()).toBe('x'.repeat(300));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    const requested = page.getByLabel('Sökt belopp från stödgivaren');
    await requested.fill('-5 000');
    expect(await page.locator('#field-requestedOre-error').textContent()).toBe(
      'Sökt belopp från stödgivaren: beloppet kan inte vara negativt. Skriv det utan minustecken, till exempel 400 000.',
    );
    await requested.fill('5 000');
    await page.locator('#field-requestedOre-error').waitFor({ state: 'detached' });

    // Without saving or submitting: the period that ends before it starts, then an activity outside it.
    await page.getByLabel('Projektperiodens start').fill('2027-06-01');
    await page.getByLabel('Projektperiodens slut').fill('2027-01-31');
    expect(await page.locator('#field-periodEnd-error').textContent()).toBe('Projektperioden slutar före den börjar.');
    await page.getByLabel('Projektperiodens slut').fill('2027-12-31');
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    // Focus moves to the new row, not left on the button.
    expect(await focused(page)).toBe('INPUT#field-activities-0-title:');
    await page.getByLabel('Aktivitet, aktivitet 1').fill('För tidig start');
    await page.getByLabel('Start, aktivitet 1').fill('2027-03-01');
    await page.getByLabel('Slut, aktivitet 1').fill('2027-02-01');
    expect(await page.locator('#field-activities-0-end-error').textContent()).toBe(
      'Aktivitet 1 slutar före den börjar.',
    );
    await page.getByLabel('Start, aktivitet 1').fill('2027-01-01');
    expect(await page.locator('#field-activities-0-end-error').textContent()).toBe(
      'Aktivitet 1 ligger utanför projektperioden.',
    );
    // What is merely empty is not shown at the field before the applicant tries to submit.
    expect(await page.locator('#field-description-error').count()).toBe(0);
    await expectNoSeriousA11yIssues(page);
    await page.context().close();
  });
});

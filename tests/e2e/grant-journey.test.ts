import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { documentAttachmentLoader } from '../../src/server/mail/document-attachments.js';
import { createSmtpTransport, processOutboxOnce } from '../../src/server/mail/sender.js';
import { testClock } from '../support/app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';
import { addActivities, addBudgetRows, addFinanciers } from '../support/application-form.js';
import { parseMail } from '../support/smtp.js';

const run = browserAvailable();
// BIDRA_SCREENSHOTS=1 also writes the pages to docs/screenshots (for the docs, not for the assertions).
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** Chooses the option of a labelled select whose text contains `text`. */
async function selectContaining(page: Page, label: string, text: string) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator('option', { hasText: text }).getAttribute('value');
  await select.selectOption(value ?? '');
}
const PROJECT = 'Gröna verkstäder i inlandet';
const RECIPIENT = 'projektledare@umu.example';

/**
 * docs/domain/life-of-a-grant.md, "2. Application" to "4. Decision", as three people do them in a browser: the
 * applicant applies, the officer assesses and drafts a grant with live checks, the decision maker approves; the letter
 * holds the figures, the mail arrives with the letter, and the project is in the public list. axe runs on every page on
 * the way.
 */
// A browser journey takes longer than a unit test, most of all beside other suites on two cores.
const STEP_TIMEOUT = 120_000;

describe.runIf(run)('a grant from application to the public list, in a browser, by three users', () => {
  let caseUrl = '';
  let diaryNumber = '';
  const web = browserSuite({ app: { seed: true }, documentsOnDisk: true, smtp: true });

  it(
    '1. the applicant drafts and submits an application with an activity plan',
    async () => {
      const page = await web.signIn('sokande@umu.example');
      await page.waitForURL(`${web.base}/mina-arenden`);
      await page.getByRole('button', { name: 'Ny ansökan' }).click();
      await page.getByLabel('Region Västerbotten').check();
      await page.getByRole('button', { name: 'Fortsätt' }).click();
      await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}$/);
      await page.getByLabel('Projektnamn').fill(PROJECT);
      await page.getByLabel('Projektägarens organisationsnummer').fill('202100-2874');
      await page.getByLabel('Beskrivning').fill('Verkstäder i inlandet ställer om till förnybar energi.');
      await page.getByLabel('Syfte', { exact: true }).fill('Att sänka verkstädernas utsläpp.');
      await page.getByLabel('Mål', { exact: true }).fill('Tio verkstäder har bytt till förnybar energi.');
      await page.getByLabel('Projektperiodens start').fill('2027-01-01');
      await page.getByLabel('Projektperiodens slut').fill('2028-12-31');
      await page.getByLabel('Sökt belopp från stödgivaren').fill('400 000');
      await addActivities(page, [
        ['1', 'Kartläggning av verkstäderna', '2027-01-01', '2027-06-30', '300 000'],
        ['2', 'Omställning i tio verkstäder', '2027-07-01', '2028-12-31', '500 000'],
      ]);
      await addBudgetRows(page, [
        ['staff', '2027', '300 000'],
        ['external_services', '2028', '500 000'],
      ]);
      await addFinanciers(page, [
        ['Region Västerbotten', '400 000'],
        ['Umeå universitet', '400 000'],
      ]);
      await expect
        .poll(async () => plain(await page.locator('.totals').textContent()))
        .toContain('Finansieringen är lika med budgeten.');
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Skicka in' }).click();
      await page.getByRole('dialog', { name: 'Skicka in ansökan?' }).getByRole('button', { name: 'Bekräfta' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Ansökan är inskickad');
      diaryNumber = (await page.locator('.diary-number').textContent()) ?? '';
      expect(diaryNumber).toMatch(/^REGAC - \d+ - 2026$/);
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the officer takes the case, assesses it and drafts a grant that the live checks hold to the rules',
    async () => {
      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.waitForURL(`${web.base}/inkorg`);
      await page.getByRole('link', { name: PROJECT }).click();
      await page.getByRole('heading', { name: PROJECT, level: 1 }).waitFor();
      caseUrl = new URL(page.url()).pathname;
      expect(plain(await page.locator('.facts').first().textContent())).toContain(diaryNumber);

      // Take the case.
      await page.getByLabel('Tilldela ärendet till').selectOption({ label: 'Tove Testsson' });
      await page.getByRole('button', { name: 'Tilldela' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('tilldelat Tove Testsson');
      await expect
        .poll(async () => plain(await page.locator('.facts').first().textContent()))
        .toContain('Tove Testsson');
      expect(plain(await page.locator('table', { hasText: 'Tid- och aktivitetsplan' }).textContent())).toContain(
        'Omställning i tio verkstäder',
      );
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-case-officer');

      // The assessment.
      await page.getByRole('link', { name: 'Bedömning' }).click();
      await page.getByRole('heading', { name: /^Bedömning:/ }).waitFor();
      await page.getByLabel('Prioritering i strategin').selectOption({ index: 1 });
      await page.getByLabel('Hur projektet passar strategin').fill('Projektet bidrar till omställningen i inlandet.');
      await page.getByLabel('Stödberättigande').fill('Sökanden och kostnaderna är stödberättigande.');
      await page.getByLabel('Medfinansieringen är kontrollerad').check();
      await page
        .getByRole('group', { name: /Sammanhållen region/ })
        .getByLabel('Hög')
        .check();
      await page.getByLabel('Motivering för Sammanhållen region').fill('Verkstäder i hela inlandet deltar.');
      await page
        .getByRole('group', { name: /Hållbar regional tillväxt/ })
        .getByLabel('Låg')
        .check();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Spara bedömning' }).click();
      await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Bedömningen är sparad.');
      await shot(page, 'web-assessment');

      // The decision: prefilled from the application.
      await page.getByRole('link', { name: 'Tillbaka till ärendet' }).click();
      await page.getByRole('link', { name: 'Beslut', exact: true }).click();
      await page.getByRole('heading', { name: /^Beslut:/ }).waitFor();
      expect(await page.getByLabel('Beviljat belopp (kr)').inputValue()).toBe('400 000');
      expect(await page.getByLabel('Godkända kostnader (kr)').inputValue()).toBe('800 000');
      expect(await page.getByLabel('Högst andel av godkända kostnader (%)').inputValue()).toBe('50,00');
      const live = page.locator('#checks-live').locator('..');

      // Live checks: one krona over the cap, and a period that leaves activity 2 outside.
      await page.getByLabel('Beviljat belopp (kr)').fill('400 001');
      await expect.poll(async () => plain(await live.textContent())).toMatch(/Fel:.*med 1 kr/);
      await page.getByLabel('Beviljat belopp (kr)').fill('400 000');
      await page.getByLabel('Projektperiod, slut').fill('2028-06-30');
      await expect.poll(async () => plain(await live.textContent())).toMatch(/Fel:.*[Aa]ktivitet 2/);
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel('Projektperiod, slut').fill('2028-12-31');
      await expect.poll(async () => plain(await live.textContent())).toContain('Inga regler bryts.');

      await selectContaining(page, 'Anslag', 'Regionala tillväxtåtgärder');
      await page.getByLabel('Motivering till beslut').fill('Projektet stärker omställningen i inlandets verkstäder.');
      await page.getByLabel('Villkor').fill('Projektet ska lämna lägesrapport varje år.');
      await page.getByLabel('Beslutet skickas till (e-post, en per rad)').fill(RECIPIENT);
      await selectContaining(page, 'Beslutsfattare', 'Nina Provsdotter');
      await page.getByLabel('Delegationspunkt').fill('1.1');
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await expect.poll(() => page.locator('.notice-ok').textContent()).toBe('Utkastet är sparat.');
      const server = page.locator('#checks-server').locator('..');
      // Nothing breaks; the appropriation has a budget for 2026 only, which the project's later years are warned of.
      await expect
        .poll(async () => plain(await server.textContent()))
        .toContain('Varning: Anslaget UO 19 anslag 1:1 Regionala tillväxtåtgärder har ingen budget för 2027, 2028');
      expect(plain(await server.textContent())).not.toContain('Fel:');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-decision-editor');

      // The preview of the letter, as the officer would open it.
      const previewHref = await page
        .getByRole('link', { name: 'Förhandsgranska beslutsbrevet (PDF)' })
        .getAttribute('href');
      const preview = await page.request.get(`${web.base}${previewHref}`);
      expect(preview.status()).toBe(200);
      const previewText = plain(
        (await extractText(await getDocumentProxy(new Uint8Array(await preview.body())), { mergePages: true })).text,
      );
      expect(previewText).toContain('UTKAST');
      expect(previewText).toContain('400 000 kr');
      // The plan the approval will adopt: the application's activities.
      expect(previewText).toContain('Omställning i tio verkstäder');

      await page.getByRole('button', { name: 'Lämna beslutsförslag' }).click();
      await expect
        .poll(() => page.locator('.notice-ok').textContent())
        .toBe('Förslaget är lämnat till beslutsfattaren.');
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('Beslutsförslaget väntar på beslutsfattaren.');
    },
    STEP_TIMEOUT,
  );

  it(
    '3. the decision maker approves; the letter holds the figures',
    async () => {
      // The head of unit holds point 1.1 of the delegation order (grants up to 1 200 000 kr).
      const page = await web.signIn('verksamhetschef@regionvasterbotten.example');
      await page.waitForURL(`${web.base}/inkorg`);
      await page.goto(`${web.base}${caseUrl}/beslut`);
      await page.getByRole('heading', { name: 'Fatta beslut' }).waitFor();
      expect(plain(await page.locator('.facts').first().textContent())).toContain('400 000 kr');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-decision-approve');
      await page.getByRole('button', { name: 'Fatta beslut' }).click();
      await expect.poll(() => page.locator('.notice-ok').textContent()).toContain('Beslutet fattades 2026-11-24.');
      expect(await page.locator('.notice-ok').textContent()).toContain('Beslutsbrevet har lagts i utskick');
      await expectNoSeriousA11yIssues(page);

      const letterHref = await page.getByRole('link', { name: 'Beslutsbrev (PDF)' }).first().getAttribute('href');
      const letter = await page.request.get(`${web.base}${letterHref}`);
      expect(letter.status()).toBe(200);
      expect(letter.headers()['content-type']).toContain('application/pdf');
      const text = plain(
        (await extractText(await getDocumentProxy(new Uint8Array(await letter.body())), { mergePages: true })).text,
      );
      expect(text).not.toContain('UTKAST');
      expect(text).toContain(diaryNumber);
      expect(text).toContain('Umeå universitet beviljas 400 000 kr');
      expect(text).toContain('högst 50,00 % av godkända kostnader uppgående till 800 000 kr');
      expect(text).toContain('2027-01-01 - 2028-12-31');
      expect(text).toContain('förordning (2003:596)');
      expect(text).toContain('1:1 Regionala tillväxtåtgärder');
      expect(text).toContain('Omställning i tio verkstäder');
      expect(text).toContain('delegationsordningens ärendegrupp 1.1');

      // Made: read-only, nothing left to approve or edit (the API refuses edits: decisions.routes.test.ts).
      expect(await page.getByRole('button', { name: 'Fatta beslut' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    '4. the mail arrives with the letter, and the officer sees it sent',
    async () => {
      const sent = await processOutboxOnce(
        web.t.database.db,
        testClock,
        createSmtpTransport({ host: '127.0.0.1', port: web.smtp.port }, 'Bidra <noreply@regionvasterbotten.example>', {
          ignoreTLS: true,
        }),
        documentAttachmentLoader(web.t.database.db, web.documents),
      );
      // The letter, and the receipt the applicant was sent on submitting.
      expect(sent).toMatchObject({ sent: 2 });
      expect(web.smtp.received.map((m) => m.rcptTo).sort()).toEqual([[RECIPIENT], ['sokande@umu.example']]);
      const mail = await parseMail(web.smtp.received.find((m) => m.rcptTo.includes(RECIPIENT))!);
      expect(mail.subject).toContain(PROJECT);
      expect(mail.subject).toContain(diaryNumber);
      expect(mail.attachments).toHaveLength(1);
      const attachment = mail.attachments[0]!;
      expect(attachment.contentType).toBe('application/pdf');
      expect(attachment.filename).toMatch(/^Beslut om stöd .*\.pdf$/);
      const text = plain(
        (await extractText(await getDocumentProxy(new Uint8Array(attachment.content)), { mergePages: true })).text,
      );
      expect(text).toContain('Umeå universitet beviljas 400 000 kr');

      const page = await web.signIn('handlaggare@regionvasterbotten.example');
      await page.goto(`${web.base}${caseUrl}`);
      const outbox = page.locator('section', { has: page.getByRole('heading', { name: 'Utskick' }) });
      await expect.poll(async () => plain(await outbox.textContent())).toContain('Skickad');
      expect(plain(await outbox.textContent())).toContain(RECIPIENT);
      await expect.poll(async () => plain(await page.locator('ol.timeline').textContent())).toContain('Beslut fattat');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-case-after-decision');
    },
    STEP_TIMEOUT,
  );

  it(
    '5. the project appears in the public list',
    async () => {
      const page = await web.newPage({ height: 720 });
      await page.goto(`${web.base}/`);
      await page.getByLabel('Sök bland projekten').fill('verkstäder');
      await page.keyboard.press('Enter');
      const row = page.locator('tbody tr', { hasText: PROJECT });
      await row.waitFor();
      const cells = plain(await row.textContent());
      expect(cells).toContain('Umeå universitet');
      expect(cells).toContain('400 000 kr');
      expect(cells).toContain('2027-01-01');
      await expectNoSeriousA11yIssues(page);
    },
    STEP_TIMEOUT,
  );
});

import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { documentAttachmentLoader } from '../../src/server/mail/document-attachments.js';
import { createSmtpTransport, processOutboxOnce } from '../../src/server/mail/sender.js';
import { samples } from '../../src/server/modules/attachments/testing/sample-files.js';
import { testClock } from '../support/app.js';
import { addActivities, addBudgetRows, addFinanciers } from '../support/application-form.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';
import { emptyInstallation, runBidra, type EmptyInstallation } from '../support/installation.js';
import { parseMail } from '../support/smtp.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const STEP_TIMEOUT = 180_000;

const ADMIN = { email: 'ada.admin@region-exempel.se', name: 'Ada Administratör', password: 'fjällbjörk vid älven 1' };
const OFFICER = {
  email: 'olle.handlaggare@region-exempel.se',
  name: 'Olle Handläggare',
  title: 'utvecklingsstrateg',
  phone: '090-123 45 99',
};
const DECIDER = {
  email: 'disa.ordforande@region-exempel.se',
  name: 'Disa Ordförande',
  capacity: 'ordförande i regionala utvecklingsnämnden',
};
const APPLICANT = { email: 'petra.projekt@umu-exempel.se', name: 'Petra Projektledare' };
const STAFF_PASSWORD = 'ett långt lösenord för personalen';
const APPLICANT_PASSWORD = 'blåbärsris på kalfjället';
const FUNDER = {
  name: 'Region Exempelbotten',
  orgNumber: '232100-0222',
  committee: 'Regionala utvecklingsnämnden',
  diaryFormat: 'RUN {year}/{seq}',
  postalAddress: '901 89 Exempelstad',
  phone: '090-123 45 67',
  email: 'registrator@region-exempel.se',
  website: 'www.region-exempel.se',
  conditions: 'Stödmottagaren ska följa de allmänna villkoren för projektmedel från Region Exempelbotten.',
};
const CALL = 'Innovation i hela länet 2027';
const PROJECT = 'Smarta verkstäder i inlandet';
const COMPLETION_ASK = 'Budgetunderlaget saknar personalkostnaderna för 2028. Bifoga ett uppdaterat underlag.';
const COMPLETION_ANSWER = 'Det uppdaterade budgetunderlaget med personalkostnaderna för 2028 är bifogat.';

/**
 * Issue 12's whole path, starting from an installation with nothing in it: the first administrator is
 * made at the command line; in the browser they set up the funder with its letterhead, strategy and
 * appropriation, invite staff who accept by the mailed link, and open a call; an applicant signs up,
 * verifies the address from the mail, registers the organisation and applies to the call with the
 * attachment it requires; the officer asks for completion and the applicant completes; the officer
 * assesses and proposes, the decision maker approves, and the letter carries the funder's letterhead
 * and standard conditions from its settings. axe checks every page on the way.
 */
describe.runIf(run)('a funder from zero: from an empty installation to an approved grant', () => {
  let install: EmptyInstallation;
  let applicant: Page;
  let caseUrl = '';
  let diaryNumber = '';

  beforeAll(async () => {
    install = await emptyInstallation();
  }, STEP_TIMEOUT);
  // The app is made in the first test, once the command line has made the first administrator.
  const web = browserSuite({
    app: false,
    documentsOnDisk: true,
    smtp: true,
    setUpTimeout: STEP_TIMEOUT,
    pages: { timeout: 20_000 },
    tearDown: () => install?.dispose(),
  });

  /** Sends the outbox to the test SMTP server; the newest mail to `to`. */
  async function mailTo(to: string) {
    await processOutboxOnce(
      web.t.database.db,
      testClock,
      createSmtpTransport(
        { host: '127.0.0.1', port: web.smtp.port },
        'Region Exempelbotten <noreply@region-exempel.se>',
        {
          ignoreTLS: true,
        },
      ),
      documentAttachmentLoader(web.t.database.db, web.documents),
    );
    const mine = web.smtp.received.filter((m) => m.rcptTo.includes(to));
    expect(mine.length, `mail to ${to}`).toBeGreaterThan(0);
    return parseMail(mine.at(-1)!);
  }

  /** The link of the newest mail to `to` leading to `page`, opened on this test server. */
  async function linkIn(to: string, page: string): Promise<string> {
    const mail = await mailTo(to);
    const m = new RegExp(`https?://\\S+?(${page}\\?token=[\\w-]+)`).exec(mail.text ?? '');
    expect(m, mail.text).not.toBeNull();
    return `${web.base}${m![1]}`;
  }

  /** An invited person opens the mailed link, chooses a password and lands signed in. */
  async function acceptInvitation(email: string, expectedRole: string): Promise<void> {
    const page = await web.newPage();
    await page.goto(await linkIn(email, '/inbjudan'));
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Bidra' }).waitFor();
    expect(plain(await page.locator('main').textContent())).toContain(FUNDER.name);
    expect(plain(await page.locator('main').textContent())).toContain(expectedRole);
    await expectNoSeriousA11yIssues(page);
    if (expectedRole === 'handläggare') await shot(page, 'web-invitation');
    await page.getByLabel('Nytt lösenord').fill(STAFF_PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Välj lösenord och logga in' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.context().close();
  }

  it(
    '1. the first administrator is made at the command line on the empty installation',
    async () => {
      const made = await runBidra(
        ['users', 'add', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'administrator', '--password-stdin'],
        install.env,
        `${ADMIN.password}\n`,
      );
      expect(made.code, made.stderr).toBe(0);
      const listed = await runBidra(['users', 'list', '--json'], install.env);
      expect(listed.code, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ email: ADMIN.email, active: true })]);

      const database = await install.open();
      const app = await createApp({ database, clock: testClock, logLevel: false, documentStore: web.documents });
      await web.serve({ app, database });
    },
    STEP_TIMEOUT,
  );

  it(
    '2. the administrator sets up the funder: letterhead, standard conditions, strategy, appropriation, delegation order',
    async () => {
      const page = await web.signIn(ADMIN.email, { password: ADMIN.password });
      await page.waitForURL(`${web.base}/admin`);
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('link', { name: 'Lägg upp er stödgivare' }).click();
      await page.getByRole('heading', { name: 'Lägg upp stödgivare' }).waitFor();
      await page.getByLabel('Stödgivarens namn').fill(FUNDER.name);
      await page.getByLabel('Organisationsnummer').fill(FUNDER.orgNumber);
      await page.getByLabel('Nämnd som beslutar').fill(FUNDER.committee);
      await page.getByLabel('Diarienummerformat').fill(FUNDER.diaryFormat);
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Lägg upp stödgivaren' }).click();
      await page.waitForURL(`${web.base}/admin/installningar`);

      await expect.poll(() => page.getByLabel('Stödgivarens namn').inputValue()).toBe(FUNDER.name);
      await page.getByLabel('Postadress').fill(FUNDER.postalAddress);
      await page.getByLabel('Telefon').fill(FUNDER.phone);
      await page.getByLabel('E-post', { exact: true }).fill(FUNDER.email);
      await page.getByLabel('Webbplats').fill(FUNDER.website);
      await page.getByLabel('Allmänna villkor').fill(FUNDER.conditions);
      await page.getByLabel('Överklagande: beslut om stöd').fill('Beslutet kan inte överklagas.');
      await page.getByRole('button', { name: 'Spara inställningarna' }).click();
      await page.getByText('Inställningarna är sparade (version 2).').waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.goto(`${web.base}/admin/strategi`);
      await page.getByRole('heading', { name: 'Strategi och bedömningsgrunder', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Lägg till strategi' }).click();
      await page.getByLabel('Strategins namn').fill('Regional utvecklingsstrategi för Exempelbottens län');
      await page.getByRole('button', { name: 'Lägg till prioritering' }).click();
      await page.getByLabel('Kod, rad 1').fill('1');
      await page.getByLabel('Namn, rad 1').fill('Innovation och omställning');
      await page.getByRole('button', { name: 'Spara strategin' }).click();
      await page.getByText('Strategin är sparad.').waitFor();
      await page.getByLabel('Namn', { exact: true }).last().fill('Sammanhållen region');
      await page.getByRole('button', { name: 'Lägg till bedömningsgrunden' }).click();
      await page.getByText('Sammanhållen region är sparad.').waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.goto(`${web.base}/admin/anslag`);
      await page.getByRole('heading', { name: 'Anslag och program', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Lägg till anslag' }).click();
      await page.getByLabel('Utgiftsområde').fill('UO 19');
      await page.getByLabel('Anslagskod').fill('1:1');
      await page.getByLabel('Namn', { exact: true }).fill('Regionala tillväxtåtgärder');
      await page.getByRole('button', { name: 'Lägg till år' }).click();
      await page.getByLabel('År, rad 1').fill('2026');
      await page.getByLabel('Budget, rad 1').fill('30 000 000');
      await page.getByRole('button', { name: 'Spara anslaget' }).click();
      await page.getByText('Anslaget är sparat.').waitFor();
      await expectNoSeriousA11yIssues(page);

      // Who may decide what: without a delegation order every decision is the committee's at a meeting.
      await page.goto(`${web.base}/admin/delegationsordning`);
      await page.getByRole('heading', { name: 'Delegationsordning', level: 1 }).waitFor();
      await page.getByLabel('Gäller från').fill('2026-01-01');
      await page.getByLabel('Beslutad av').fill(`${FUNDER.committee} 2025-12-10, § 140`);
      await page.getByLabel('Ordförande (brådskande beslut)').fill(DECIDER.capacity);
      const point = page.getByRole('group', { name: 'Punkt 1' });
      await point.getByLabel('Punkt', { exact: true }).fill('1.1');
      await point.getByLabel('Vad som delegeras').fill('Beslut om regionala projektmedel upp till 1 000 000 kr');
      await point.getByLabel('Delegat (befattning)').fill(DECIDER.capacity);
      await point.getByLabel('Beloppsgräns').fill('1 000 000');
      await point.getByLabel('Beviljande').check();
      await point.getByLabel('Avslag').check();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Spara ny version' }).click();
      await page.getByText('Den nya versionen är sparad.').waitFor();
      // The saved version is the one in force, and its point is listed.
      const inForce = page.locator('section[aria-labelledby="points-heading"]');
      await inForce.getByRole('rowheader', { name: '1.1' }).waitFor();
      expect(await inForce.textContent()).toContain(DECIDER.capacity);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '3. staff are invited and accept by the mailed link; the decision maker with the capacity they decide in',
    async () => {
      const page = await web.signIn(ADMIN.email, { password: ADMIN.password });
      await page.goto(`${web.base}/admin/anvandare`);
      await page.getByRole('heading', { level: 1, name: 'Användare och roller' }).waitFor();
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('E-postadress').fill(OFFICER.email);
      await page.getByLabel('Namn', { exact: true }).fill(OFFICER.name);
      await page.getByLabel('handläggare', { exact: true }).check();
      await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await page.getByRole('status').filter({ hasText: OFFICER.email }).waitFor();

      await page.getByLabel('E-postadress').fill(DECIDER.email);
      await page.getByLabel('Namn', { exact: true }).fill(DECIDER.name);
      await page.getByLabel('beslutsfattare', { exact: true }).check();
      await page.getByLabel('Beslutar i egenskap av').fill(DECIDER.capacity);
      await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await page.getByRole('status').filter({ hasText: DECIDER.email }).waitFor();
      await expect
        .poll(() => page.getByRole('row', { name: new RegExp(DECIDER.name) }).textContent())
        .toContain(`beslutsfattare (${DECIDER.capacity})`);

      // The officer's title and telephone, printed where they are a letter's contact; a number that
      // cannot be dialled is refused in the form, named in the summary.
      await page.getByRole('button', { name: `Titel och telefon: ${OFFICER.name}` }).click();
      const contact = page.getByRole('region', { name: `Titel och telefon för ${OFFICER.name}` });
      await contact.waitFor();
      await contact.getByLabel('Titel (valfri)').fill(OFFICER.title);
      await contact.getByLabel('Telefon (valfri)').fill('ring växeln');
      await contact.getByRole('button', { name: 'Spara titel och telefon' }).click();
      await page.getByRole('link', { name: /Skriv ett telefonnummer/ }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await contact.getByLabel('Telefon (valfri)').fill(OFFICER.phone);
      await contact.getByRole('button', { name: 'Spara titel och telefon' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Titel och telefon för ${OFFICER.name} är sparade.` })
        .waitFor();
      await expect
        .poll(() => page.getByRole('row', { name: new RegExp(OFFICER.name) }).textContent())
        .toContain(OFFICER.phone);
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-admin-users');
      await page.context().close();

      await acceptInvitation(OFFICER.email, 'handläggare');
      await acceptInvitation(DECIDER.email, DECIDER.capacity);
    },
    STEP_TIMEOUT,
  );

  it(
    '4. the administrator opens a call that requires a budget attachment',
    async () => {
      const page = await web.signIn(ADMIN.email, { password: ADMIN.password });
      await page.goto(`${web.base}/admin/utlysningar`);
      await page.getByRole('link', { name: 'Ny utlysning' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ny utlysning' }).waitFor();
      await page.getByLabel('Utlysningens namn').fill(CALL);
      await page.getByLabel('Beskrivning').fill('Projekt som stärker innovationsförmågan i hela länet.');
      const opens = page.getByRole('group', { name: 'Utlysningen öppnar' });
      await opens.getByLabel('Datum').fill('2026-11-20');
      await opens.getByLabel('Klockslag').fill('08:00');
      const closes = page.getByRole('group', { name: 'Utlysningen stänger' });
      await closes.getByLabel('Datum').fill('2027-03-31');
      await closes.getByLabel('Klockslag').fill('23:59');
      await page.getByLabel('Budget i kronor (valfri)').fill('10 000 000');
      await page.getByLabel('1 Innovation och omställning').check();
      await page.getByLabel('Anslag som utlysningen finansieras från').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Lägg till bilaga' }).click();
      await page.getByLabel('Bilaga 1: namn').fill('Budgetunderlag');
      await page.getByRole('button', { name: 'Spara' }).click();
      await page.getByText('Utlysningen är sparad.', { exact: true }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Publicera utlysningen' }).click();
      await page.getByRole('button', { name: 'Ja, publicera' }).click();
      await page.getByText('Utlysningen är publicerad.', { exact: true }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '5. an applicant signs up, verifies the address from the mail and registers the organisation',
    async () => {
      applicant = await web.newPage();
      await applicant.goto(`${web.base}/registrera`);
      await applicant.getByRole('heading', { name: 'Skapa konto', level: 1 }).waitFor();
      await applicant.getByLabel('Ditt namn').fill(APPLICANT.name);
      await applicant.getByLabel('E-postadress').fill(APPLICANT.email);
      await applicant.getByLabel('Lösenord', { exact: true }).fill(APPLICANT_PASSWORD);
      await applicant.getByLabel('Upprepa lösenordet').fill(APPLICANT_PASSWORD);
      await expectNoSeriousA11yIssues(applicant);
      await shot(applicant, 'web-signup');
      await applicant.getByRole('button', { name: 'Skapa konto' }).click();
      await applicant.getByRole('heading', { name: 'Kontrollera din e-post' }).waitFor();
      await expectNoSeriousA11yIssues(applicant);

      await applicant.goto(await linkIn(APPLICANT.email, '/verifiera-epost'));
      await applicant.waitForURL(`${web.base}/organisation`);
      await applicant.getByRole('heading', { name: 'Min organisation', level: 1 }).waitFor();
      await applicant.getByLabel('Organisationsnummer').fill('202100-2874');
      await applicant.getByRole('heading', { name: 'Registrera organisationen' }).waitFor();
      await applicant.getByLabel('Organisationens namn').fill('Umeå universitet');
      await applicant.getByLabel('Typ av organisation').selectOption({ label: 'Universitet eller högskola' });
      await expectNoSeriousA11yIssues(applicant);
      await applicant.getByRole('button', { name: 'Registrera organisationen' }).click();
      await applicant.getByRole('heading', { name: 'Umeå universitet', level: 1 }).waitFor();
      await expectNoSeriousA11yIssues(applicant);
      await shot(applicant, 'web-organisation');
    },
    STEP_TIMEOUT,
  );

  it(
    '6. the applicant applies to the call with the required attachment',
    async () => {
      const page = applicant;
      await page.goto(`${web.base}/utlysningar`);
      await page.getByRole('link', { name: CALL }).click();
      await page.getByRole('heading', { level: 1, name: CALL }).waitFor();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole('button', { name: 'Ansök' }).click();
      await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}$/);
      await page.getByRole('region', { name: 'Utlysning' }).waitFor();

      await page.getByLabel('Projektnamn').fill(PROJECT);
      await page.getByLabel('Projektägarens organisationsnummer').fill('202100-2874');
      await page.getByLabel('Beskrivning').fill('Verkstäder i inlandet inför digitala verktyg för underhåll.');
      await page.getByLabel('Syfte', { exact: true }).fill('Att göra verkstäderna mer konkurrenskraftiga.');
      await page.getByLabel('Mål', { exact: true }).fill('Tolv verkstäder använder digitala underhållsverktyg.');
      await page.getByLabel('Projektperiodens start').fill('2027-01-01');
      await page.getByLabel('Projektperiodens slut').fill('2028-12-31');
      await page.getByLabel('Sökt belopp från stödgivaren').fill('300 000');
      await addActivities(page, [
        ['1', 'Kartläggning av verkstäderna', '2027-01-01', '2027-06-30', '200 000'],
        ['2', 'Införande i tolv verkstäder', '2027-07-01', '2028-12-31', '400 000'],
      ]);
      await addBudgetRows(page, [
        ['staff', '2027', '200 000'],
        ['external_services', '2028', '400 000'],
      ]);
      await addFinanciers(page, [
        [FUNDER.name, '300 000'],
        ['Umeå universitet', '300 000'],
      ]);

      // Submitting without the call's required attachment: refused, linked to its file input.
      await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
      await page
        .getByRole('link', { name: /Bilagan ”Budgetunderlag” saknas/ })
        .first()
        .waitFor();
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-application-required-attachment');

      await page.getByLabel('Välj fil för Budgetunderlag').setInputFiles({
        name: 'budgetunderlag.pdf',
        mimeType: 'application/pdf',
        buffer: samples.pdf(),
      });
      await page.getByRole('button', { name: 'Ladda upp Budgetunderlag' }).click();
      await page
        .getByRole('table', { name: 'Bifogade filer' })
        .getByRole('link', { name: 'budgetunderlag.pdf' })
        .waitFor();
      await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
      await page.getByRole('dialog', { name: 'Skicka in ansökan?' }).getByRole('button', { name: 'Bekräfta' }).click();
      await page.getByRole('heading', { name: 'Ansökan är inskickad' }).waitFor();
      diaryNumber = plain(await page.locator('.diary-number').textContent());
      expect(diaryNumber).toBe('RUN 2026/1');
      await expectNoSeriousA11yIssues(page);
      await shot(page, 'web-zero-submitted');
      // The receipt, with the diary number.
      expect((await mailTo(APPLICANT.email)).subject).toContain(diaryNumber);
    },
    STEP_TIMEOUT,
  );

  it(
    '7. the officer asks for completion; the applicant completes by mail and submits again',
    async () => {
      const officer = await web.signIn(OFFICER.email, { password: STAFF_PASSWORD });
      await officer.waitForURL(`${web.base}/inkorg`);
      await officer.getByRole('link', { name: PROJECT }).click();
      await officer.getByRole('heading', { name: PROJECT, level: 1 }).waitFor();
      caseUrl = new URL(officer.url()).pathname;
      await officer.getByLabel('Tilldela ärendet till').selectOption({ label: OFFICER.name });
      await officer.getByRole('button', { name: 'Tilldela' }).click();
      await expect.poll(() => officer.getByRole('status').first().textContent()).toContain(OFFICER.name);
      await officer
        .getByRole('table', { name: 'Bifogade filer' })
        .getByRole('link', { name: 'budgetunderlag.pdf' })
        .waitFor();
      await officer.getByLabel('Vad behöver kompletteras?').fill(COMPLETION_ASK);
      await officer.getByLabel('Sista dag för kompletteringen').fill('2026-12-15');
      await officer.getByRole('button', { name: 'Begär komplettering' }).click();
      await officer.getByText('Ansökan är återsänd för komplettering.').waitFor();
      await expectNoSeriousA11yIssues(officer);
      await shot(officer, 'web-completion-request');

      const mail = await mailTo(APPLICANT.email);
      expect(mail.subject).toContain(diaryNumber);
      expect(mail.text).toContain(COMPLETION_ASK);

      await applicant.goto(`${web.base}/mina-arenden`);
      await applicant.getByRole('link', { name: `Komplettera ${PROJECT}` }).click();
      await applicant.getByRole('heading', { name: 'Handläggaren begär komplettering' }).waitFor();
      await expectNoSeriousA11yIssues(applicant);
      await shot(applicant, 'web-completion-answer');
      await applicant.getByLabel('Välj fil', { exact: true }).setInputFiles({
        name: 'budgetunderlag-2028.pdf',
        mimeType: 'application/pdf',
        buffer: samples.pdf(),
      });
      await applicant.getByRole('button', { name: 'Ladda upp', exact: true }).click();
      await applicant
        .getByRole('table', { name: 'Bifogade filer' })
        .getByRole('link', { name: 'budgetunderlag-2028.pdf' })
        .waitFor();
      await applicant.getByLabel('Ditt svar till handläggaren').fill(COMPLETION_ANSWER);
      await applicant.getByRole('button', { name: 'Skicka in igen' }).click();
      await applicant
        .getByRole('dialog', { name: 'Skicka in ansökan?' })
        .getByRole('button', { name: 'Bekräfta' })
        .click();
      await applicant.getByRole('heading', { name: 'Ansökan är inskickad' }).waitFor();
      expect(plain(await applicant.locator('.diary-number').textContent())).toBe(diaryNumber);
      expect((await mailTo(APPLICANT.email)).subject).toContain('Kompletterad ansökan mottagen');
      await expectNoSeriousA11yIssues(applicant);

      await officer.reload();
      await officer.getByText(COMPLETION_ANSWER).waitFor();
      await officer.locator('.timeline').getByText('Komplettering inkommen').waitFor();
      await expectNoSeriousA11yIssues(officer);
      await officer.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '8. assessment, decision and approval; the letter carries the letterhead and conditions from the settings',
    async () => {
      const officer = await web.signIn(OFFICER.email, { password: STAFF_PASSWORD });
      await officer.goto(`${web.base}${caseUrl}/bedomning`);
      await officer.getByRole('heading', { name: /^Bedömning:/ }).waitFor();
      await officer.getByLabel('Prioritering i strategin').selectOption({ index: 1 });
      await officer.getByLabel('Hur projektet passar strategin').fill('Projektet stärker innovationen i inlandet.');
      await officer.getByLabel('Stödberättigande').fill('Sökanden och kostnaderna är stödberättigande.');
      await officer.getByLabel('Medfinansieringen är kontrollerad').check();
      await officer
        .getByRole('group', { name: /Sammanhållen region/ })
        .getByLabel('Hög')
        .check();
      await officer.getByLabel('Motivering för Sammanhållen region').fill('Verkstäder i hela inlandet deltar.');
      await expectNoSeriousA11yIssues(officer);
      await officer.getByRole('button', { name: 'Spara bedömning' }).click();
      await expect.poll(() => officer.getByRole('status').last().textContent()).toBe('Bedömningen är sparad.');

      await officer.goto(`${web.base}${caseUrl}/beslut`);
      await officer.getByRole('heading', { name: /^Beslut:/ }).waitFor();
      expect(await officer.getByLabel('Beviljat belopp (kr)').inputValue()).toBe('300 000');
      const appropriation = officer.getByLabel('Anslag', { exact: true });
      const value = await appropriation
        .locator('option', { hasText: 'Regionala tillväxtåtgärder' })
        .getAttribute('value');
      await appropriation.selectOption(value ?? '');
      await officer.getByLabel('Motivering till beslut').fill('Projektet stärker innovationsförmågan i inlandet.');
      await officer.getByLabel('Beslutet skickas till (e-post, en per rad)').fill(APPLICANT.email);
      const decider = officer.getByLabel('Beslutsfattare', { exact: true });
      const deciderValue = await decider.locator('option', { hasText: DECIDER.name }).getAttribute('value');
      await decider.selectOption(deciderValue ?? '');
      await officer.getByLabel('Delegationspunkt').fill('1.1');
      await officer.getByRole('button', { name: 'Spara utkast' }).click();
      await expect.poll(() => officer.locator('.notice-ok').textContent()).toBe('Utkastet är sparat.');
      await expectNoSeriousA11yIssues(officer);
      await officer.getByRole('button', { name: 'Lämna beslutsförslag' }).click();
      await expect
        .poll(() => officer.locator('.notice-ok').textContent())
        .toBe('Förslaget är lämnat till beslutsfattaren.');
      await officer.context().close();

      const chair = await web.signIn(DECIDER.email, { password: STAFF_PASSWORD });
      await chair.goto(`${web.base}${caseUrl}/beslut`);
      await chair.getByRole('heading', { name: 'Fatta beslut' }).waitFor();
      await expectNoSeriousA11yIssues(chair);
      await chair.getByRole('button', { name: 'Fatta beslut' }).click();
      await expect.poll(() => chair.locator('.notice-ok').textContent()).toContain('Beslutet fattades 2026-11-24.');
      await expectNoSeriousA11yIssues(chair);

      const href = await chair.getByRole('link', { name: 'Beslutsbrev (PDF)' }).first().getAttribute('href');
      const letter = await chair.request.get(`${web.base}${href}`);
      expect(letter.status()).toBe(200);
      const text = plain(
        (await extractText(await getDocumentProxy(new Uint8Array(await letter.body())), { mergePages: true })).text,
      );
      // The funder's letterhead and standard conditions, as its administrator set them.
      for (const part of [FUNDER.name, FUNDER.postalAddress, FUNDER.phone, FUNDER.email, FUNDER.website]) {
        expect(text).toContain(part);
      }
      expect(text).toContain(FUNDER.conditions);
      expect(text).toContain(diaryNumber);
      expect(text).toContain('Umeå universitet beviljas 300 000 kr');
      expect(text).toContain(DECIDER.name);
      expect(text).toContain(DECIDER.capacity);
      // The authority it was decided by: the point of the funder's own delegation order.
      // (A line of the letter may wrap anywhere, so it is compared with its whitespace folded.)
      expect(text.replace(/\s+/g, ' ')).toContain('Beslut om regionala projektmedel upp till 1 000 000 kr');
      // Whom to ask: the officer with the title and telephone the administrator set.
      expect(text.replace(/\s+/g, ' ')).toContain(`${OFFICER.name}, ${OFFICER.title}, tfn ${OFFICER.phone}`);
      // How to appeal, as the administrator set it for grants.
      expect(text).toContain('Beslutet kan inte överklagas.');
      expect(text).not.toContain('Bidra');
      await chair.context().close();

      const mail = await mailTo(APPLICANT.email);
      expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    },
    STEP_TIMEOUT,
  );
});

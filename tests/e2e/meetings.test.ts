import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as s from '../../src/server/db/schema/index.js';
import { demoFixtures, makeSubmittedCase } from '../../src/server/modules/decisions/testing/case-builder.js';
import { pdfText } from '../../src/server/modules/meetings/testing/meeting-app.js';
import { browserAvailable, browserSuite, expectNoSeriousA11yIssues } from '../support/browser.js';

const run = browserAvailable();
const screenshots = process.env.BIDRA_SCREENSHOTS === '1';
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

describe.runIf(run)('meetings: the delegated-decision report, minutes extracts and the press release', () => {
  const web = browserSuite({ app: { seed: true }, pages: { height: 720 } });

  async function openMeeting(page: Page, day: string) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sammanträden' }).click();
    await page.getByRole('heading', { name: 'Sammanträden', level: 1 }).waitFor();
    await page.getByRole('link', { name: day }).click();
    await page.getByRole('heading', { name: `Regionala utvecklingsnämnden ${day}`, level: 1 }).waitFor();
  }

  it('an officer sees the delegated decisions of 2023-12-07 and downloads the minutes extract', async () => {
    const page = await web.signIn('handlaggare@regionvasterbotten.example');
    await openMeeting(page, '2023-12-07');
    const report = page.locator('table.delegation-report tbody tr');
    await expect.poll(() => report.count()).toBe(1);
    const row = plain(await report.first().textContent());
    expect(row).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(row).toContain('2023-11-06');
    expect(row).toContain('KL 6 kap. 39 §');
    expect(row).toContain('5 505 389 kr');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-meeting.png', fullPage: true });

    const link = page.getByRole('link', { name: 'Protokollsutdrag, anmälan av delegationsbeslut (PDF)' });
    const href = await link.getAttribute('href');
    const res = await page.context().request.get(`${web.base}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    const text = await pdfText(Buffer.from(await res.body()));
    expect(text).toContain('§ 1 Anmälan av delegationsbeslut');
    expect(text).toContain('5 505 389 kr');
    await page.context().close();
  }, 120_000);

  it('an officer records the justering and "Utdrag till"; a justering day before the meeting is refused; the extract prints them', async () => {
    const page = await web.signIn('handlaggare@regionvasterbotten.example');
    await openMeeting(page, '2023-03-01');
    const facts = page.locator('dl.facts');
    expect(plain(await facts.textContent())).toContain('Lars Exempelsson (S), Erik Påhittsson (M), 2023-03-08');
    expect(plain(await facts.textContent())).toContain('Siv Sekretesson, nämndsekreterare');
    const form = page.getByRole('region', { name: 'Justering och protokollsutdrag' });
    await form.getByLabel('Justeringsdag').fill('2023-02-20');
    await form.getByRole('button', { name: 'Spara justering och utdrag' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(plain(await summary.textContent())).toContain(
      'Justeringsdagen 2023-02-20 ligger före sammanträdet 2023-03-01.',
    );
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('minutes-adjusted-on');
    await expectNoSeriousA11yIssues(page);

    await form.getByLabel('Justeringsdag').fill('2023-03-09');
    const dovi = form.getByLabel(/Utdrag till, .*Digital omställning/);
    await dovi.fill('Region Västerbotten\nEkonomienheten\nTillväxtverket');
    await form.getByRole('button', { name: 'Spara justering och utdrag' }).click();
    await page.getByText('Justering och utdrag är sparade.').waitFor();
    await expect.poll(async () => plain(await facts.textContent())).toContain('2023-03-09');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-meeting-minutes.png', fullPage: true });

    const link = page.getByRole('link', { name: /Protokollsutdrag för Digital omställning/ });
    const href = await link.getAttribute('href');
    const res = await page.context().request.get(`${web.base}${href}`);
    expect(res.status()).toBe(200);
    const text = await pdfText(Buffer.from(await res.body()));
    expect(text).toContain('Justerandes signatur Lars Exempelsson (S), Erik Påhittsson (M) Justerat 2023-03-09');
    expect(text).toContain('Siv Sekretesson, nämndsekreterare');
    expect(text).toContain('Utdrag till');
    expect(text).toContain('Tillväxtverket');
    expect(text).not.toMatch(/bidra(?!\.example)/i);
    await page.context().close();
  }, 120_000);

  it('communications cannot publish a release without a contact person, adds one and publishes; the demo’s release of 2023-03-01 is published with its contacts', async () => {
    // A later held meeting with two approved grants and no release yet.
    const db = web.t.database.db;
    const fx = await demoFixtures(db);
    const [later] = await db
      .insert(s.meetings)
      .values({
        funderId: fx.funder.id,
        committeeName: 'Regionala utvecklingsnämnden',
        heldOn: '2026-10-01',
        status: 'held',
      })
      .returning();
    for (const [title, kr] of [
      ['Testprojekt Norr', 1_200_000],
      ['Testprojekt Syd', 800_000],
    ] as const) {
      const kase = await makeSubmittedCase(db, { funderId: fx.funder.id, organizationId: fx.umu.id, title });
      await db.insert(s.decisions).values({
        caseId: kase.id,
        kind: 'grant',
        status: 'approved',
        decisionDate: '2026-10-01',
        meetingId: later!.id,
        amountOre: kr * 100,
        decidedByName: 'Regionala utvecklingsnämnden',
        approvedAt: new Date('2026-10-01T11:00:00Z'),
      });
    }

    const page = await web.signIn('kommunikation@regionvasterbotten.example');
    await openMeeting(page, '2023-03-01');
    const demo = page.locator('article.press-release');
    await expect.poll(async () => plain(await demo.textContent())).toContain('För mer information, kontakta:');
    expect(plain(await page.locator('#press-heading').textContent())).toContain('Publicerat');
    expect(plain(await demo.textContent())).toContain('Kim Påhittad, Strateg Externa relationer');
    await expectNoSeriousA11yIssues(page);

    await openMeeting(page, '2026-10-01');
    const preview = page.locator('article.press-release');
    await expect
      .poll(async () => plain(await preview.locator('.press-release-title').textContent()))
      .toContain('till 2 projekt');
    const intro = page.getByLabel('Ingress');
    await intro.fill('Nämnden beviljar 25,5 miljoner kronor till regional utveckling.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(async () => plain(await page.getByRole('alert').textContent())).toContain('"25,5 miljoner"');
    expect(await page.getByRole('button', { name: 'Publicera pressmeddelandet' }).isDisabled()).toBe(true);

    await intro.fill('De beviljade projekten följer den regionala utvecklingsstrategin.');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(() => page.getByText('Utkastet är sparat.').count()).toBe(1);
    // No contact person: refused, with the rule said in Swedish, and the release stays a draft.
    await page.getByRole('button', { name: 'Publicera pressmeddelandet' }).click();
    await page.getByText(/kan inte publiceras utan minst en kontaktperson/).waitFor();
    expect(plain(await page.locator('#press-heading').textContent())).toContain('Utkast');
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const person = page.getByRole('group', { name: 'Kontaktperson 1' });
    await person.getByLabel('Namn').fill('Anna Exempel');
    await person.getByLabel('Titel').fill('Kommunikatör');
    await person.getByLabel('Telefon').fill('070-000 00 03');
    await person.getByLabel('E-post').fill('anna@regionvasterbotten.example');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect
      .poll(async () => plain(await preview.textContent()))
      .toContain('Anna Exempel, Kommunikatör, telefon 070-000 00 03, e-post anna@regionvasterbotten.example');
    await expectNoSeriousA11yIssues(page);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-press-release-contacts.png', fullPage: true });
    await page.getByRole('button', { name: 'Publicera pressmeddelandet' }).click();
    await page.getByText('Pressmeddelandet är publicerat och kan inte längre ändras.').waitFor();
    expect(await page.getByLabel('Ingress').count()).toBe(0);
    if (screenshots) await page.screenshot({ path: 'docs/screenshots/web-press-release.png', fullPage: true });
    await page.context().close();

    // The demo's public release of 2023-03-01, without signing in.
    const visitor0 = await web.newPage();
    await visitor0.goto(`${web.base}/pressmeddelanden`);
    await visitor0
      .getByRole('link', { name: 'Regionala utvecklingsnämnden beviljar 25,4 miljoner kronor till 8 projekt' })
      .click();
    await visitor0.waitForURL(/\/pressmeddelanden\/[0-9a-f-]{36}$/);
    const publicUrl = visitor0.url();
    await visitor0.context().close();

    // The public page, without signing in.
    const visitor = await web.newPage();
    await visitor.goto(publicUrl);
    const heading = visitor.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(plain(await heading.textContent())).toBe(
      'Regionala utvecklingsnämnden beviljar 25,4 miljoner kronor till 8 projekt',
    );
    const lead = plain(await visitor.locator('article.press-release p.lead').textContent());
    expect(lead).toContain('sammanlagt 25 421 501 kr fördelat på 8 olika utvecklingsprojekt');
    const lines = (await visitor.locator('article.press-release li strong').allTextContents()).map(plain);
    expect(lines).toHaveLength(8);
    expect(plain(await visitor.locator('article.press-release').textContent())).toContain(
      'Nina Provsdotter, Chef Företag- och projektfinansiering, Region Västerbotten, telefon 070-000 00 01',
    );
    const amounts = lines.map((l) => Number(/beviljas ([\d ]+) kr/.exec(l)![1]!.replace(/ /g, '')));
    const sum = amounts.reduce((a, b) => a + b, 0);
    expect(sum).toBe(25_421_501);
    // The headline's figure is the sum said in millions, rounded to the tenth: 25 421 501 kr → 25,4.
    expect(Math.round(sum / 100_000) / 10).toBe(25.4);
    await expectNoSeriousA11yIssues(visitor);
    await visitor
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Pressmeddelanden' })
      .click();
    await visitor
      .getByRole('link', { name: 'Regionala utvecklingsnämnden beviljar 25,4 miljoner kronor till 8 projekt' })
      .waitFor();
    await expectNoSeriousA11yIssues(visitor);
  }, 120_000);
});

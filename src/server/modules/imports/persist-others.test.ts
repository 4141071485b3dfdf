// The reviewed import of what is not a grant letter, and of an amendment before its grant. The
// describes share one database and build on each other ("Väntande projekt" gets its grant below).
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { emptyAllocation, emptyDecision } from '../../../import/contract.js';
import type { FileToImport } from './persist.js';
import { extraction, idsOf, importFixture, project } from './testing/persist-fixture.js';

const fx = importFixture();

describe('an amendment imported before its grant', () => {
  const owner = { owner: 'Region Västerbotten', ownerOrgNumber: '232100-0222', acronym: 'WAIT' } as const;
  const grant = extraction('grant_decision', 'wait-grant.txt', {
    decision: { ...emptyDecision(), date: '2024-01-10', diaryNumber: 'RUN 2024/9' },
    projects: [
      project('Väntande projekt', { ...owner, amountSek: 100_000, periodStart: '2024-02-01', periodEnd: '2025-01-31' }),
    ],
  });
  const amendment = extraction('amendment_decision', 'wait-amendment.txt', {
    decision: { ...emptyDecision(), date: '2024-12-01', diaryNumber: 'RUN 2024/9' },
    projects: [
      project('Väntande projekt', { ...owner, amountSek: 100_000, periodStart: '2024-02-01', periodEnd: '2025-07-31' }),
    ],
  });
  const amendmentFile = (): FileToImport => ({
    file: amendment.file,
    bytes: Buffer.from('Ändringsbeslut Väntande projekt\n'),
    mediaType: 'text/plain',
    extraction: amendment,
  });

  it('waits for the grant, is recorded when imported again after it, and then changes nothing', async () => {
    const first = await fx.session().importFile(amendmentFile());
    expect(first.kind).toBe('stored_for_review');
    expect(first.notes.join()).toMatch(/import it first, then this file again/);
    expect(idsOf(first.created, 'decision')).toEqual([]);
    expect(await fx.sourceOf(first.sourceId)).toMatchObject({ reviewed: false });

    // Again before the grant: still waiting, and nothing at all is written.
    const before = await fx.rowCounts();
    const waiting = await fx.session().importFile(amendmentFile());
    expect(waiting).toMatchObject({ kind: 'stored_for_review', sourceId: first.sourceId, created: [] });
    expect(await fx.rowCounts()).toEqual(before);

    const g = await fx.session().importFile({
      file: grant.file,
      bytes: Buffer.from('Beslut Väntande projekt\n'),
      mediaType: 'text/plain',
      extraction: grant,
    });
    expect(g.kind).toBe('imported');
    const grantId = idsOf(g.created, 'decision')[0]!;

    const retried = await fx.session().importFile(amendmentFile());
    expect(retried).toMatchObject({ kind: 'imported', sourceId: first.sourceId });
    const [decision] = await fx.database.db
      .select()
      .from(s.decisions)
      .where(eq(s.decisions.id, idsOf(retried.created, 'decision')[0]!));
    expect(decision).toMatchObject({ kind: 'amend', amendsDecisionId: grantId, periodEnd: '2025-07-31' });
    const source = await fx.sourceOf(first.sourceId);
    expect(source.reviewed).toBe(true);
    expect(idsOf(source.createdEntities, 'decision')).toEqual([decision!.id]);
    // The stored original is now linked to the amendment's case.
    const [doc] = await fx.database.db.select().from(s.documents).where(eq(s.documents.id, source.documentId));
    expect(doc!.caseId).toBe(decision!.caseId);

    const after = await fx.rowCounts();
    expect((await fx.session().importFile(amendmentFile())).kind).toBe('already_imported');
    expect(await fx.rowCounts()).toEqual(after);
    expect((await verifyAuditChain(fx.database.db)).ok).toBe(true);
  });
});

describe('a reviewed import of a state decision', () => {
  const state = extraction('state_allocation', 'statsbeslut.txt', {
    decision: {
      ...emptyDecision(),
      date: '2021-03-04',
      decidedBy: 'Regeringen',
      reference: 'I2021/00795',
      appropriation: 'UO 22 anslag 2:4 ap. 4',
    },
    recipients: ['Region Västerbotten', 'Region Norrbotten'],
    allocation: {
      perRecipientPerYearSek: 1_000_000,
      yearFrom: 2021,
      yearTo: 2022,
      requisitionDeadlines: ['2021-11-15', '2022-03-31'],
      accountDeadlines: ['2022-01-31'],
      repaymentDeadlines: ['2022-02-26'],
    },
  });

  it('records the decision and each recipient’s allocation per year with that year’s deadlines, once', async () => {
    const before = await fx.rowCounts();
    const outcome = await fx.session().importFile({
      file: state.file,
      bytes: Buffer.from('Regeringsbeslut I2021/00795\n'),
      mediaType: 'text/plain',
      extraction: state,
    });
    expect(outcome.kind).toBe('imported');
    // Region Västerbotten is known (the funder's organisation); Region Norrbotten is new.
    expect(idsOf(outcome.created, 'organization')).toHaveLength(1);
    expect((await fx.rowCounts()).organizations).toBe(before.organizations! + 1);
    const [decision] = await fx.database.db
      .select()
      .from(s.stateDecisions)
      .where(eq(s.stateDecisions.reference, 'I2021/00795'));
    expect(decision).toMatchObject({
      decidedOn: '2021-03-04',
      issuer: 'Regeringen',
      yearFrom: 2021,
      yearTo: 2022,
      perRecipientPerYearOre: 100_000_000,
      appropriationText: 'UO 22 anslag 2:4 ap. 4',
    });
    expect(decision!.documentId).toBe(idsOf(outcome.created, 'document')[0]);
    const rows = await fx.database.db
      .select({ a: s.stateAllocations, org: s.organizations.name })
      .from(s.stateAllocations)
      .innerJoin(s.organizations, eq(s.organizations.id, s.stateAllocations.recipientOrganizationId))
      .where(eq(s.stateAllocations.stateDecisionId, decision!.id));
    expect(
      rows
        .map((r) => [
          r.org,
          r.a.year,
          r.a.offeredOre,
          r.a.requisitionDeadline,
          r.a.accountDeadline,
          r.a.repaymentDeadline,
        ])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]), 'sv') || Number(x[1]) - Number(y[1])),
    ).toEqual([
      ['Region Norrbotten', 2021, 100_000_000, '2021-11-15', '2022-01-31', '2022-02-26'],
      ['Region Norrbotten', 2022, 100_000_000, '2022-03-31', null, null],
      ['Region Västerbotten', 2021, 100_000_000, '2021-11-15', '2022-01-31', '2022-02-26'],
      ['Region Västerbotten', 2022, 100_000_000, '2022-03-31', null, null],
    ]);

    // Another copy of the same decision (other bytes) adds nothing.
    const counts = await fx.rowCounts();
    const copy = await fx.session().importFile({
      file: 'kopia.txt',
      bytes: Buffer.from('Kopia av regeringsbeslut I2021/00795\n'),
      mediaType: 'text/plain',
      extraction: state,
    });
    expect(copy.notes.join()).toMatch(/state decision I2021\/00795 already exists/);
    const [n] = await fx.database.db.select({ n: count() }).from(s.stateAllocations);
    expect(n!.n).toBe(4);
    expect((await fx.rowCounts()).organizations).toBe(counts.organizations);
  });

  it('is kept for review, naming what is missing, without a reference', async () => {
    const x = extraction('state_allocation', 'utan-beteckning.txt', {
      decision: { ...emptyDecision(), date: '2022-01-01' },
      recipients: ['Region Gävleborg'],
      allocation: emptyAllocation(),
    });
    const before = await fx.rowCounts();
    const outcome = await fx.session().importFile({
      file: x.file,
      bytes: Buffer.from('Beslut utan beteckning\n'),
      mediaType: 'text/plain',
      extraction: x,
    });
    expect(outcome.kind).toBe('stored_for_review');
    expect(outcome.notes.join()).toMatch(/reference, years missing/);
    expect((await fx.rowCounts()).organizations).toBe(before.organizations);
  });
});

describe('a reviewed import of a closure', () => {
  it('opens a closure case for a proposal, with the parties, and records no decision', async () => {
    const x = extraction('closure', 'avslut-forslag.txt', {
      decision: { ...emptyDecision(), presentedBy: 'Hans Svensson' },
      projects: [project('Projekt Digital transformation', {})],
      recipients: ['Bräcke kommun', 'Krokoms kommun'],
      warnings: [{ code: 'decision.is_proposal', message: 'förslag' }],
    });
    const outcome = await fx.session().importFile({
      file: x.file,
      bytes: Buffer.from('Avslut av Projekt Digital transformation\n'),
      mediaType: 'text/plain',
      extraction: x,
    });
    expect(outcome.kind).toBe('imported');
    expect(idsOf(outcome.created, 'organization')).toHaveLength(2);
    expect(idsOf(outcome.created, 'decision')).toEqual([]);
    const [kase] = await fx.database.db
      .select()
      .from(s.cases)
      .where(eq(s.cases.id, idsOf(outcome.created, 'case')[0]!));
    expect(kase).toMatchObject({
      kind: 'closure',
      status: 'in_assessment',
      projectId: null,
      title: 'Avslut: Projekt Digital transformation',
    });
    expect(kase!.diaryNumber).toMatch(/^RUN \d{4}\/\d+$/);
    expect(outcome.notes.join()).toMatch(/no decision is recorded/);
  });

  it('records a taken closing decision on the project it names, and closes the project', async () => {
    const g = extraction('grant_decision', 'stang-grant.txt', {
      decision: { ...emptyDecision(), date: '2022-05-01' },
      projects: [
        project('Projekt att stänga', {
          owner: 'Region Västerbotten',
          ownerOrgNumber: '232100-0222',
          amountSek: 50_000,
          periodStart: '2022-06-01',
          periodEnd: '2023-05-31',
        }),
      ],
    });
    await fx.session().importFile({
      file: g.file,
      bytes: Buffer.from('stäng grant\n'),
      mediaType: 'text/plain',
      extraction: g,
    });
    const x = extraction('closure', 'stang.txt', {
      decision: { ...emptyDecision(), date: '2023-09-15', decidedBy: 'Regionala utvecklingsnämnden' },
      projects: [project('PROJEKT  att stänga', {})],
    });
    const outcome = await fx.session().importFile({
      file: x.file,
      bytes: Buffer.from('stäng\n'),
      mediaType: 'text/plain',
      extraction: x,
    });
    expect(outcome.kind).toBe('imported');
    const [decision] = await fx.database.db
      .select()
      .from(s.decisions)
      .where(eq(s.decisions.id, idsOf(outcome.created, 'decision')[0]!));
    expect(decision).toMatchObject({
      kind: 'close',
      status: 'approved',
      decisionDate: '2023-09-15',
      decidedByName: 'Regionala utvecklingsnämnden',
    });
    const [proj] = await fx.database.db.select().from(s.projects).where(eq(s.projects.id, decision!.projectId!));
    expect(proj).toMatchObject({ name: 'Projekt att stänga', status: 'closed' });
    const [kase] = await fx.database.db.select().from(s.cases).where(eq(s.cases.id, decision!.caseId));
    expect(kase).toMatchObject({ kind: 'closure', status: 'closed', projectId: proj!.id });
  });
});

describe('a reviewed import of a press release', () => {
  it('records the owners, the projects and the release with its lines, but no decision', async () => {
    const x = extraction('press_release', 'press.txt', {
      decision: { ...emptyDecision(), date: '2023-03-01', decidedBy: 'Regionala utvecklingsnämnden' },
      headlineTotalSek: 3_500_000,
      projects: [
        project('Nytt pressprojekt', {
          owner: 'Skellefteå kommun',
          amountSek: 2_000_000,
          periodStart: '2023-04-01',
          periodEnd: '2024-03-31',
        }),
        project('Väntande projekt', { owner: 'Region Västerbotten', amountSek: 1_421_501 }),
      ],
    });
    const before = await fx.rowCounts();
    const outcome = await fx.session().importFile({
      file: x.file,
      bytes: Buffer.from('Pressmeddelande\n\n3,5 miljoner till 2 projekt\n'),
      mediaType: 'text/plain',
      extraction: x,
    });
    expect(outcome.kind).toBe('imported');
    expect((await fx.rowCounts()).decisions).toBe(before.decisions);
    expect(idsOf(outcome.created, 'project')).toHaveLength(1); // "Väntande projekt" exists from its grant
    const [release] = await fx.database.db
      .select()
      .from(s.pressReleases)
      .where(eq(s.pressReleases.id, idsOf(outcome.created, 'press_release')[0]!));
    expect(release).toMatchObject({ title: '3,5 miljoner till 2 projekt', headlineTotalOre: 350_000_000 });
    const [meeting] = await fx.database.db.select().from(s.meetings).where(eq(s.meetings.id, release!.meetingId!));
    expect(meeting).toMatchObject({ heldOn: '2023-03-01', status: 'held' });
    const items = await fx.database.db
      .select()
      .from(s.pressReleaseItems)
      .where(eq(s.pressReleaseItems.pressReleaseId, release!.id));
    expect(
      items
        .sort((a, b) => a.position - b.position)
        .map((i) => [i.projectName, i.ownerName, i.amountOre, i.decisionId !== null]),
    ).toEqual([
      ['Nytt pressprojekt', 'Skellefteå kommun', 200_000_000, false],
      ['Väntande projekt', 'Region Västerbotten', 142_150_100, true],
    ]);
  });
});

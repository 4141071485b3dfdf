import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHeadlineTotal, formatMillions, ore } from '../../domain/index.js';
import { defaultTestDocumentStore, testClock } from '../../../tests/support/app.js';
import { createTestDatabase } from '../../../tests/support/db.js';
import { verifyAuditChain } from '../audit/audit.js';
import type { Database } from '../db/client.js';
import * as s from '../db/schema/index.js';
import { ensureDemoData } from './demo.js';
import { authorityFindings, authorityOf, grantsOf } from '../modules/decisions/decision-authority.js';

let database: Database;
let dataDir: string;
let first: Awaited<ReturnType<typeof ensureDemoData>>;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-demo-'));
  first = await ensureDemoData(database, testClock, dataDir, defaultTestDocumentStore());
});
afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const db = () => database.db;
async function project(acronymOrName: string) {
  const [p] = await db()
    .select()
    .from(s.projects)
    .where(eq(acronymOrName.length <= 5 ? s.projects.acronym : s.projects.name, acronymOrName));
  return p!;
}

describe('the demo portfolio built from the seed documents', () => {
  it('holds the committee meeting of the press release with its eight grants, 25 421 501 kr in all', async () => {
    const [meeting] = await db().select().from(s.meetings).where(eq(s.meetings.heldOn, '2023-03-01'));
    const grants = await db()
      .select()
      .from(s.decisions)
      .where(and(eq(s.decisions.meetingId, meeting!.id), eq(s.decisions.kind, 'grant')));
    expect(grants).toHaveLength(8);
    const sum = grants.reduce((t, g) => t + g.amountOre!, 0);
    expect(sum).toBe(25_421_501_00);
    const [release] = await db().select().from(s.pressReleases).where(eq(s.pressReleases.meetingId, meeting!.id));
    expect(release!.headlineTotalOre).toBe(sum);
    // Published with its contact persons, as seed 004 was.
    expect(release!.publishedAt).not.toBeNull();
    expect(release!.contactPersons.map((c) => c.name)).toEqual(['Nina Provsdotter', 'Kim Påhittad']);
    // The minutes are checked and signed a week later; extracts are certified and go to the applicant.
    expect(meeting).toMatchObject({
      adjusters: ['Lars Exempelsson (S)', 'Erik Påhittsson (M)'],
      adjustedOn: '2023-03-08',
      certifierName: 'Siv Sekretesson',
      certifierTitle: 'nämndsekreterare',
    });
    expect(
      checkHeadlineTotal(
        formatMillions(sum),
        grants.map((g) => ore(g.amountOre!)),
      ),
    ).toEqual([]);
    expect(formatMillions(sum)).toBe('25,4 miljoner');
  });

  it('holds DVIS: the chair’s urgent decision (KL 6 kap. 39 §), 5 505 389 kr at most 50 % of 11 010 777 kr, reported on 2023-12-07', async () => {
    const dvis = await project('DVIS');
    const [d] = await db().select().from(s.decisions).where(eq(s.decisions.projectId, dvis.id));
    expect(d).toMatchObject({
      kind: 'grant',
      status: 'approved',
      authority: 'urgent',
      delegationPointId: null,
      delegationPoint: 'KL 6 kap. 39 §',
      urgencyConsulted: 'regionala utvecklingsnämndens presidium',
      urgencyConsultedOn: '2023-11-06',
      decisionDate: '2023-11-06',
      capacity: 'Regionala utvecklingsnämndens ordförande',
      amountOre: 5_505_389_00,
      maxShareBp: 5000,
      approvedCostsOre: 11_010_777_00,
      periodStart: '2024-02-01',
      periodEnd: '2027-01-31',
      legalBasis: ['2003:596', '2015:210'],
      reportedToMeetingOn: '2023-12-07',
      appealable: false,
    });
    const [item] = await db()
      .select()
      .from(s.delegatedDecisionReportItems)
      .where(eq(s.delegatedDecisionReportItems.decisionId, d!.id));
    const [report] = await db()
      .select()
      .from(s.delegatedDecisionReports)
      .where(eq(s.delegatedDecisionReports.id, item!.reportId));
    const [meeting] = await db().select().from(s.meetings).where(eq(s.meetings.id, report!.meetingId));
    expect(meeting!.heldOn).toBe('2023-12-07');
    const [priority] = await db().select().from(s.priorities).where(eq(s.priorities.id, dvis.priorityId!));
    expect(priority!.code).toBe('3.1');
    const grades = await db()
      .select({ name: s.assessmentAspects.name, grade: s.assessmentGrades.grade })
      .from(s.assessmentGrades)
      .innerJoin(s.assessmentAspects, eq(s.assessmentAspects.id, s.assessmentGrades.aspectId));
    expect(Object.fromEntries(grades.map((g) => [g.name, g.grade]))).toEqual({
      'Sammanhållen region': 'high',
      'Hållbar regional tillväxt': 'low',
    });
  });

  it('covers every demo decision by its authority: the delegation order in force, the committee or the chair', async () => {
    const [funder] = await db().select().from(s.funders);
    // Seed 000 rounds "högst 50 %" half up: the demo funder's setting.
    expect(funder!.shareCapRounding).toBe('half_up');
    // How refunds and recoveries are paid to it: fictional, and marked as such.
    expect(funder!.paymentDetails).toBe('Bankgiro 0000-0001 (demo), mottagare Region Västerbotten.');
    const rows = await db()
      .select({ decision: s.decisions, kase: s.cases })
      .from(s.decisions)
      .innerJoin(s.cases, eq(s.cases.id, s.decisions.caseId))
      .where(isNotNull(s.decisions.approvedAt));
    expect(rows.length).toBeGreaterThan(0);
    const authorities: Record<string, number> = {};
    for (const { decision, kase } of rows) {
      const approver = decision.decidedByUserId ?? decision.approvedByUserId;
      const decider =
        decision.authority === 'committee' || !approver ? null : await grantsOf(db(), approver, funder!.organizationId);
      const broken = await authorityFindings(db(), testClock, { decision, kase, funder: funder!, decider });
      expect([decision.kind, authorityOf(decision), broken.map((f) => f.code)]).toEqual([
        decision.kind,
        authorityOf(decision),
        [],
      ]);
      authorities[authorityOf(decision)] = (authorities[authorityOf(decision)] ?? 0) + 1;
    }
    expect(authorities['urgent']).toBe(1);
    expect(authorities['delegation']).toBeGreaterThanOrEqual(1);
    expect(authorities['committee']).toBeGreaterThanOrEqual(8);
  });

  it('holds DOVI with its original grant and the amendment to 2026-08-31 with the revised activity plan', async () => {
    const dovi = await project('DOVI');
    expect(dovi).toMatchObject({ periodStart: '2023-03-01', periodEnd: '2026-08-31', grantedOre: 2_491_478_00 });
    const ds = await db().select().from(s.decisions).where(eq(s.decisions.projectId, dovi.id));
    const grant = ds.find((d) => d.kind === 'grant')!;
    const amendment = ds.find((d) => d.kind === 'amend')!;
    expect(grant.periodEnd).toBe('2026-02-28');
    expect(amendment).toMatchObject({
      amendsDecisionId: grant.id,
      decisionDate: '2025-08-29',
      periodEnd: '2026-08-31',
      appealable: false,
      capacity: 'verksamhetschef',
    });
    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, grant.caseId));
    expect(kase!.diaryNumber).toBe('REGAC - 317 - 2022');
    const [ext] = await db().select().from(s.caseExternalIds).where(eq(s.caseExternalIds.caseId, kase!.id));
    expect(ext).toMatchObject({ system: 'Nyps', externalId: '20359783' });
    const revised = await db()
      .select()
      .from(s.activities)
      .where(eq(s.activities.activityPlanId, amendment.activityPlanId!))
      .orderBy(s.activities.sortOrder);
    expect(revised.map((a) => a.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4.1',
      '4.2',
      '5',
      '5.1',
      '5.2',
      '6',
      '6.1',
      '6.2',
      '6.3',
      '7',
      '8',
    ]);
    expect(revised.reduce((t, a) => t + (a.costOre ?? 0), 0)).toBe(3_333_015_00);
    expect(revised.find((a) => a.number === '8')).toMatchObject({
      startDate: '2026-01-01',
      endDate: '2026-08-31',
      costOre: 150_000_00,
    });
    const original = await db()
      .select()
      .from(s.activities)
      .where(eq(s.activities.activityPlanId, grant.activityPlanId!));
    expect(original.every((a) => a.endDate! <= '2026-02-28')).toBe(true);
  });

  it('holds the withdrawn commission of seed 002 and refunds its seven municipalities exactly', async () => {
    const [kase] = await db().select().from(s.cases).where(eq(s.cases.kind, 'commission'));
    expect(kase!.status).toBe('withdrawn');
    const refunds = await db().select().from(s.refunds).where(eq(s.refunds.caseId, kase!.id));
    expect(refunds).toHaveLength(7);
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.caseId, kase!.id));
    expect(decision!.kind).toBe('withdraw');
    expect(refunds.reduce((t, r) => t + r.amountOre, 0)).toBe(decision!.amountOre);
    expect(refunds.every((r) => r.amountOre % 100 === 0)).toBe(true);
  });

  it('holds the state decision of seed 003: 21 recipients, 2021–2025, with every deadline', async () => {
    const [sd] = await db().select().from(s.stateDecisions).where(eq(s.stateDecisions.reference, 'I2021/00795'));
    expect(sd).toMatchObject({
      decidedOn: '2021-03-04',
      yearFrom: 2021,
      yearTo: 2025,
      perRecipientPerYearOre: 1_000_000_00,
    });
    const allocations = await db()
      .select()
      .from(s.stateAllocations)
      .where(eq(s.stateAllocations.stateDecisionId, sd!.id));
    expect(allocations).toHaveLength(21 * 5);
    expect(new Set(allocations.map((a) => a.recipientOrganizationId)).size).toBe(21);
    const [rvb] = await db().select().from(s.organizations).where(eq(s.organizations.orgNumber, '232100-0222'));
    const mine = allocations.filter((a) => a.recipientOrganizationId === rvb!.id).sort((a, b) => a.year - b.year);
    expect(mine.map((a) => a.requisitionDeadline)).toEqual([
      '2021-11-15',
      '2022-03-31',
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
    ]);
    expect(mine.map((a) => a.accountDeadline)).toEqual(['2022-01-31', '2023-01-31', '2024-01-31', '2025-01-31', null]);
    expect(mine.map((a) => a.repaymentDeadline)).toEqual([
      '2022-02-26',
      '2023-02-26',
      '2024-02-26',
      '2025-02-26',
      null,
    ]);
  });

  it('has one demo user for every role, with argon2id hashes, and keeps the passwords for demo starts only', async () => {
    const grants = await db().select({ role: s.roleGrants.role }).from(s.roleGrants);
    expect(new Set(grants.map((g) => g.role))).toEqual(
      new Set(['applicant', 'case_officer', 'decision_maker', 'finance_officer', 'communications', 'administrator']),
    );
    const users = await db().select().from(s.users).where(isNotNull(s.users.passwordHash));
    expect(users.every((u) => u.passwordHash!.startsWith('$argon2id$'))).toBe(true);
    expect(users.map((u) => u.email).every((e) => e.endsWith('.example'))).toBe(true);
    expect(first.created).toBe(true);
    const file = JSON.parse(readFileSync(first.credentialsFile, 'utf8')) as { password: string }[];
    expect(file).toHaveLength(users.length);
    expect(statSync(first.credentialsFile).mode & 0o077).toBe(0);
  });

  it('writes an audit event for everything it creates, in an intact chain', async () => {
    const verification = await verifyAuditChain(db());
    expect(verification.ok).toBe(true);
    const orgs = await db().select().from(s.organizations);
    const events = await db()
      .select()
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.entityType, 'organization'),
          inArray(
            s.auditEvents.entityId,
            orgs.map((o) => o.id),
          ),
        ),
      );
    expect(events).toHaveLength(orgs.length);
  });

  it('changes nothing when run again', async () => {
    const before = (await db().select().from(s.auditEvents)).length;
    const again = await ensureDemoData(database, testClock, dataDir, defaultTestDocumentStore());
    expect(again.created).toBe(false);
    expect(again.credentials).toEqual(first.credentials);
    expect((await db().select().from(s.auditEvents)).length).toBe(before);
  });
});

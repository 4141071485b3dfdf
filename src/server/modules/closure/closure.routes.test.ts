import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import * as d from '../../seed/demo-data.js';
import { commission } from '../../seed/demo-data.js';
import { committedOnYear } from '../projects/commitments.repository.js';
import { makeAppropriation } from '../decisions/testing/case-builder.js';
import { kr, type Headers } from '../decisions/testing/decision-app.js';
import { refreshProjectSnapshot } from '../projects/project-snapshot.js';
import type { GrantedProject } from '../payments/testing/grant-builder.js';
import { createPaymentTestApp, type PaymentTestApp } from '../payments/testing/payment-app.js';

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
});
afterAll(async () => {
  await t.close();
});
const db = () => t.database.db;

interface ReportView {
  id: string;
  status: string;
  version: number;
}
interface ClosureView {
  project: { status: string };
  grantedOre: number;
  paidOre: number;
  releaseOre: number | null;
  conditions: { finalReportApproved: boolean; finalPaymentRecorded: boolean };
  finalReport: ReportView | null;
  closed: { releasedOre: number } | null;
  pendingDecisions: { id: string; kind: string; status: string; actions: { propose: boolean; decide: boolean } }[];
  actions: Record<string, boolean>;
}
interface Problem {
  code: string;
  detail: string;
  details: Record<string, unknown>;
}

const NONE = '00000000-0000-0000-0000-000000000000';

/** A granted project whose grant (decided in 2026) is drawn on a fresh appropriation. */
async function grantOnAppropriation(amountOre: number) {
  const appropriation = await makeAppropriation(db(), {
    funderId: t.fixtures.funder.id,
    year: 2026,
    budgetOre: kr(10_000_000),
  });
  const tag = randomBytes(3).toString('hex');
  const [project] = await db()
    .insert(s.projects)
    .values({ name: `Anslagsprojekt ${tag}`, ownerOrganizationId: t.fixtures.umu.id, status: 'active' })
    .returning();
  const [kase] = await db()
    .insert(s.cases)
    .values({
      funderId: t.fixtures.funder.id,
      diaryNumber: `TEST - A${tag} - 2026`,
      kind: 'application',
      status: 'active',
      title: project!.name,
      applicantOrganizationId: t.fixtures.umu.id,
      projectId: project!.id,
      registeredAt: new Date('2026-01-10T08:00:00Z'),
    })
    .returning();
  const [decision] = await db()
    .insert(s.decisions)
    .values({
      caseId: kase!.id,
      projectId: project!.id,
      kind: 'grant',
      status: 'approved',
      decisionDate: '2026-02-01',
      amountOre,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      appropriationId: appropriation.id,
      approvedAt: new Date('2026-02-01T10:00:00Z'),
    })
    .returning();
  await refreshProjectSnapshot(db(), project!.id);
  const [fresh] = await db().select().from(s.projects).where(eq(s.projects.id, project!.id));
  return { g: { project: fresh!, kase: kase!, decision: decision! } satisfies GrantedProject, appropriation };
}

function ok<T>(res: { statusCode: number; body: string; json<U>(): U }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return Promise.resolve(res.json<T>());
}

/** The beneficiary's final payment request, approved by the officer and paid by finance. */
async function finalPaymentPaid(g: GrantedProject, claimedOre: number) {
  const draft = await ok<{ id: string; version: number; costs: { category: string; claimedOre: number }[] }>(
    await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.applicant, {
      kind: 'final',
      period: { start: '2026-01-01', end: '2026-10-31' },
      costs: [{ category: 'staff', claimedOre }],
    }),
    201,
  );
  const sub = await ok<{ version: number }>(
    await t.call('POST', `/api/v1/payment-requests/${draft.id}/submit`, t.applicant, { version: draft.version }),
  );
  const appr = await ok<{ request: { version: number; payableOre: number } }>(
    await t.call('POST', `/api/v1/payment-requests/${draft.id}/approve`, t.officer, {
      version: sub.version,
      costs: [{ category: 'staff', approvedOre: claimedOre }],
    }),
  );
  await ok(
    await t.call('POST', `/api/v1/payment-requests/${draft.id}/payment`, t.finance, {
      version: appr.request.version,
      paidOn: '2026-11-20',
      reference: `VER-${draft.id.slice(0, 6)}`,
    }),
  );
  return appr.request.payableOre;
}

const content = {
  summary: 'Projektet har genomförts enligt plan.',
  results: 'Tre kommuner har infört tjänsten.',
  indicators: 'Antal anslutna verksamheter: 14',
};

async function finalReportApproved(g: GrantedProject, approver: Headers = t.officer) {
  const r = await ok<ReportView>(
    await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.applicant, { kind: 'final', content }),
    201,
  );
  const sub = await ok<ReportView>(
    await t.call('POST', `/api/v1/reports/${r.id}/submit`, t.applicant, { version: r.version }),
  );
  return t.call('POST', `/api/v1/reports/${r.id}/approve`, approver, { version: sub.version });
}

const closure = async (g: GrantedProject, as: Headers = t.officer) =>
  ok<ClosureView>(await t.call('GET', `/api/v1/projects/${g.project.id}/closure`, as));

/** The officer proposes the draft; the head of unit, holding the delegation point, approves it. */
async function proposeAndApprove(decisionId: string, approver: Headers = t.head) {
  await ok(await t.call('POST', `/api/v1/decisions/${decisionId}/propose`, t.officer, {}));
  return t.call('POST', `/api/v1/decisions/${decisionId}/approve`, approver, {});
}

/** The stored letter of an approved decision, as its text reads. */
async function letterOf(decisionId: string, as: Headers = t.officer): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/decisions/${decisionId}/letter.pdf`, headers: as });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ');
}

describe('final and progress reports', () => {
  it('are written and submitted by the beneficiary and approved by the officer, moving the reporting plan', async () => {
    const g = await t.grant();
    const [plan] = await db().insert(s.reportingPlans).values({ projectId: g.project.id }).returning();
    const [item] = await db()
      .insert(s.reportingPlanItems)
      .values({ reportingPlanId: plan!.id, kind: 'final_report', dueDate: '2028-02-28' })
      .returning();

    const draft = await ok<ReportView>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.applicant, {
        kind: 'final',
        content: { ...content, results: '' },
      }),
      201,
    );
    expect(draft.status).toBe('draft');
    // The officer does not see the beneficiary's draft at all.
    expect((await t.call('GET', `/api/v1/reports/${draft.id}`, t.officer)).statusCode).toBe(404);
    // Submitting without results is refused with a message.
    const incomplete = await t.call('POST', `/api/v1/reports/${draft.id}/submit`, t.applicant, {
      version: draft.version,
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json<Problem>().code).toBe('report.incomplete');

    const edited = await ok<ReportView>(
      await t.call('PUT', `/api/v1/reports/${draft.id}`, t.applicant, { version: draft.version, content }),
    );
    const stale = await t.call('PUT', `/api/v1/reports/${draft.id}`, t.applicant, { version: draft.version, content });
    expect(stale.statusCode).toBe(409);
    // The applicant may not approve; the officer may not write.
    expect(
      (await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.officer, { kind: 'progress', content }))
        .statusCode,
    ).toBe(403);

    const submitted = await ok<ReportView>(
      await t.call('POST', `/api/v1/reports/${draft.id}/submit`, t.applicant, { version: edited.version }),
    );
    expect(submitted.status).toBe('submitted');
    let [row] = await db().select().from(s.reportingPlanItems).where(eq(s.reportingPlanItems.id, item!.id));
    expect(row).toMatchObject({ status: 'submitted', reportId: draft.id });

    const byApplicant = await t.call('POST', `/api/v1/reports/${draft.id}/approve`, t.applicant, {
      version: submitted.version,
    });
    expect(byApplicant.statusCode).toBe(403);
    const approved = await ok<ReportView>(
      await t.call('POST', `/api/v1/reports/${draft.id}/approve`, t.officer, { version: submitted.version }),
    );
    expect(approved.status).toBe('approved');
    [row] = await db().select().from(s.reportingPlanItems).where(eq(s.reportingPlanItems.id, item!.id));
    expect(row!.status).toBe('approved');

    // A second final report is refused; another organisation does not see the project at all.
    expect(
      (await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.applicant, { kind: 'final', content }))
        .statusCode,
    ).toBe(409);
    expect((await t.call('GET', `/api/v1/reports/${draft.id}`, t.otherApplicant)).statusCode).toBe(404);
    expect((await t.call('GET', `/api/v1/projects/${g.project.id}/closure`, t.otherApplicant)).statusCode).toBe(404);
    expect(
      (await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.otherApplicant, { kind: 'final', content }))
        .statusCode,
    ).toBe(404);
  });
});

describe('closing a project', () => {
  it('is refused with 422 before the final report is approved and the final payment recorded', async () => {
    const g = await t.grant({ amountOre: kr(400_000) });
    const res = await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, {});
    expect(res.statusCode).toBe(422);
    const problem = res.json<Problem>();
    expect(problem.code).toBe('closure.conditions_not_met');
    expect(problem.detail).toContain('Slutrapporten måste vara godkänd');

    await finalPaymentPaid(g, kr(300_000));
    const onlyReport = await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, {});
    expect(onlyReport.statusCode).toBe(422);
    expect(onlyReport.json<Problem>().code).toBe('closure.final_report_not_approved');
    expect((await closure(g)).conditions).toEqual({ finalReportApproved: false, finalPaymentRecorded: true });
  });

  it('closes after the final report and payment, releasing granted − paid from the appropriation', async () => {
    const { g, appropriation } = await grantOnAppropriation(kr(1_000_000));
    const before = await committedOnYear(db(), appropriation.id, 2026, NONE);
    expect(before).toBe(kr(1_000_000));

    const paid = await finalPaymentPaid(g, kr(820_000));
    expect(paid).toBe(kr(820_000));
    await ok(await finalReportApproved(g));
    // Only the funder's officer drafts the closure; a decision maker other than its author decides it.
    expect((await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.applicant, {})).statusCode).toBe(403);
    expect((await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.otherApplicant, {})).statusCode).toBe(404);
    const view = await closure(g);
    expect(view.releaseOre).toBe(kr(180_000));
    expect(view.actions.close).toBe(true);

    const closed = await ok<{ status: string; releasedOre: number; paidOre: number; decisionId: string }>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, { delegationPoint: '1.6' }),
      201,
    );
    expect(closed).toMatchObject({ status: 'draft', releasedOre: kr(180_000), paidOre: kr(820_000) });
    // Nothing is closed by the draft: the project and its commitment stand until the decision is made.
    expect((await closure(g)).project.status).toBe('active');
    expect(await committedOnYear(db(), appropriation.id, 2026, NONE)).toBe(kr(1_000_000));
    await ok(await proposeAndApprove(closed.decisionId));
    expect(await committedOnYear(db(), appropriation.id, 2026, NONE)).toBe(kr(820_000));
    const letter = await letterOf(closed.decisionId);
    expect(letter).toContain('Beslut om avslut av projekt');
    expect(letter).toContain('Slutligt utbetalt stöd 820 000 kr');
    expect(letter).toContain('Återförs till anslaget');
    expect(letter).toContain('180 000 kr');
    expect(letter).toMatch(/Beslutet kan (inte )?överklagas/);

    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, closed.decisionId));
    expect(decision).toMatchObject({ kind: 'close', status: 'approved', amountOre: kr(180_000) });
    expect(decision!.body.releasedOre).toBe(kr(180_000));
    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, g.kase.id));
    expect(kase!.status).toBe('closed');
    const after = await closure(g);
    expect(after.project.status).toBe('closed');
    expect(after.closed?.releasedOre).toBe(kr(180_000));

    const again = await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, {});
    expect(again.statusCode).toBe(422);
    expect(again.json<Problem>().code).toBe('closure.already_closed');
    const audit = await db().select().from(s.auditEvents).where(eq(s.auditEvents.entityId, g.project.id));
    expect(audit.map((a) => a.action)).toContain('project.closed');
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('closes without a final payment only with a reason, releasing the whole unpaid grant', async () => {
    const { g, appropriation } = await grantOnAppropriation(kr(250_000));
    await ok(await finalReportApproved(g));
    const refused = await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, {});
    expect(refused.json<Problem>().code).toBe('closure.final_payment_missing');
    const closed = await ok<{ releasedOre: number; decisionId: string }>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, {
        withoutFinalPaymentReason: 'Projektet avbröts; inga kostnader har uppstått.',
        delegationPoint: '1.6',
      }),
      201,
    );
    expect(closed.releasedOre).toBe(kr(250_000));
    await ok(await proposeAndApprove(closed.decisionId));
    expect(await committedOnYear(db(), appropriation.id, 2026, NONE)).toBe(0);
  });
});

describe('what closing returns to the appropriation', () => {
  it('is the funder staff’s figure until the closing decision is made; then the beneficiary sees what was returned', async () => {
    const { g } = await grantOnAppropriation(kr(1_000_000));
    await finalPaymentPaid(g, kr(820_000));
    // A submitted final report, not yet approved: what the beneficiary sees is theirs, the figure is not.
    const report = await ok<ReportView>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.applicant, { kind: 'final', content }),
      201,
    );
    const sent = await ok<ReportView>(
      await t.call('POST', `/api/v1/reports/${report.id}/submit`, t.applicant, { version: report.version }),
    );
    const mine = await closure(g, t.applicant);
    expect(mine.releaseOre).toBeNull();
    expect(mine.closed).toBeNull();
    expect(mine.finalReport?.status).toBe('submitted');
    expect((await closure(g, t.officer)).releaseOre).toBe(kr(180_000));
    expect((await closure(g, t.finance)).releaseOre).toBe(kr(180_000));
    expect((await t.call('GET', `/api/v1/projects/${g.project.id}/closure`, t.otherApplicant)).statusCode).toBe(404);

    await ok(await t.call('POST', `/api/v1/reports/${report.id}/approve`, t.officer, { version: sent.version }));
    const drafted = await ok<{ decisionId: string }>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/close`, t.officer, { delegationPoint: '1.6' }),
      201,
    );
    await ok(await t.call('POST', `/api/v1/decisions/${drafted.decisionId}/propose`, t.officer, {}));
    // Proposed is not decided.
    expect((await closure(g, t.applicant)).releaseOre).toBeNull();
    expect((await closure(g, t.officer)).releaseOre).toBe(kr(180_000));

    await ok(await t.call('POST', `/api/v1/decisions/${drafted.decisionId}/approve`, t.head, {}));
    const decided = await closure(g, t.applicant);
    expect(decided.releaseOre).toBe(kr(180_000));
    expect(decided.closed?.releasedOre).toBe(kr(180_000));
  });
});

describe('recovery (återkrav)', () => {
  const reason = 'Kostnaderna var inte stödberättigande.';

  it('is drafted by the officer up to what is paid, decided by a decision maker, and finance records the money', async () => {
    const g = await t.grant({ amountOre: kr(500_000), maxShareBp: null });
    const paid = await finalPaymentPaid(g, kr(200_000));
    const body = { kind: 'recovery', amountOre: paid + 100, reason, dueDate: '2027-01-31', delegationPoint: '1.5' };
    const tooMuch = await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.officer, body);
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json<Problem>()).toMatchObject({ code: 'recovery.exceeds_paid', details: { claimableOre: paid } });
    expect(
      (await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.applicant, { ...body, amountOre: kr(1) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.otherApplicant, {
          ...body,
          amountOre: kr(1),
        })
      ).statusCode,
    ).toBe(404);
    // Reasons are required (FL 32 §).
    const noReason = await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.officer, {
      ...body,
      amountOre: kr(50_000),
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json<Problem>().code).toBe('recovery.reason_missing');

    const draft = await ok<{ decisionId: string; status: string }>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.officer, {
        ...body,
        amountOre: kr(50_000),
      }),
      201,
    );
    expect(draft.status).toBe('draft');
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, draft.decisionId));
    expect(decision).toMatchObject({ kind: 'recover', status: 'draft', amountOre: kr(50_000), reasons: reason });
    // Nothing is claimed until the decision is made; the officer cannot approve it.
    expect(await db().select().from(s.recoveries).where(eq(s.recoveries.projectId, g.project.id))).toHaveLength(0);
    expect((await closure(g)).pendingDecisions).toMatchObject([
      { id: draft.decisionId, kind: 'recover', status: 'draft' },
    ]);
    // The officer may propose the draft; nobody decides it before it is proposed.
    expect((await closure(g)).pendingDecisions[0]?.actions).toEqual({ propose: true, decide: false });
    expect((await closure(g, t.head)).pendingDecisions[0]?.actions).toEqual({ propose: false, decide: false });
    await ok(await t.call('POST', `/api/v1/decisions/${draft.decisionId}/propose`, t.officer, {}));
    // Proposed, it is the decision maker's to decide.
    expect((await closure(g)).pendingDecisions[0]?.actions).toEqual({ propose: false, decide: false });
    expect((await closure(g, t.head)).pendingDecisions[0]?.actions).toEqual({ propose: false, decide: true });
    const approved = await t.call('POST', `/api/v1/decisions/${draft.decisionId}/approve`, t.head, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const [rec] = await db().select().from(s.recoveries).where(eq(s.recoveries.projectId, g.project.id));
    expect(rec).toMatchObject({ decisionId: draft.decisionId, amountOre: kr(50_000), dueDate: '2027-01-31' });

    const letter = await letterOf(draft.decisionId, t.applicant);
    expect(letter).toContain('Beslut om återkrav');
    expect(letter).toContain('Belopp att återbetala 50 000 kr');
    expect(letter).toContain('Att betala senast 2027-01-31');
    expect(letter).toContain('Motivering till beslut');
    expect(letter).toContain(reason);
    expect(letter).toContain('i egenskap av verksamhetschef');
    expect(letter).toContain('efter föredragning av Tove Testsson');
    expect(letter).toMatch(/Beslutet kan (inte )?överklagas/);

    // What is already claimed counts: 150 000 kr more still fits, 150 001 kr does not.
    const second = await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.officer, {
      ...body,
      amountOre: kr(150_000) + 1,
    });
    expect(second.statusCode).toBe(422);

    const received = { version: rec!.version, receivedOre: kr(50_000), receivedOn: '2027-01-20' };
    expect((await t.call('POST', `/api/v1/recoveries/${rec!.id}/received`, t.officer, received)).statusCode).toBe(403);
    const done = await ok<{ receivedOre: number; version: number }>(
      await t.call('POST', `/api/v1/recoveries/${rec!.id}/received`, t.finance, received),
    );
    expect(done.receivedOre).toBe(kr(50_000));
    expect((await t.call('POST', `/api/v1/recoveries/${rec!.id}/received`, t.finance, received)).statusCode).toBe(409);
    const view = await closure(g);
    expect(view).toMatchObject({ paidOre: paid });
  });

  it('is refused, and nothing changes, when its own author approves it', async () => {
    const g = await t.grant({ amountOre: kr(300_000), maxShareBp: null });
    await finalPaymentPaid(g, kr(100_000));
    // A decision maker who is also a case officer drafts and proposes the recovery himself.
    const [head] = await db().select().from(s.users).where(eq(s.users.email, d.people.headOfUnit.email));
    await db()
      .insert(s.roleGrants)
      .values({ userId: head!.id, role: 'case_officer', organizationId: t.fixtures.funder.organizationId });
    const draft = await ok<{ decisionId: string }>(
      await t.call('POST', `/api/v1/projects/${g.project.id}/recoveries`, t.head, {
        kind: 'recovery',
        amountOre: kr(20_000),
        reason,
        dueDate: '2027-02-28',
        delegationPoint: '1.5',
      }),
      201,
    );
    await ok(await t.call('POST', `/api/v1/decisions/${draft.decisionId}/propose`, t.head, {}));
    // Its author is not offered the decision.
    expect((await closure(g, t.head)).pendingDecisions[0]?.actions).toEqual({ propose: false, decide: false });
    const eventsBefore = (await db().select().from(s.auditEvents)).length;
    const refused = await t.call('POST', `/api/v1/decisions/${draft.decisionId}/approve`, t.head, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().code).toBe('decision.approver_is_author');
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, draft.decisionId));
    expect(decision).toMatchObject({ status: 'proposed', approvedAt: null, documentId: null });
    expect(await db().select().from(s.recoveries).where(eq(s.recoveries.projectId, g.project.id))).toHaveLength(0);
    expect((await db().select().from(s.auditEvents)).length).toBe(eventsBefore);
    await db()
      .delete(s.roleGrants)
      .where(and(eq(s.roleGrants.userId, head!.id), eq(s.roleGrants.role, 'case_officer')));
  });
});

describe('withdrawing a commission (seed 002)', () => {
  it('refunds the parties by contribution once a decision maker approves the proposal, with its letter', async () => {
    // The seed's seven municipalities and their 2018 contributions, on a commission of the demo funder.
    const [seedCase] = await db().select().from(s.cases).where(eq(s.cases.diaryNumber, 'RJH 2019/41'));
    const seeded = await db().select().from(s.contributions).where(eq(s.contributions.caseId, seedCase!.id));
    expect(seeded).toHaveLength(7);
    const seedRefunds = await db().select().from(s.refunds).where(eq(s.refunds.caseId, seedCase!.id));
    const [kase] = await db()
      .insert(s.cases)
      .values({
        funderId: t.fixtures.funder.id,
        diaryNumber: `TEST - U${seedCase!.id.slice(0, 6)} - 2026`,
        kind: 'commission',
        status: 'active',
        title: 'Uppdrag: projektansökan Digital transformation',
        applicantOrganizationId: t.fixtures.funder.organizationId,
        registeredAt: new Date('2026-01-10T08:00:00Z'),
      })
      .returning();
    await db()
      .insert(s.contributions)
      .values(
        seeded.map((c) => ({
          caseId: kase!.id,
          organizationId: c.organizationId,
          year: 2018,
          contributedOre: c.contributedOre,
        })),
      );

    const remaining = kr(commission.surplusSek - commission.preStudySek);
    expect(remaining).toBe(kr(565_000));
    const body = {
      remainingOre: remaining,
      reasons: 'Någon projektansökan har inte skickats in.',
      delegationPoint: '1.4',
    };
    expect((await t.call('POST', `/api/v1/cases/${kase!.id}/withdraw`, t.applicant, body)).statusCode).toBe(404);
    const noReasons = await t.call('POST', `/api/v1/cases/${kase!.id}/withdraw`, t.officer, { ...body, reasons: '' });
    expect(noReasons.statusCode).toBe(422);
    expect(noReasons.json<Problem>().code).toBe('decision.reasons_missing');
    const res = await ok<{
      decisionId: string;
      status: string;
      refunds: { organizationId: string; contributedOre: number; amountOre: number }[];
    }>(await t.call('POST', `/api/v1/cases/${kase!.id}/withdraw`, t.officer, body), 201);
    expect(res.status).toBe('draft');
    expect(res.refunds).toHaveLength(7);
    expect(res.refunds.reduce((sum, r) => sum + r.amountOre, 0)).toBe(remaining);
    for (const r of res.refunds) {
      expect(r.amountOre % 100).toBe(0); // whole kronor
      // Each part is its exact share, rounded down or up by at most one krona.
      expect(Math.abs(r.amountOre - (remaining * r.contributedOre) / kr(669_000))).toBeLessThan(100);
      expect(r.amountOre).toBe(seedRefunds.find((x) => x.organizationId === r.organizationId)!.amountOre);
    }
    // The proposal refunds nothing and leaves the commission active; a second proposal is refused.
    expect(await db().select().from(s.refunds).where(eq(s.refunds.caseId, kase!.id))).toHaveLength(0);
    expect((await t.call('POST', `/api/v1/cases/${kase!.id}/withdraw`, t.officer, body)).statusCode).toBe(409);
    const early = await t.call('POST', `/api/v1/decisions/${res.decisionId}/approve`, t.head, {});
    expect(early.statusCode, early.body).toBe(409);

    expect((await proposeAndApprove(res.decisionId)).statusCode).toBe(200);
    const rows = await db().select().from(s.refunds).where(eq(s.refunds.caseId, kase!.id));
    expect(rows.reduce((sum, r) => sum + r.amountOre, 0)).toBe(remaining);
    const [after] = await db().select().from(s.cases).where(eq(s.cases.id, kase!.id));
    expect(after!.status).toBe('withdrawn');
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, res.decisionId));
    expect(decision).toMatchObject({ kind: 'withdraw', amountOre: remaining, status: 'approved' });
    expect(decision!.documentSha256).toMatch(/^[0-9a-f]{64}$/);

    const letter = await letterOf(res.decisionId);
    expect(letter).toContain('Återtagande av uppdrag');
    expect(letter).toContain('Återstående medel, 565 000 kr, återbetalas parterna i proportion till deras insatser');
    expect(letter).toContain('Bräcke kommun 63 000 kr 53 206 kr');
    expect(letter).toContain('Summa 669 000 kr 565 000 kr');
    expect(letter).toContain('Någon projektansökan har inte skickats in.');
    // Withdrawn once: a new proposal is refused.
    expect((await t.call('POST', `/api/v1/cases/${kase!.id}/withdraw`, t.officer, body)).statusCode).toBe(409);
  });
});

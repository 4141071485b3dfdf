import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { loadDecisionLetterData } from '../../documents/decision-letter/letter-data.js';
import { makeAppropriation, makeSubmittedCase } from './testing/case-builder.js';
import {
  createDecisionTestApp,
  kr,
  plain,
  urgent,
  type DecisionTestApp,
  type Headers,
} from './testing/decision-app.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;
const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

/**
 * A DVIS-like grant: 5 505 389 kr, 50 % of 11 010 777 kr, the chair's urgent decision (above every point's
 * limit of the demo's delegation order, as DVIS was).
 */
const grant = (appropriationId: string, over: Record<string, unknown> = {}) => ({
  kind: 'grant',
  amountOre: kr(5_505_389),
  maxShareBp: 5000,
  approvedCostsOre: kr(11_010_777),
  period: { start: '2026-12-01', end: '2028-11-30' },
  legalBasis: ['2003:596', '2015:210'],
  appropriationId,
  reasons: 'Projektet bidrar till RUS delprioritering 3.1.',
  conditions: 'Projektet ska rapportera enligt rapporteringsplanen.',
  recipients: ['projektledare@umu.bidra.example'],
  decidedBy: t.fixtures.chair.id,
  ...urgent,
  meetingId: null,
  ...over,
});

/** A grant within point 1.1 of the demo's delegation order (up to 1 200 000 kr, the head of unit). */
const onDelegation = (appropriationId: string, over: Record<string, unknown> = {}) =>
  grant(appropriationId, {
    amountOre: kr(1_000_000),
    approvedCostsOre: kr(2_000_000),
    authority: 'delegation',
    delegationPoint: '1.1',
    urgencyGround: null,
    urgencyConsulted: null,
    urgencyConsultedOn: null,
    decidedBy: null,
    ...over,
  });

async function newCase(
  activities?: { number: string; start: string; end: string }[],
  applied?: Record<string, unknown>,
) {
  return makeSubmittedCase(db(), {
    funderId: t.fixtures.funder.id,
    organizationId: t.fixtures.umu.id,
    ...(activities ? { activities } : {}),
    ...(applied ? { applied } : {}),
  });
}

/** A drafted decision on a fresh case in assessment (not yet proposed). */
async function drafted(body: Record<string, unknown>, applied?: Record<string, unknown>) {
  const kase = await newCase(undefined, applied);
  await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, body);
  expect(created.statusCode, created.body).toBe(201);
  return { id: created.json<{ id: string }>().id, caseId: kase.id };
}

const statusOf = async (id: string, caseId: string) => {
  const [d] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
  const [c] = await db().select().from(s.cases).where(eq(s.cases.id, caseId));
  return { decision: d!.status, approvedAt: d!.approvedAt, case: c!.status };
};

async function bigAppropriation() {
  return makeAppropriation(db(), { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(50_000_000) });
}

/** Drafts and proposes a decision on a fresh case; returns the decision id. */
async function proposed(body: Record<string, unknown>, activities?: { number: string; start: string; end: string }[]) {
  const kase = await newCase(activities);
  // Drafting needs the case in assessment, as the assessment leaves it.
  await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, body);
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
  expect(res.statusCode, res.body).toBe(200);
  return { id, caseId: kase.id };
}

describe('approving a grant', () => {
  it('approves a DVIS-like grant as the chair’s urgent decision, the rounding remainder a visible warning', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(grant(a.id));

    const checks = await inject('GET', `/api/v1/decisions/${id}/checks`, t.officer);
    expect(checks.statusCode).toBe(200);
    const { findings, approvable } = checks.json<{
      findings: { code: string; severity: string }[];
      approvable: boolean;
    }>();
    expect(approvable).toBe(true);
    // The demo funder rounds the share cap half up (seed 000): allowed, and shown.
    expect(findings).toContainEqual(expect.objectContaining({ code: 'share.rounding_remainder', severity: 'warning' }));

    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ decision: Record<string, unknown>; caseStatus: string; emailId: string }>();
    expect(body.caseStatus).toBe('active');
    expect(body.decision).toMatchObject({
      status: 'approved',
      decisionDate: '2026-11-24',
      authority: 'urgent',
      delegationPointId: null,
      urgencyConsulted: 'nämndens presidium',
      urgencyConsultedOn: '2026-11-20',
    });
    expect(body.decision.documentSha256).toMatch(/^[0-9a-f]{64}$/);

    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, caseId));
    expect(kase!.status).toBe('active');
    const [project] = await db().select().from(s.projects).where(eq(s.projects.id, kase!.projectId!));
    expect(project).toMatchObject({ status: 'active', published: true, grantedOre: kr(5_505_389), maxShareBp: 5000 });

    const [mail] = await db().select().from(s.outboxEmails).where(eq(s.outboxEmails.id, body.emailId));
    expect(mail!.to).toEqual(['projektledare@umu.bidra.example']);
    expect(mail!.attachments).toEqual([body.decision.documentId]);

    const letter = await inject('GET', `/api/v1/decisions/${id}/letter.pdf`, t.applicant);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("puts a delegated decision on the report of the committee's next meeting, and says so in the letter", async () => {
    const [meeting] = await db()
      .insert(s.meetings)
      .values({
        funderId: t.fixtures.funder.id,
        committeeName: 'Regionala utvecklingsnämnden',
        heldOn: '2026-12-10',
        status: 'planned',
      })
      .returning();
    await db().insert(s.meetings).values({
      funderId: t.fixtures.funder.id,
      committeeName: 'Regionala utvecklingsnämnden',
      heldOn: '2027-02-04',
      status: 'planned',
    });
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id));
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect(row!.reportedToMeetingOn).toBe('2026-12-10');
    const letter = await loadDecisionLetterData(db(), id);
    expect(plain(JSON.stringify(letter))).toMatch(/anmäls vid .* den 10 december 2026/);
    const [item] = await db()
      .select()
      .from(s.delegatedDecisionReportItems)
      .where(eq(s.delegatedDecisionReportItems.decisionId, id));
    const [report] = await db()
      .select()
      .from(s.delegatedDecisionReports)
      .where(eq(s.delegatedDecisionReports.id, item!.reportId));
    expect(report!.meetingId).toBe(meeting!.id);
  });

  it('records and prints the capacity the decision maker was given, for a decision on delegation', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id));
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect(row!.capacity).toBe('ordförande i regionala utvecklingsnämnden');
    const letter = await loadDecisionLetterData(db(), id);
    expect(letter.decidedBy).toEqual({
      name: 'Lars Exempelsson (S)',
      capacity: 'ordförande i regionala utvecklingsnämnden',
    });
    // A later change of the person's roles does not alter what the decision says.
    await db()
      .update(s.roleGrants)
      .set({ capacity: 'vice ordförande' })
      .where(eq(s.roleGrants.userId, t.fixtures.chair.id));
    expect((await loadDecisionLetterData(db(), id)).decidedBy.capacity).toBe(
      'ordförande i regionala utvecklingsnämnden',
    );
    await db()
      .update(s.roleGrants)
      .set({ capacity: 'ordförande i regionala utvecklingsnämnden' })
      .where(eq(s.roleGrants.userId, t.fixtures.chair.id));
  });

  it('lets the decision maker send a proposal back for assessment, after which it can be edited and proposed again', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(grant(a.id));
    const back = await inject('POST', `/api/v1/decisions/${id}/return`, t.chair);
    expect(back.statusCode, back.body).toBe(200);
    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, caseId));
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect([kase!.status, decision!.status]).toEqual(['in_assessment', 'draft']);
    expect((await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {})).statusCode).toBe(409);
    expect((await inject('POST', `/api/v1/decisions/${id}/return`, t.chair)).statusCode).toBe(409);
    expect((await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer)).statusCode).toBe(200);
    expect((await inject('POST', `/api/v1/decisions/${id}/return`, t.applicant)).statusCode).toBe(403);
  });

  it('refuses to propose an amount 1 kr above the cap beyond the rounding remainder, naming the excess', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(grant(a.id, { amountOre: kr(5_505_390) }));
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('share.cap_exceeded');
    expect(plain(problem.detail)).toContain('med 1 kr');
    const [d] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect(d!.status).toBe('draft');
  });

  it('refuses to overdraw the appropriation naming it, the year and the excess, and approves with a reason', async () => {
    const a = await makeAppropriation(db(), {
      funderId: t.fixtures.funder.id,
      code: '7:7',
      name: 'Överdragsanslaget',
      year: 2026,
      budgetOre: kr(1_000_000),
    });
    const small = { amountOre: kr(800_000), maxShareBp: 5000, approvedCostsOre: kr(1_600_000) };
    const first = await proposed(grant(a.id, small));
    expect((await inject('POST', `/api/v1/decisions/${first.id}/approve`, t.chair, {})).statusCode).toBe(200);

    const more = { amountOre: kr(300_000), maxShareBp: 5000, approvedCostsOre: kr(600_000) };
    const { id } = await proposed(grant(a.id, more));
    const refused = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('commitment.overdrawn');
    expect(plain(problem.detail)).toContain('UO 19 anslag 7:7 Överdragsanslaget, 2026');
    expect(plain(problem.detail)).toContain('100 000 kr');

    const approved = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {
      overrideReason: 'Nämnden har beslutat om utökad ram.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<{ decision: { overrideReason: string } }>().decision.overrideReason).toBe(
      'Nämnden har beslutat om utökad ram.',
    );
  });

  it('counts a grant at its amount in force: an approved amendment that raises it commits more', async () => {
    const a = await makeAppropriation(db(), {
      funderId: t.fixtures.funder.id,
      code: '7:8',
      name: 'Ändringsanslaget',
      year: 2026,
      budgetOre: kr(1_500_000),
    });
    const first = await proposed(grant(a.id, { amountOre: kr(1_000_000), approvedCostsOre: kr(2_000_000) }));
    expect((await inject('POST', `/api/v1/decisions/${first.id}/approve`, t.chair, {})).statusCode).toBe(200);
    const [original] = await db().select().from(s.decisions).where(eq(s.decisions.id, first.id));

    const more = { amountOre: kr(300_000), maxShareBp: 5000, approvedCostsOre: kr(600_000) };
    const second = await proposed(grant(a.id, more));
    const before = await inject('GET', `/api/v1/decisions/${second.id}/checks`, t.officer);
    // 1 000 000 + 300 000 fits the 1 500 000 kr budget.
    expect(before.json<{ approvable: boolean }>().approvable).toBe(true);

    // An approved amendment raises the first grant to 1 400 000 kr (amendments state only what changes).
    await db()
      .insert(s.decisions)
      .values({
        caseId: first.caseId,
        projectId: original!.projectId,
        kind: 'amend',
        status: 'approved',
        amendsDecisionId: original!.id,
        decisionDate: '2026-11-24',
        amountOre: kr(1_400_000),
        approvedAt: new Date('2026-11-24T10:00:00Z'),
      });
    const after = await inject('GET', `/api/v1/decisions/${second.id}/checks`, t.officer);
    const { findings, approvable } = after.json<{
      approvable: boolean;
      findings: { code: string; message: { sv: string } }[];
    }>();
    expect(approvable).toBe(false);
    const overdrawn = findings.find((f) => f.code === 'commitment.overdrawn');
    expect(plain(overdrawn!.message.sv)).toContain('200 000 kr');
  });

  it('refuses to propose, and to approve, an activity outside the period', async () => {
    const a = await bigAppropriation();
    const kase = await newCase([
      { number: '1', start: '2026-12-01', end: '2027-06-30' },
      { number: '2', start: '2028-06-01', end: '2029-03-31' },
    ]);
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, grant(a.id));
    const id = created.json<{ id: string }>().id;
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'activity.outside_period' });
    expect(res.json<{ detail: string }>().detail).toContain('Aktivitet 2');
    // Had it been proposed before the plan changed, the approval refuses it the same way.
    await db().update(s.decisions).set({ status: 'proposed' }).where(eq(s.decisions.id, id));
    await db().update(s.cases).set({ status: 'decision_proposed' }).where(eq(s.cases.id, kase.id));
    const approval = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(approval.statusCode).toBe(422);
    expect(approval.json<{ code: string }>().code).toBe('activity.outside_period');
  });

  it('approves a rejection: the case is rejected and no project is published', async () => {
    const reject = {
      kind: 'reject',
      reasons: 'Projektet bedöms inte bidra till strategin.',
      recipients: [],
      decidedBy: t.fixtures.head.id,
      delegationPoint: '1.2',
    };
    const { id, caseId } = await proposed(reject);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ caseStatus: string; emailId: string | null }>()).toMatchObject({
      caseStatus: 'rejected',
      emailId: null,
    });
    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, caseId));
    expect(kase!.projectId).toBeNull();
  });
});

describe('who may decide: the delegation order in force', () => {
  it('approves a grant within point 1.1 by the head of unit, recording the point it relies on', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(onDelegation(a.id));
    const [point] = await db()
      .select()
      .from(s.delegationPoints)
      .innerJoin(s.delegationOrders, eq(s.delegationOrders.id, s.delegationPoints.orderId))
      .where(eq(s.delegationPoints.number, '1.1'));
    const options = await inject('GET', `/api/v1/decisions/${id}/authority`, t.officer);
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json<{ points: { number: string }[] }>().points.map((p) => p.number)).toEqual(['1.1']);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ decision: Record<string, unknown> }>().decision).toMatchObject({
      authority: 'delegation',
      delegationPointId: point!.delegation_points.id,
      delegationPoint: '1.1',
    });
    const [row] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect(row!.capacity).toBe('verksamhetschef');
  });

  it('refuses an approver outside the delegation order (the chair holds no point 1.1): 422, nothing changes', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(onDelegation(a.id));
    const before = await statusOf(id, caseId);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('delegation.decider_not_authorised');
    expect(problem.detail).toContain('punkt 1.1');
    expect(await statusOf(id, caseId)).toEqual(before);
    expect(before).toMatchObject({ decision: 'proposed', approvedAt: null, case: 'decision_proposed' });
  });

  it('refuses an amount above the point’s limit when proposed (1 300 000 kr on point 1.1): 422, nothing changes', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await drafted(
      onDelegation(a.id, { amountOre: kr(1_300_000), approvedCostsOre: kr(2_600_000) }),
    );
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('delegation.above_point_limit');
    expect(plain(problem.detail)).toContain(
      'Beloppet 1 300 000 kr överstiger gränsen 1 200 000 kr i delegationspunkt 1.1',
    );
    expect(await statusOf(id, caseId)).toMatchObject({ decision: 'draft', case: 'in_assessment' });
  });

  it('refuses the same amount at approval when the draft was changed after the proposal', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(onDelegation(a.id));
    const { version } = (await inject('GET', `/api/v1/decisions/${id}`, t.officer)).json<{ version: number }>();
    const edit = await inject('PUT', `/api/v1/decisions/${id}`, t.officer, {
      ...onDelegation(a.id, { amountOre: kr(1_300_000), approvedCostsOre: kr(2_600_000) }),
      version,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.above_point_limit');
    expect(await statusOf(id, caseId)).toMatchObject({ decision: 'proposed', approvedAt: null });
  });

  it('refuses a free-text delegation point with nothing behind it ("2.3"): 422 and no draft is made', async () => {
    const kase = await newCase();
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const a = await bigAppropriation();
    const res = await inject(
      'POST',
      `/api/v1/cases/${kase.id}/decisions`,
      t.officer,
      onDelegation(a.id, { delegationPoint: '2.3' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'delegation.point_not_in_force' });
    expect(res.json<{ detail: string }>().detail).toContain('Delegationspunkt 2.3 finns inte');
    const rows = await db().select().from(s.decisions).where(eq(s.decisions.caseId, kase.id));
    expect(rows).toEqual([]);
  });

  it('refuses to propose a delegated decision that names no point', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(onDelegation(a.id, { delegationPoint: null }));
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.point_missing');
  });

  it('refuses to propose a decision naming a decision maker who holds no point for it, and an approval by another', async () => {
    const a = await bigAppropriation();
    const named = await drafted(onDelegation(a.id, { decidedBy: t.fixtures.chair.id }));
    const res = await inject('POST', `/api/v1/decisions/${named.id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.decider_not_authorised');

    const dvisLike = await proposed(grant(a.id));
    const other = await inject('POST', `/api/v1/decisions/${dvisLike.id}/approve`, t.head, {});
    expect(other.statusCode).toBe(422);
    expect(other.json<{ code: string }>().code).toBe('delegation.approver_not_named_decider');
  });

  it('refuses an urgent decision by anyone but the chair, and one without ground or consultation', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id, { decidedBy: null }));
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'delegation.urgent_not_chair' });
    expect(res.json<{ detail: string }>().detail).toContain('ordförande i regionala utvecklingsnämnden');

    const bare = await drafted(grant(a.id, { urgencyGround: null, urgencyConsulted: null, urgencyConsultedOn: null }));
    const refused = await inject('POST', `/api/v1/decisions/${bare.id}/propose`, t.officer);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ details: { rules: string[] } }>().details.rules).toEqual([
      'delegation.urgency_ground_missing',
      'delegation.urgency_consultation_missing',
    ]);
  });

  it('refuses a committee decision without its meeting', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(grant(a.id, { authority: 'committee', decidedBy: null }));
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.committee_needs_meeting');
  });
});

describe('rounding of the share cap, a funder setting', () => {
  it('refuses DVIS’s 5 505 389 kr at 50 % of 11 010 777 kr when the funder rounds down, and allows it (a warning) half up', async () => {
    const settingsUrl = `/api/v1/funders/${t.fixtures.funder.id}/settings`;
    const put = async (shareCapRounding: 'down' | 'half_up') => {
      const current = (await inject('GET', settingsUrl, t.admin)).json<Record<string, unknown>>();
      const body = Object.fromEntries(
        Object.entries(current).filter(([k]) =>
          [
            'version',
            'name',
            'orgNumber',
            'postalAddress',
            'phone',
            'email',
            'website',
            'committeeName',
            'diaryNumberFormat',
            'delegationLimitOre',
            'standardConditions',
            'defaultContactUserId',
            'appealNotice',
            'contact',
          ].includes(k),
        ),
      );
      const res = await inject('PUT', settingsUrl, t.admin, { ...body, shareCapRounding });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ shareCapRounding: string }>().shareCapRounding).toBe(shareCapRounding);
    };
    const a = await bigAppropriation();
    await put('down');
    try {
      const { id } = await drafted(grant(a.id));
      const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
      expect(res.statusCode).toBe(422);
      expect(res.json<{ code: string }>().code).toBe('share.cap_exceeded');
      expect(plain(res.json<{ detail: string }>().detail)).toContain('(avrundat 5 505 388 kr) med 0,50 kr');
    } finally {
      await put('half_up');
    }
    const versions = (await inject('GET', `${settingsUrl}/versions`, t.admin)).json<{
      items: { changed: string[]; settings: Record<string, unknown> }[];
    }>();
    // Every save is a version: the latest changed only the rounding back.
    expect(versions.items[0]!.changed).toEqual(['shareCapRounding']);
    expect(versions.items[0]!.settings['shareCapRounding']).toBe('half_up');
  });
});

describe('reasons (förvaltningslagen 32 §)', () => {
  const applied = {
    requestedOre: kr(1_000_000),
    periodStart: '2026-12-01',
    periodEnd: '2028-11-30',
    budget: [{ category: 'personnel', year: 2027, amountOre: kr(2_000_000) }],
  };
  const reject = {
    kind: 'reject',
    reasons: null,
    recipients: [],
    decidedBy: null,
    delegationPoint: '1.2',
  };

  it('refuses to propose a rejection without reasons (422, the rule named) and leaves it a draft', async () => {
    const { id, caseId } = await drafted(reject);
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('reasons.required');
    expect(problem.detail).toContain('förvaltningslagen 32 §');
    expect(await statusOf(id, caseId)).toMatchObject({ decision: 'draft', case: 'in_assessment' });
  });

  it('refuses to approve a rejection whose reasons were removed after the proposal: nothing changes', async () => {
    const { id, caseId } = await proposed({ ...reject, reasons: 'Projektet ryms inte i strategin.' });
    const { version } = (await inject('GET', `/api/v1/decisions/${id}`, t.officer)).json<{ version: number }>();
    expect(
      (await inject('PUT', `/api/v1/decisions/${id}`, t.officer, { ...reject, reasons: '  ', version })).statusCode,
    ).toBe(200);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('reasons.required');
    expect(await statusOf(id, caseId)).toMatchObject({
      decision: 'proposed',
      approvedAt: null,
      case: 'decision_proposed',
    });
  });

  it('requires reasons for a grant below the amount applied for, and warns of a period outside the applied one', async () => {
    const a = await bigAppropriation();
    const body = onDelegation(a.id, {
      amountOre: kr(800_000),
      approvedCostsOre: kr(1_600_000),
      period: { start: '2026-12-01', end: '2028-12-31' },
      reasons: null,
    });
    const { id } = await drafted(body, applied);
    const checks = (await inject('GET', `/api/v1/decisions/${id}/checks`, t.officer)).json<{
      findings: { code: string; severity: string; details: Record<string, unknown> }[];
    }>();
    expect(checks.findings).toContainEqual(
      expect.objectContaining({
        code: 'reasons.required',
        severity: 'error',
        details: { grounds: ['amount_below_applied', 'period_other_than_applied'] },
      }),
    );
    expect(checks.findings).toContainEqual(
      expect.objectContaining({ code: 'period.outside_applied', severity: 'warning' }),
    );
    expect(checks.findings).toContainEqual(
      expect.objectContaining({ code: 'appropriation.years_not_covering', severity: 'warning' }),
    );
    expect((await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer)).statusCode).toBe(422);
  });

  it('asks no reasons of a grant as applied for', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(onDelegation(a.id, { reasons: null, approvedCostsOre: kr(2_000_000) }), applied);
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('an approved decision is final', () => {
  it('refuses a second approval and any edit (409)', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id));
    expect((await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {})).statusCode).toBe(200);
    const again = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toContain('Beslutet är fattat och kan inte ändras');
    const current = (await inject('GET', `/api/v1/decisions/${id}`, t.officer)).json<{ version: number }>();
    const edit = await inject('PUT', `/api/v1/decisions/${id}`, t.officer, {
      ...grant(a.id),
      version: current.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ code: string }>().code).toBe('decision.already_approved');
  });
});

describe('drafting', () => {
  it('refuses one of two edits made from the same version (409)', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id));
    const { version } = (await inject('GET', `/api/v1/decisions/${id}`, t.officer)).json<{ version: number }>();
    const [r1, r2] = await Promise.all([
      inject('PUT', `/api/v1/decisions/${id}`, t.officer, { ...grant(a.id, { reasons: 'Ett' }), version }),
      inject('PUT', `/api/v1/decisions/${id}`, t.officer, { ...grant(a.id, { reasons: 'Två' }), version }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const conflict = [r1, r2].find((r) => r.statusCode === 409)!;
    expect(conflict.json<{ detail: string }>().detail).toContain('har ändrats av någon annan');
  });

  it('refuses a decided-by who is not a decision maker of the funder', async () => {
    const kase = await newCase();
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const a = await bigAppropriation();
    const res = await inject(
      'POST',
      `/api/v1/cases/${kase.id}/decisions`,
      t.officer,
      grant(a.id, { decidedBy: t.fixtures.officer.id }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('decision.invalid_reference');
  });
});

describe('authorisation', () => {
  it('answers 404 to an applicant of another organisation on every route, real or guessed id', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(grant(a.id));
    const approved = await proposed(grant(a.id));
    expect((await inject('POST', `/api/v1/decisions/${approved.id}/approve`, t.chair, {})).statusCode).toBe(200);
    for (const [decisionId, kaseId] of [
      [id, caseId],
      [approved.id, approved.caseId],
      [randomUUID(), randomUUID()],
    ] as const) {
      const calls = [
        inject('POST', `/api/v1/cases/${kaseId}/decisions`, t.otherApplicant, grant(a.id)),
        inject('GET', `/api/v1/decisions/${decisionId}`, t.otherApplicant),
        inject('PUT', `/api/v1/decisions/${decisionId}`, t.otherApplicant, { ...grant(a.id), version: 1 }),
        inject('GET', `/api/v1/decisions/${decisionId}/checks`, t.otherApplicant),
        inject('POST', `/api/v1/decisions/${decisionId}/propose`, t.otherApplicant),
        inject('POST', `/api/v1/decisions/${decisionId}/approve`, t.otherApplicant, {}),
        inject('GET', `/api/v1/decisions/${decisionId}/letter.pdf`, t.otherApplicant),
        inject('GET', `/api/v1/cases/${kaseId}/assessment`, t.otherApplicant),
        inject('PUT', `/api/v1/cases/${kaseId}/assessment`, t.otherApplicant, { grades: [] }),
      ];
      for (const res of await Promise.all(calls)) expect(res.statusCode, res.body).toBe(404);
    }
  });

  it('lets only a decision maker approve: an officer and the applicant get 403', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id));
    const officer = await inject('POST', `/api/v1/decisions/${id}/approve`, t.officer, {});
    expect(officer.statusCode).toBe(403);
    expect(officer.json<{ code: string }>().code).toBe('missing_role');
    expect((await inject('POST', `/api/v1/decisions/${id}/approve`, t.applicant, {})).statusCode).toBe(403);
    // The applicant of the case's own organisation does not see the draft or its checks either.
    expect((await inject('GET', `/api/v1/decisions/${id}`, t.applicant)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/decisions/${id}/checks`, t.applicant)).statusCode).toBe(403);
  });

  it('requires the CSRF header on every change', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id));
    const cookieOnly = { cookie: t.chair.cookie! };
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, cookieOnly, {});
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('csrf_failed');
    const anonymous = await inject('POST', `/api/v1/decisions/${id}/approve`, {}, {});
    expect([401, 403]).toContain(anonymous.statusCode);
  });
});

describe('the API document', () => {
  it('lists the assessment and decision routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/cases/{caseId}/assessment',
        '/api/v1/cases/{caseId}/decisions',
        '/api/v1/decisions/{id}/checks',
        '/api/v1/decisions/{id}/approve',
        '/api/v1/decisions/{id}/letter.pdf',
      ]),
    );
  });
});

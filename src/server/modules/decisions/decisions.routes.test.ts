// Drafting, proposing and approving decisions over HTTP; who may decide is in decisions.authority.test.ts,
// the reasons förvaltningslagen asks for in decisions.reasons.test.ts.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { loadDecisionLetterData } from '../../documents/decision-letter/letter-data.js';
import { makeAppropriation } from './testing/case-builder.js';
import { createDecisionTestApp, kr, plain, type DecisionTestApp } from './testing/decision-app.js';
import { decisionFlow } from './testing/decision-flow.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const { db, inject, grant, newCase, drafted, bigAppropriation, proposed } = decisionFlow(() => t);

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
    expect(mail!.to).toEqual(['projektledare@umu.example']);
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

// The activity plan of a submitted application reaches the decision: the grant's period is checked
// against it, and approving the grant makes it the project's plan, printed in the letter and frozen.
import { asc, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeApplication, submitNewApplication } from '../../../../tests/support/applications.js';
import * as s from '../../db/schema/index.js';
import { makeAppropriation, makeSubmittedCase } from './testing/case-builder.js';
import { createDecisionTestApp, kr, plain, type DecisionTestApp, type Headers } from './testing/decision-app.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;
const inject = (method: 'GET' | 'POST', url: string, headers: Headers, payload?: unknown) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

/** Two years, three activities (one a sub-activity), the costs equal to the budget and the financing. */
const appliedPlan = () =>
  completeApplication({
    projectName: `Aktivitetsplanprojektet ${Math.random().toString(36).slice(2, 8)}`,
    periodStart: '2027-01-01',
    periodEnd: '2028-12-31',
    // Umeå and Skellefteå are in the municipality register; 9999 is not.
    municipalities: ['2480', '2482', '9999'],
    requestedOre: kr(150_000),
    activities: [
      { number: '1', title: 'Förstudie', start: '2027-01-01', end: '2027-06-30', costOre: kr(100_000) },
      {
        number: '2',
        title: 'Genomförande',
        description: 'Pilotverksamhet i tre kommuner.',
        start: '2027-07-01',
        end: '2028-12-31',
        costOre: kr(150_000),
      },
      { number: '2.1', title: 'Pilotförsök', start: '2027-09-01', end: '2028-03-31', costOre: kr(50_000) },
    ],
    budget: [
      { category: 'staff', year: 2027, amountOre: kr(150_000) },
      { category: 'staff', year: 2028, amountOre: kr(150_000) },
    ],
    financing: [{ financierName: 'Region Västerbotten', amountOre: kr(300_000), isPublic: true, isInKind: false }],
  });

/** A grant of 150 000 kr, 50 % of 300 000 kr, for `period`, decided by the head of unit on point 1.1. */
const grant = (appropriationId: string, period: { start: string; end: string }) => ({
  kind: 'grant',
  amountOre: kr(150_000),
  maxShareBp: 5000,
  approvedCostsOre: kr(300_000),
  period,
  legalBasis: ['2003:596'],
  appropriationId,
  reasons: 'Projektet bidrar till RUS delprioritering 3.1.',
  recipients: ['projektledare@umu.example'],
  decidedBy: t.fixtures.head.id,
  delegationPoint: '1.1',
  meetingId: null,
});

/**
 * Submits the application through the API as the applicant, and drafts and proposes a grant on its case.
 * `propose: false` leaves it a draft (a proposal breaking a rule is refused).
 */
async function proposedGrantOnApplication(period: { start: string; end: string }, o: { propose?: boolean } = {}) {
  const { caseId } = await submitNewApplication(t.app, t.applicant, appliedPlan());
  // Drafting needs the case in assessment, as the assessment leaves it.
  await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, caseId));
  const a = await makeAppropriation(db(), { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(10_000_000) });
  const created = await inject('POST', `/api/v1/cases/${caseId}/decisions`, t.officer, grant(a.id, period));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  if (o.propose === false) return { id, caseId };
  const proposed = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
  expect(proposed.statusCode, proposed.body).toBe(200);
  return { id, caseId };
}

/** The database's reason for refusing a write (drizzle wraps the driver's error as its cause). */
async function refusal(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    return [error, (error as { cause?: unknown }).cause].map(String).join(' ');
  }
  throw new Error('the database accepted the change');
}

interface Checks {
  findings: { code: string; severity: string; details: Record<string, unknown> }[];
  approvable: boolean;
}

describe("a new application's activity plan in the decision", () => {
  it('refuses a grant whose period leaves out an applied activity, in the live checks, the proposal and the approval', async () => {
    const { id, caseId } = await proposedGrantOnApplication(
      { start: '2027-01-01', end: '2028-06-30' },
      { propose: false },
    );

    const checks = await inject('GET', `/api/v1/decisions/${id}/checks`, t.officer);
    expect(checks.statusCode, checks.body).toBe(200);
    const body = checks.json<Checks>();
    expect(body.approvable).toBe(false);
    const outside = body.findings.filter((f) => f.code === 'activity.outside_period');
    // Activity 2 ends 2028-12-31, after the period; 1 and 2.1 lie inside it.
    expect(outside.map((f) => [f.severity, f.details.number])).toEqual([['error', '2']]);

    const proposal = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(proposal.statusCode).toBe(422);
    expect(proposal.json<{ code: string }>().code).toBe('activity.outside_period');
    // Had it been proposed before (e.g. the draft changed after), the approval refuses it the same way.
    await db().update(s.decisions).set({ status: 'proposed' }).where(eq(s.decisions.id, id));
    await db().update(s.cases).set({ status: 'decision_proposed' }).where(eq(s.cases.id, caseId));
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('activity.outside_period');
    expect(plain(problem.detail)).toContain('Aktivitet 2 (2027-07-01 – 2028-12-31) ligger utanför projektperioden');
    const [row] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect([row!.approvedAt, row!.activityPlanId]).toEqual([null, null]);
    expect(await db().select().from(s.activityPlans).where(eq(s.activityPlans.decisionId, id))).toEqual([]);
  });

  it('approves a covering grant: the applied plan becomes the project plan, linked to and printed in the letter', async () => {
    const { id, caseId } = await proposedGrantOnApplication({ start: '2027-01-01', end: '2028-12-31' });
    const checks = (await inject('GET', `/api/v1/decisions/${id}/checks`, t.officer)).json<Checks>();
    expect(checks.findings.map((f) => f.code)).not.toContain('activity.outside_period');

    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode, res.body).toBe(200);

    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, caseId));
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    const plans = await db().select().from(s.activityPlans).where(eq(s.activityPlans.projectId, kase!.projectId!));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      versionNo: 1,
      decisionId: id,
      label: 'Tid- och aktivitetsplan',
      createdBy: t.fixtures.head.id,
    });
    expect(decision!.activityPlanId).toBe(plans[0]!.id);
    // The municipalities the application covers become the project's, those in the register.
    const covered = await db()
      .select({ code: s.projectMunicipalities.municipalityCode })
      .from(s.projectMunicipalities)
      .where(eq(s.projectMunicipalities.projectId, kase!.projectId!));
    expect(covered.map((m) => m.code).sort()).toEqual(['2480', '2482']);
    const rows = await db()
      .select()
      .from(s.activities)
      .where(eq(s.activities.activityPlanId, plans[0]!.id))
      .orderBy(asc(s.activities.sortOrder));
    expect(
      rows.map((a) => [a.number, a.parentNumber, a.title, a.startDate, a.endDate, a.costOre, a.sortOrder]),
    ).toEqual([
      ['1', null, 'Förstudie', '2027-01-01', '2027-06-30', kr(100_000), 0],
      ['2', null, 'Genomförande', '2027-07-01', '2028-12-31', kr(150_000), 1],
      ['2.1', '2', 'Pilotförsök', '2027-09-01', '2028-03-31', kr(50_000), 2],
    ]);
    expect(rows[1]!.description).toBe('Pilotverksamhet i tre kommuner.');

    const [event] = await db().select().from(s.auditEvents).where(eq(s.auditEvents.entityId, plans[0]!.id));
    expect(event).toMatchObject({ action: 'activity_plan.created', entityType: 'activity_plan' });

    const letter = await inject('GET', `/api/v1/decisions/${id}/letter.pdf`, t.applicant);
    expect(letter.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(letter.rawPayload), { mergePages: true });
    const flat = plain(text).replace(/\s+/g, ' ');
    expect(flat).toContain('Tid- och aktivitetsplan');
    for (const title of ['Förstudie', 'Genomförande', 'Pilotförsök']) expect(flat).toContain(title);
    expect(flat).toMatch(/\b2\.1\b/);
  });

  it('refuses, in the database, any change to the plan once its grant is approved', async () => {
    const { id } = await proposedGrantOnApplication({ start: '2027-01-01', end: '2028-12-31' });
    expect((await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {})).statusCode).toBe(200);
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    const planId = decision!.activityPlanId!;
    const [first] = await db()
      .select()
      .from(s.activities)
      .where(eq(s.activities.activityPlanId, planId))
      .orderBy(asc(s.activities.sortOrder));

    expect(
      await refusal(db().update(s.activities).set({ endDate: '2029-06-30' }).where(eq(s.activities.id, first!.id))),
    ).toMatch(/belongs to approved version/);
    expect(
      await refusal(
        db().insert(s.activities).values({ activityPlanId: planId, number: '3', title: 'Tillagd', sortOrder: 9 }),
      ),
    ).toMatch(/belongs to approved version/);
    expect(
      await refusal(db().update(s.activityPlans).set({ label: 'Ändrad' }).where(eq(s.activityPlans.id, planId))),
    ).toMatch(/belongs to an approved decision/);
    const [after] = await db().select().from(s.activities).where(eq(s.activities.id, first!.id));
    expect(after!.endDate).toBe('2027-06-30');
  });

  it('leaves a project that already has an activity plan as it is', async () => {
    const kase = await makeSubmittedCase(db(), {
      funderId: t.fixtures.funder.id,
      organizationId: t.fixtures.umu.id,
      activities: [{ number: '1', start: '2027-01-01', end: '2027-12-31' }],
    });
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const a = await makeAppropriation(db(), { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(10_000_000) });
    const created = await inject(
      'POST',
      `/api/v1/cases/${kase.id}/decisions`,
      t.officer,
      grant(a.id, { start: '2027-01-01', end: '2027-12-31' }),
    );
    const id = created.json<{ id: string }>().id;
    expect((await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer)).statusCode).toBe(200);
    expect((await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {})).statusCode).toBe(200);
    const plans = await db().select().from(s.activityPlans).where(eq(s.activityPlans.projectId, kase.projectId!));
    expect(plans.map((p) => p.versionNo)).toEqual([1]);
    expect(plans[0]!.decisionId).toBeNull();
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import {
  createAmendmentTestApp,
  doviRevisedActivities,
  draftDoviDecision,
  DOVI_MOTIVATION,
  submitDoviExtension,
  type AmendmentTestApp,
} from './testing/amendment-app.js';

let t: AmendmentTestApp;
beforeAll(async () => {
  t = await createAmendmentTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Versions {
  versions: {
    no: number;
    decisionId: string;
    kind: string;
    diaryNumber: string | null;
    terms: { amountOre: number | null; period: { start: string; end: string } | null };
    activityPlan: { versionNo: number; label: string | null } | null;
    changed: string[];
  }[];
  planVersions: { versionNo: number; approved: boolean }[];
}
interface DiffRow {
  number: string;
  status: string;
  changed: string[];
  before: { end: string | null; start: string | null } | null;
  after: { end: string | null; start: string | null } | null;
}
interface Finding {
  code: string;
  severity: string;
  message: { sv: string };
}

const ids = { requestCaseId: '', decisionId: '' };

describe('DOVI before its amendment (seed 004: 2023-03-01 – 2026-02-28)', () => {
  it('has one version, the committee grant of 2 491 478 kr ending 2026-02-28, with plan version 1', async () => {
    const res = await t.inject('GET', `/api/v1/projects/${t.dovi.projectId}/versions`, t.beneficiary);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Versions>();
    expect(body.versions).toHaveLength(1);
    expect(body.versions[0]).toMatchObject({
      no: 1,
      kind: 'grant',
      diaryNumber: 'REGAC - 317 - 2022',
      terms: { amountOre: 249_147_800, period: { start: '2023-03-01', end: '2026-02-28' } },
      activityPlan: { versionNo: 1, label: 'Tid- och aktivitetsplan' },
    });
  });
});

describe("the beneficiary's request (seed 001)", () => {
  it('computes "six months more" from 2026-02-28 as 2026-08-31 and shows the revised plan beside the current', async () => {
    const res = await t.inject('POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, t.beneficiary, {
      content: { extendMonths: 6, activities: doviRevisedActivities(), motivation: DOVI_MOTIVATION },
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<{
      caseId: string;
      status: string;
      requestedPeriodEnd: string;
      project: { diaryNumber: string };
      diff: { rows: DiffRow[]; counts: Record<string, number>; totals: Record<string, number> };
      issues: Finding[];
      version: number;
    }>();
    ids.requestCaseId = view.caseId;
    expect(view).toMatchObject({ status: 'draft', requestedPeriodEnd: '2026-08-31' });
    expect(view.project.diaryNumber).toBe('REGAC - 317 - 2022');
    expect(view.diff.counts).toEqual({ added: 0, removed: 0, changed: 9, unchanged: 6 });
    expect(view.diff.totals).toEqual({ before: 333_301_500, after: 333_301_500, difference: 0 });
    const eight = view.diff.rows.find((r) => r.number === '8')!;
    expect(eight).toMatchObject({ status: 'changed', changed: ['start', 'end'] });
    expect([eight.before!.end, eight.after!.end]).toEqual(['2026-02-28', '2026-08-31']);
    expect(view.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuses a stale save with 409 and keeps the newer one', async () => {
    const url = `/api/v1/amendment-requests/${ids.requestCaseId}`;
    const current = (await t.inject('GET', url, t.beneficiary)).json<{ version: number; content: object }>();
    const content = { extendMonths: 6, activities: doviRevisedActivities(), motivation: `${DOVI_MOTIVATION} ` };
    const first = await t.inject('PUT', url, t.beneficiary, { version: current.version, content });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await t.inject('PUT', url, t.beneficiary, { version: current.version, content: { motivation: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ details: { currentVersion: number } }>().details).toMatchObject({
      currentVersion: current.version + 1,
    });
    const after = (await t.inject('GET', url, t.beneficiary)).json<{ content: { motivation: string } }>();
    expect(after.content.motivation).toBe(`${DOVI_MOTIVATION} `);
  });

  it("is submitted and registered as a document of the project's case, under REGAC - 317 - 2022 only", async () => {
    const url = `/api/v1/amendment-requests/${ids.requestCaseId}`;
    const { version } = (await t.inject('GET', url, t.beneficiary)).json<{ version: number }>();
    const res = await t.inject('POST', `${url}/submit`, t.beneficiary, { version });
    expect(res.statusCode, res.body).toBe(200);
    const submitted = res.json<{ status: string; diaryNumber: string }>();
    expect(submitted.status).toBe('submitted');
    expect(submitted.diaryNumber).toBe('REGAC - 317 - 2022');
    const [kase] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, ids.requestCaseId));
    expect(kase).toMatchObject({ diaryNumber: null, status: 'submitted' });
    const view = (await t.inject('GET', url, t.beneficiary)).json<{ diaryNumber: string | null }>();
    expect(view.diaryNumber).toBe('REGAC - 317 - 2022');
    const again = await t.inject('PUT', url, t.beneficiary, { version: version + 1, content: { motivation: 'x' } });
    expect(again.statusCode).toBe(409);
  });

  it("answers another organisation's applicant 404 on every amendment route, as for an unknown id", async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, body] of [
      ['GET', `/api/v1/amendment-requests/${ids.requestCaseId}`],
      ['PUT', `/api/v1/amendment-requests/${ids.requestCaseId}`, { version: 1, content: {} }],
      ['POST', `/api/v1/amendment-requests/${ids.requestCaseId}/submit`, { version: 1 }],
      ['GET', `/api/v1/projects/${t.dovi.projectId}/versions`],
      ['GET', `/api/v1/projects/${t.dovi.projectId}/activity-plan/diff?from=1&to=1`],
      ['POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, { content: { motivation: 'x' } }],
      ['GET', `/api/v1/projects/${unknown}/versions`],
    ] as const) {
      const res = await t.inject(method, url, t.otherApplicant, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});

describe("the officer's amendment decision", () => {
  it('is drafted from the request: period to 2026-08-31, the revised plan, amending the grant, no breaking finding', async () => {
    const decision = await draftDoviDecision(t, ids.requestCaseId);
    ids.decisionId = decision.id;
    const res = await t.inject('GET', `/api/v1/amendment-decisions/${decision.id}`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{
      decision: { kind: string; period: { end: string } | null; amountOre: number | null };
      amendsDecisionId: string;
      before: { period: { end: string } };
      after: { period: { end: string } };
      background: string;
      findings: Finding[];
      approvable: boolean;
      diff: { counts: Record<string, number> };
    }>();
    expect(view.decision).toMatchObject({ kind: 'amend', period: { end: '2026-08-31' }, amountOre: null });
    expect(view.amendsDecisionId).toBe(t.dovi.grantId);
    expect([view.before.period.end, view.after.period.end]).toEqual(['2026-02-28', '2026-08-31']);
    expect(view.diff.counts.changed).toBe(9);
    expect(view.background.replace(/\u00a0/g, ' ')).toBe(
      'Ni har den 2026-11-24 kommit in med en begäran om ändring av projektperioden och tid- och aktivitetsplanen. ' +
        `Ni vill förlänga projektet med sex månader, till den 31 augusti 2026.\n\n${DOVI_MOTIVATION}`,
    );
    expect(view.approvable).toBe(true);
    expect(view.findings).toContainEqual(
      expect.objectContaining({ code: 'amendment.period_extended', severity: 'info' }),
    );
    const [kase] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, ids.requestCaseId));
    expect(kase!.status).toBe('in_assessment');
  });

  it('holds an end that is not six months by the month-end rule (2026-08-30) as an error', async () => {
    const url = `/api/v1/amendment-decisions/${ids.decisionId}`;
    const { decision } = (await t.inject('GET', url, t.officer)).json<{ decision: { version: number } }>();
    const res = await t.inject('PUT', url, t.officer, {
      version: decision.version,
      period: { start: '2023-03-01', end: '2026-08-30' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ findings: Finding[]; approvable: boolean; decision: { version: number } }>();
    expect(body.approvable).toBe(false);
    const f = body.findings.find((x) => x.code === 'amendment.extension_month_end')!;
    expect(f.message.sv).toContain('från 2026-02-28 ger 2026-08-31');
    // Back to the request's end; a write with the old version is refused with 409.
    const fixed = await t.inject('PUT', url, t.officer, {
      version: body.decision.version,
      period: { start: '2023-03-01', end: '2026-08-31' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const stale = await t.inject('PUT', url, t.officer, { version: body.decision.version, reasons: 'x' });
    expect(stale.statusCode).toBe(409);
  });

  it('is approved through the decisions flow: the case is decided, the project ends 2026-08-31, the plan is version 2', async () => {
    const proposed = await t.inject('POST', `/api/v1/decisions/${ids.decisionId}/propose`, t.officer);
    expect(proposed.statusCode, proposed.body).toBe(200);
    const res = await t.inject('POST', `/api/v1/decisions/${ids.decisionId}/approve`, t.headOfUnit, {});
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ caseStatus: string; emailId: string; decision: { documentSha256: string } }>();
    expect(body.caseStatus).toBe('decided');
    expect(body.decision.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    const [mail] = await t.database.db.select().from(s.outboxEmails).where(eq(s.outboxEmails.id, body.emailId));
    expect(mail!.subject).toContain('Ändring av beslut om stöd');

    const [project] = await t.database.db.select().from(s.projects).where(eq(s.projects.id, t.dovi.projectId));
    expect(project).toMatchObject({ periodStart: '2023-03-01', periodEnd: '2026-08-31', grantedOre: 249_147_800 });
    const pub = await t.app.inject({ method: 'GET', url: '/api/v1/public/projects?q=DOVI' });
    expect(pub.json<{ items: { acronym: string; periodEnd: string }[] }>().items).toContainEqual(
      expect.objectContaining({ acronym: 'DOVI', periodEnd: '2026-08-31' }),
    );

    const versions = (
      await t.inject('GET', `/api/v1/projects/${t.dovi.projectId}/versions`, t.beneficiary)
    ).json<Versions>();
    expect(versions.versions.map((v) => [v.no, v.kind, v.terms.period?.end, v.activityPlan?.versionNo])).toEqual([
      [1, 'grant', '2026-02-28', 1],
      [2, 'amend', '2026-08-31', 2],
    ]);
    expect(versions.versions[1]!.changed).toEqual(['period', 'activityPlanId']);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('gives the side-by-side diff of plan versions 1 and 2 by activity number', async () => {
    const res = await t.inject(
      'GET',
      `/api/v1/projects/${t.dovi.projectId}/activity-plan/diff?from=1&to=2`,
      t.beneficiary,
    );
    expect(res.statusCode, res.body).toBe(200);
    const diff = res.json<{ from: { versionNo: number }; to: { label: string }; rows: DiffRow[]; counts: object }>();
    expect(diff.from.versionNo).toBe(1);
    expect(diff.to.label).toBe('Reviderad tid- och aktivitetsplan');
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 9, unchanged: 6 });
    expect(diff.rows.map((r) => r.number)).toEqual([
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
    expect(diff.rows.find((r) => r.number === '4.1')!.status).toBe('unchanged');
    // Without from/to: the newest approved version beside the one before it.
    const latest = await t.inject('GET', `/api/v1/projects/${t.dovi.projectId}/activity-plan/diff`, t.officer);
    expect(latest.json<{ from: { versionNo: number }; to: { versionNo: number } }>()).toMatchObject({
      from: { versionNo: 1 },
      to: { versionNo: 2 },
    });
    const missing = await t.inject('GET', `/api/v1/projects/${t.dovi.projectId}/activity-plan/diff?to=9`, t.officer);
    expect(missing.statusCode).toBe(404);
  });

  it('is immutable once approved: no edit through either route, no second approval, not even in SQL', async () => {
    const view = (await t.inject('GET', `/api/v1/amendment-decisions/${ids.decisionId}`, t.beneficiary)).json<{
      decision: { version: number; status: string };
    }>();
    expect(view.decision.status).toBe('approved');
    const v = view.decision.version;
    const edit = await t.inject('PUT', `/api/v1/amendment-decisions/${ids.decisionId}`, t.officer, {
      version: v,
      period: { start: '2023-03-01', end: '2026-12-31' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ code: string }>().code).toBe('decision.already_approved');
    const again = await t.inject('POST', `/api/v1/decisions/${ids.decisionId}/approve`, t.headOfUnit, {});
    expect(again.statusCode).toBe(409);
    await expect(
      t.database.db.update(s.decisions).set({ periodEnd: '2026-12-31' }).where(eq(s.decisions.id, ids.decisionId)),
    ).rejects.toThrow();
    const [plan] = await t.database.db
      .select()
      .from(s.activityPlans)
      .where(and(eq(s.activityPlans.projectId, t.dovi.projectId), eq(s.activityPlans.versionNo, 2)));
    await expect(
      t.database.db.insert(s.activities).values({ activityPlanId: plan!.id, number: '9', title: 'Ny', sortOrder: 99 }),
    ).rejects.toThrow();
  });
});

describe('an amendment that would shorten the period', () => {
  it('is refused at submit (422) when the new end leaves activity 8 outside', async () => {
    const created = await t.inject('POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, t.beneficiary, {
      content: { newPeriodEnd: '2025-12-31', motivation: 'Projektet avslutas tidigare.' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { caseId, version } = created.json<{ caseId: string; version: number }>();
    const res = await t.inject('POST', `/api/v1/amendment-requests/${caseId}/submit`, t.beneficiary, { version });
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string; details: { issues: { code: string; path: string }[] } }>();
    expect(problem.code).toBe('amendment.orphans_activity');
    expect(problem.detail).toContain('aktivitet 8');
    expect(problem.details.issues).toContainEqual(
      expect.objectContaining({ code: 'amendment.orphans_activity', path: 'newPeriodEnd' }),
    );
  });

  it('is refused when proposed, and at approval (422), when the decision would orphan an activity and costs already paid', async () => {
    await t.database.db.insert(s.paymentRequests).values({
      projectId: t.dovi.projectId,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      status: 'paid',
      requestedOre: 30_000_000,
    });
    const { caseId } = await submitDoviLaterEnd();
    const decision = await draftDoviDecision(t, caseId, { period: { start: '2023-03-01', end: '2025-12-31' } });
    const checks = await t.inject('GET', `/api/v1/decisions/${decision.id}/checks`, t.officer);
    const codes = checks.json<{ findings: Finding[] }>().findings.filter((f) => f.severity === 'error');
    expect(codes.map((f) => f.code)).toEqual(
      expect.arrayContaining(['amendment.orphans_activity', 'amendment.orphans_paid_costs']),
    );
    const proposal = await t.inject('POST', `/api/v1/decisions/${decision.id}/propose`, t.officer);
    expect(proposal.statusCode).toBe(422);
    expect(proposal.json<{ details: { rules: string[] } }>().details.rules).toEqual(
      expect.arrayContaining(['amendment.orphans_activity', 'amendment.orphans_paid_costs']),
    );
    // Had it been proposed before the payments were recorded, the approval refuses it the same way.
    await t.database.db.update(s.decisions).set({ status: 'proposed' }).where(eq(s.decisions.id, decision.id));
    await t.database.db.update(s.cases).set({ status: 'decision_proposed' }).where(eq(s.cases.id, caseId));
    const res = await t.inject('POST', `/api/v1/decisions/${decision.id}/approve`, t.headOfUnit, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ details: { rules: string[] } }>().details.rules).toEqual(
      expect.arrayContaining(['amendment.orphans_activity', 'amendment.orphans_paid_costs']),
    );
    const [project] = await t.database.db.select().from(s.projects).where(eq(s.projects.id, t.dovi.projectId));
    expect(project!.periodEnd).toBe('2026-08-31');
  });
});

/** A valid further request (a later end), to draft a decision that the officer then shortens. */
async function submitDoviLaterEnd() {
  const created = await t.inject('POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, t.beneficiary, {
    content: { newPeriodEnd: '2026-12-31', motivation: 'Slutrapporten kräver mer tid.' },
  });
  const { caseId, version } = created.json<{ caseId: string; version: number }>();
  const res = await t.inject('POST', `/api/v1/amendment-requests/${caseId}/submit`, t.beneficiary, { version });
  expect(res.statusCode, res.body).toBe(200);
  return { caseId };
}

describe('who may do what', () => {
  it('lets only the beneficiary request, and only the officer draft', async () => {
    const byOfficer = await t.inject('POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, t.officer, {
      content: { motivation: 'x' },
    });
    expect(byOfficer.statusCode).toBe(403);
    const { caseId } = await submitDoviExtensionAgain();
    const byBeneficiary = await t.inject('POST', `/api/v1/amendment-requests/${caseId}/decision`, t.beneficiary, {});
    expect(byBeneficiary.statusCode).toBe(403);
    const byOther = await t.inject('POST', `/api/v1/amendment-requests/${caseId}/decision`, t.otherApplicant, {});
    expect(byOther.statusCode).toBe(404);
  });

  it('tells each caller in `actions` what the routes let them do with the request and its decision now', async () => {
    type RequestActions = { actions: { edit: boolean; draftDecision: boolean } };
    type DecisionActions = { actions: { edit: boolean; approve: boolean } };
    const requestActions = async (caseId: string, who: Record<string, string>) =>
      (await t.inject('GET', `/api/v1/amendment-requests/${caseId}`, who)).json<RequestActions>().actions;
    const decisionActions = async (id: string, who: Record<string, string>) =>
      (await t.inject('GET', `/api/v1/amendment-decisions/${id}`, who)).json<DecisionActions>().actions;
    const created = await t.inject('POST', `/api/v1/projects/${t.dovi.projectId}/amendment-requests`, t.beneficiary, {
      content: { newPeriodEnd: '2026-12-31', motivation: 'Slutrapporten kräver mer tid.' },
    });
    const draft = created.json<RequestActions & { caseId: string; version: number }>();
    expect(draft.actions).toEqual({ edit: true, draftDecision: false });
    expect(await requestActions(draft.caseId, t.officer)).toEqual({ edit: false, draftDecision: false });

    const { caseId } = await submitDoviLaterEnd();
    expect(await requestActions(caseId, t.beneficiary)).toEqual({ edit: false, draftDecision: false });
    expect(await requestActions(caseId, t.officer)).toEqual({ edit: false, draftDecision: true });
    expect(await requestActions(caseId, t.headOfUnit)).toEqual({ edit: false, draftDecision: false });
    const project = async (who: Record<string, string>) =>
      (await t.inject('GET', `/api/v1/cases/${caseId}/project`, who)).json<{ actions: { handleDecision: boolean } }>()
        .actions.handleDecision;
    expect([await project(t.officer), await project(t.headOfUnit), await project(t.beneficiary)]).toEqual([
      true,
      true,
      false,
    ]);

    const decision = await draftDoviDecision(t, caseId);
    expect(await requestActions(caseId, t.officer)).toEqual({ edit: false, draftDecision: false });
    expect(await decisionActions(decision.id, t.officer)).toEqual({ edit: true, approve: false });
    expect(await decisionActions(decision.id, t.headOfUnit)).toEqual({ edit: false, approve: false });
    expect((await t.inject('POST', `/api/v1/decisions/${decision.id}/propose`, t.officer)).statusCode).toBe(200);
    expect(await decisionActions(decision.id, t.officer)).toEqual({ edit: false, approve: false });
    expect(await decisionActions(decision.id, t.headOfUnit)).toEqual({ edit: false, approve: true });
    // Returned for assessment, the decision is a draft again, its officer's to edit.
    expect((await t.inject('POST', `/api/v1/decisions/${decision.id}/return`, t.headOfUnit)).statusCode).toBe(200);
    expect(await decisionActions(decision.id, t.officer)).toEqual({ edit: true, approve: false });
  });
});

async function submitDoviExtensionAgain() {
  return submitDoviExtension(t);
}

describe('an amendment that raises the grant (commitments against the appropriation)', () => {
  it("counts the raised amount on the grant's appropriation year: within the budget it passes", async () => {
    const { caseId } = await submitDoviLaterEnd();
    const decision = await draftDoviDecision(t, caseId, { amountOre: 249_147_800 + 100_000_00 });
    const checks = await t.inject('GET', `/api/v1/decisions/${decision.id}/checks`, t.officer);
    expect(checks.statusCode, checks.body).toBe(200);
    const codes = checks.json<{ findings: Finding[] }>().findings.map((f) => f.code);
    expect(codes).not.toContain('commitment.overdrawn');
    // Left as a draft: the next test raises DOVI beyond the year's budget from a request of its own.
    const [stored] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, decision.id));
    expect(stored!.amountOre).toBe(259_147_800);
  });

  it('refuses a raise that overdraws the 2023 budget, naming appropriation, year and excess; a reason lets it pass', async () => {
    const { caseId } = await submitDoviLaterEnd();
    // 100 Mkr: more than the whole 2023 budget of the appropriation (60 Mkr).
    const decision = await draftDoviDecision(t, caseId, { amountOre: 100_000_000_00 });
    const checks = await t.inject('GET', `/api/v1/decisions/${decision.id}/checks`, t.officer);
    const overdrawn = checks.json<{ findings: Finding[] }>().findings.find((f) => f.code === 'commitment.overdrawn');
    expect(overdrawn?.severity).toBe('error');
    expect(overdrawn!.message.sv.replace(/[\u00a0\u202f]/g, ' ')).toContain('2023');

    expect((await t.inject('POST', `/api/v1/decisions/${decision.id}/propose`, t.officer)).statusCode).toBe(200);
    const refused = await t.inject('POST', `/api/v1/decisions/${decision.id}/approve`, t.headOfUnit, {});
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('commitment.overdrawn');
    expect(problem.detail.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/anslag 1:1 .*2023/);
    const [still] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, decision.id));
    expect(still!.approvedAt).toBeNull();

    const approved = await t.inject('POST', `/api/v1/decisions/${decision.id}/approve`, t.headOfUnit, {
      overrideReason: 'Regionstyrelsen har utökat ramen för 2023.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const versions = await t.inject('GET', `/api/v1/projects/${t.dovi.projectId}/versions`, t.officer);
    const last = versions.json<Versions>().versions.at(-1)!;
    expect(last.terms.amountOre).toBe(100_000_000_00);
  });
});

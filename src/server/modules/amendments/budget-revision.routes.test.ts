import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { createAmendmentTestApp, draftDoviDecision, type AmendmentTestApp } from './testing/amendment-app.js';
import { doviGrantBudgetLines, giveDoviAGrantBudget } from './testing/dovi.js';

let t: AmendmentTestApp;
beforeAll(async () => {
  t = await createAmendmentTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Line {
  category: string;
  year: number;
  amountOre: number;
}
interface BudgetInForce {
  source: string;
  versionNo: number | null;
  lines: Line[];
  totals: { totalOre: number; years: { year: number; totalOre: number }[] };
}
interface Issue {
  path: string;
  code: string;
  severity: string;
  message: { sv: string };
}
interface VersionBudget {
  source: string;
  versionNo: number | null;
  totalOre: number;
  years: { year: number; totalOre: number }[];
}

const KR = 100;
const projectUrl = () => `/api/v1/projects/${t.dovi.projectId}`;
const cell = (lines: Line[], category: string, year: number) =>
  lines.find((l) => l.category === category && l.year === year)?.amountOre;

/** The grant's budget with 100 000 kr moved from external services to staff in 2025. */
const movedLines = (): Line[] =>
  doviGrantBudgetLines().map((l) =>
    l.year !== 2025
      ? l
      : l.category === 'staff'
        ? { ...l, amountOre: l.amountOre + 100_000 * KR }
        : l.category === 'external_services'
          ? { ...l, amountOre: l.amountOre - 100_000 * KR }
          : l,
  );

async function newRequest(content: Record<string, unknown>) {
  const res = await t.inject('POST', `${projectUrl()}/amendment-requests`, t.beneficiary, { content });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ caseId: string; version: number; currentBudget: BudgetInForce; issues: Issue[] }>();
}

describe('the budget in force, as the amendment request shows it', () => {
  it('is none while DOVI has neither a budget version nor an application with a budget', async () => {
    const view = await newRequest({ motivation: 'Budgeten behöver ses över.' });
    expect(view.currentBudget).toEqual({
      source: 'none',
      versionNo: null,
      lines: [],
      totals: { totalOre: 0, years: [] },
    });
  });

  it("is the granted application's budget while the grant has no budget version, repeated cells added up", async () => {
    await t.database.db.insert(s.applicationVersions).values({
      caseId: t.dovi.caseId,
      versionNo: 1,
      content: {
        budget: [
          { category: 'staff', year: 2023, amountOre: 400_000 * KR },
          { category: 'staff', year: 2023, amountOre: 200_000 * KR },
          { category: 'project_income', year: 2024, amountOre: 50_000 * KR },
          { category: 'not_a_category', year: 2024, amountOre: 1 },
        ],
      },
      submittedAt: new Date('2023-01-16T12:00:00Z'),
    });
    const view = await newRequest({ motivation: 'Budgeten behöver ses över.' });
    expect(view.currentBudget).toEqual({
      source: 'application',
      versionNo: null,
      lines: [
        { category: 'staff', year: 2023, amountOre: 600_000 * KR },
        { category: 'project_income', year: 2024, amountOre: 50_000 * KR },
      ],
      // Project income reduces the cost (the domain's applicationTotals).
      totals: {
        totalOre: 550_000 * KR,
        years: [
          { year: 2023, totalOre: 600_000 * KR },
          { year: 2024, totalOre: -50_000 * KR },
        ],
      },
    });
    const versions = await t.inject('GET', `${projectUrl()}/versions`, t.officer);
    expect(versions.json<{ versions: { budget: VersionBudget | null }[] }>().versions[0]!.budget).toMatchObject({
      source: 'application',
      totalOre: 550_000 * KR,
    });
  });

  it("is the grant's own budget version once it has one: 4 540 000 kr over 2023–2026", async () => {
    await giveDoviAGrantBudget(t.database);
    const view = await newRequest({ motivation: 'Budgeten behöver ses över.' });
    expect(view.currentBudget).toMatchObject({ source: 'decision', versionNo: 1 });
    expect(view.currentBudget.lines).toHaveLength(doviGrantBudgetLines().length);
    expect(cell(view.currentBudget.lines, 'staff', 2025)).toBe(800_000 * KR);
    expect(view.currentBudget.totals).toEqual({
      totalOre: 4_540_000 * KR,
      years: [
        { year: 2023, totalOre: 1_030_000 * KR },
        { year: 2024, totalOre: 1_680_000 * KR },
        { year: 2025, totalOre: 1_480_000 * KR },
        { year: 2026, totalOre: 350_000 * KR },
      ],
    });
  });
});

describe('a revised budget in the request', () => {
  it('is refused (400) when it names a cost category and year twice', async () => {
    const res = await t.inject('POST', `${projectUrl()}/amendment-requests`, t.beneficiary, {
      content: {
        motivation: 'x',
        budget: [
          { category: 'staff', year: 2025, amountOre: 1 },
          { category: 'staff', year: 2025, amountOre: 2 },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
  });

  it('may not spend in a year outside the project period: an error on the budget, and submit is refused', async () => {
    const lines = [...doviGrantBudgetLines(), { category: 'staff', year: 2027, amountOre: 10_000 * KR }];
    const view = await newRequest({ motivation: 'Mer personal.', budget: lines });
    const issue = view.issues.find((i) => i.code === 'budget.year_outside_period');
    expect(issue).toMatchObject({ path: 'budget', severity: 'error' });
    expect(issue!.message.sv).toBe('Budgetåret 2027 ligger utanför projektperioden 2023-03-01 – 2026-02-28.');
    const res = await t.inject('POST', `/api/v1/amendment-requests/${view.caseId}/submit`, t.beneficiary, {
      version: view.version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('budget.year_outside_period');
  });
});

const ids = { caseId: '', decisionId: '' };

describe('moving 100 000 kr from external services to staff in 2025', () => {
  it('is submitted by the beneficiary without a breaking issue', async () => {
    const view = await newRequest({ motivation: 'Mer arbete görs i egen regi än planerat.', budget: movedLines() });
    expect(view.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const res = await t.inject('POST', `/api/v1/amendment-requests/${view.caseId}/submit`, t.beneficiary, {
      version: view.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    ids.caseId = view.caseId;
  });

  it("is carried over into the officer's draft, beside the budget in force before it", async () => {
    const decision = await draftDoviDecision(t, ids.caseId, {
      reasons: 'Omfördelningen ryms inom projektets kostnader.',
    });
    ids.decisionId = decision.id;
    const res = await t.inject('GET', `/api/v1/amendment-decisions/${decision.id}`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{
      budget: Line[];
      budgetBefore: BudgetInForce;
      findings: Issue[];
      background: string;
    }>();
    expect(cell(view.budget, 'staff', 2025)).toBe(900_000 * KR);
    expect(cell(view.budget, 'external_services', 2025)).toBe(400_000 * KR);
    expect(view.budget).toHaveLength(doviGrantBudgetLines().length);
    expect(view.budgetBefore).toMatchObject({ source: 'decision', versionNo: 1 });
    expect(cell(view.budgetBefore.lines, 'staff', 2025)).toBe(800_000 * KR);
    expect(view.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(view.background).toContain('begäran om ändring av budgeten');
  });

  it("can be edited by the officer: a saved budget replaces the draft's, and the checks read it", async () => {
    const url = `/api/v1/amendment-decisions/${ids.decisionId}`;
    const { decision } = (await t.inject('GET', url, t.officer)).json<{ decision: { version: number } }>();
    const outside = [...movedLines(), { category: 'travel_accommodation', year: 2022, amountOre: 5_000 * KR }];
    const res = await t.inject('PUT', url, t.officer, { version: decision.version, budget: outside });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{ budget: Line[]; findings: Issue[]; decision: { version: number } }>();
    expect(cell(view.budget, 'travel_accommodation', 2022)).toBe(5_000 * KR);
    expect(view.findings.map((f) => f.code)).toContain('budget.year_outside_period');
    const back = await t.inject('PUT', url, t.officer, { version: view.decision.version, budget: movedLines() });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<{ findings: Issue[] }>().findings.map((f) => f.code)).not.toContain('budget.year_outside_period');
  });

  it('is approved; the versions show budget version 2 with the same totals, "budget" changed', async () => {
    expect((await t.inject('POST', `/api/v1/decisions/${ids.decisionId}/propose`, t.officer)).statusCode).toBe(200);
    const approved = await t.inject('POST', `/api/v1/decisions/${ids.decisionId}/approve`, t.headOfUnit, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const res = await t.inject('GET', `${projectUrl()}/versions`, t.beneficiary);
    expect(res.statusCode, res.body).toBe(200);
    const versions = res.json<{ versions: { budget: VersionBudget | null; changed: string[] }[] }>().versions;
    expect(versions).toHaveLength(2);
    expect(versions[0]!.budget).toMatchObject({ source: 'decision', versionNo: 1, totalOre: 4_540_000 * KR });
    expect(versions[1]!.budget).toMatchObject({ source: 'decision', versionNo: 2, totalOre: 4_540_000 * KR });
    expect(versions[1]!.budget!.years).toEqual(versions[0]!.budget!.years);
    expect(versions[1]!.changed).toEqual(['budget']);
  });

  it('is the budget in force for the next request; the decision still shows the budget it replaced', async () => {
    const next = await newRequest({ motivation: 'Ytterligare ändring.' });
    expect(next.currentBudget).toMatchObject({ source: 'decision', versionNo: 2 });
    expect(cell(next.currentBudget.lines, 'staff', 2025)).toBe(900_000 * KR);
    const decision = await t.inject('GET', `/api/v1/amendment-decisions/${ids.decisionId}`, t.beneficiary);
    expect(decision.statusCode, decision.body).toBe(200);
    const view = decision.json<{ budget: Line[]; budgetBefore: BudgetInForce }>();
    expect(view.budgetBefore.versionNo).toBe(1);
    expect(cell(view.budget, 'staff', 2025)).toBe(900_000 * KR);
  });

  it('is named in the letter, frozen in the database, and every change is in an intact audit chain', async () => {
    const letter = await t.inject('GET', `/api/v1/decisions/${ids.decisionId}/letter.pdf`, t.officer);
    expect(letter.statusCode).toBe(200);
    const pdf = await getDocumentProxy(new Uint8Array(letter.rawPayload));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('Att fastställa en reviderad budget.');

    const [d] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, ids.decisionId));
    await expect(
      t.database.db.update(s.budgetLines).set({ amountOre: 1 }).where(eq(s.budgetLines.budgetId, d!.budgetId!)),
    ).rejects.toThrow();
    const revised = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.action, 'budget.revised'));
    expect(revised.length).toBeGreaterThanOrEqual(1);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});

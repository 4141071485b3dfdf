import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { loadDecisionLetterData } from '../../documents/decision-letter/letter-data.js';
import { renderDecisionLetterPdf } from '../../documents/decision-letter/render-decision-letter.js';
import { kr } from '../decisions/testing/decision-app.js';
import { createPaymentTestApp, type PaymentTestApp } from '../payments/testing/payment-app.js';

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;
const DOVI = 'REGAC - 317 - 2022';

interface DocumentList {
  case: { id: string; diaryNumber: string | null };
  items: {
    number: number;
    reference: string | null;
    registeredOn: string;
    direction: string;
    directionLabel: string;
    kind: string;
    kindLabel: string;
    title: string;
    sourceCaseId: string | null;
    decisionId: string | null;
    documentId: string | null;
    href: string | null;
  }[];
}

async function doviCases() {
  const [project] = await db().select().from(s.projects).where(eq(s.projects.acronym, 'DOVI'));
  const rows = await db().select().from(s.cases).where(eq(s.cases.projectId, project!.id));
  return {
    projectCase: rows.find((c) => c.kind === 'application')!,
    amendmentCase: rows.find((c) => c.kind === 'amendment_request')!,
  };
}

/** Every diary number of the funder's format a text mentions ("REGAC - n - yyyy"). */
const diaryNumbersIn = (text: string) => [...new Set(text.match(/REGAC\s*-\s*\d+\s*-\s*\d{4}/g) ?? [])];

describe("seed 001: DOVI's amendment is a document of REGAC - 317 - 2022, with no number of its own", () => {
  it('stores no second diary number: the request case is a child of the project case', async () => {
    const { projectCase, amendmentCase } = await doviCases();
    expect(projectCase.diaryNumber).toBe(DOVI);
    expect(amendmentCase).toMatchObject({ diaryNumber: null, parentCaseId: projectCase.id, status: 'decided' });
    const taken = await db()
      .select({ n: s.cases.diaryNumber })
      .from(s.cases)
      .where(and(isNotNull(s.cases.diaryNumber), sql`${s.cases.diaryNumber} LIKE 'REGAC - % - 2025'`));
    expect(taken).toEqual([]);
  });

  it('shows REGAC - 317 - 2022 for the amendment in the API: case page, timeline and project versions', async () => {
    const { amendmentCase } = await doviCases();
    const workspace = await t.call('GET', `/api/v1/cases/${amendmentCase.id}/workspace`, t.officer);
    expect(workspace.statusCode, workspace.body).toBe(200);
    expect(workspace.json<{ case: { diaryNumber: string } }>().case.diaryNumber).toBe(DOVI);
    const timeline = await t.call('GET', `/api/v1/cases/${amendmentCase.id}/timeline`, t.officer);
    expect(timeline.json<{ case: { diaryNumber: string } }>().case.diaryNumber).toBe(DOVI);
    const versions = await t.call('GET', `/api/v1/projects/${amendmentCase.projectId}/versions`, t.officer);
    expect(versions.statusCode, versions.body).toBe(200);
    expect(diaryNumbersIn(versions.body)).toEqual([DOVI]);
  });

  it('prints only REGAC - 317 - 2022 in the amendment letter (no "Ärendets diarienummer")', async () => {
    const [amendment] = await db().select().from(s.decisions).where(eq(s.decisions.kind, 'amend'));
    const pdf = await renderDecisionLetterPdf(await loadDecisionLetterData(db(), amendment!.id));
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ');
    expect(flat).toContain(`Diarienummer ${DOVI}`);
    expect(flat).not.toContain('Ärendets diarienummer');
    expect(diaryNumbersIn(flat)).toEqual([DOVI]);
  });

  it("lists the project case's documents in order, the same from the amendment case", async () => {
    const { projectCase, amendmentCase } = await doviCases();
    const res = await t.call('GET', `/api/v1/cases/${projectCase.id}/documents`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<DocumentList>();
    expect(list.case).toEqual({ id: projectCase.id, diaryNumber: DOVI });
    expect(list.items.map((d) => [d.number, d.registeredOn, d.direction, d.kind])).toEqual([
      [1, '2023-01-16', 'in', 'application'],
      [2, '2023-03-01', 'out', 'decision'],
      [3, '2025-08-28', 'in', 'amendment_request'],
      [4, '2025-08-29', 'out', 'decision'],
    ]);
    expect(list.items[2]).toMatchObject({
      reference: `${DOVI}, handling 3`,
      kindLabel: 'Ändringsbegäran',
      directionLabel: 'Inkommen',
      sourceCaseId: amendmentCase.id,
    });
    expect(list.items[3]).toMatchObject({ title: 'Ändring av beslut om stöd', sourceCaseId: amendmentCase.id });
    const fromChild = await t.call('GET', `/api/v1/cases/${amendmentCase.id}/documents`, t.officer);
    expect(fromChild.json<DocumentList>()).toEqual(list);
    const [row] = await db().select().from(s.cases).where(eq(s.cases.id, projectCase.id));
    expect(row!.lastDocumentNumber).toBe(4);
  });

  it('answers 404 to another organisation and to an unknown case, as the case itself does', async () => {
    const { projectCase } = await doviCases();
    for (const url of [
      `/api/v1/cases/${projectCase.id}/documents`,
      '/api/v1/cases/00000000-0000-4000-8000-000000000000/documents',
    ]) {
      expect((await t.call('GET', url, t.otherApplicant)).statusCode, url).toBe(404);
    }
    // Umeå universitet's applicant: another organisation than DOVI's owner.
    expect((await t.call('GET', `/api/v1/cases/${projectCase.id}/documents`, t.applicant)).statusCode).toBe(404);
    expect((await t.call('GET', `/api/v1/cases/${projectCase.id}/documents`, {})).statusCode).toBe(401);
  });
});

describe("a payment request and a report are registered in the project's case", () => {
  it('numbers them after what is already there, under the one diary number, with an audit event each', async () => {
    const g = await t.grant();
    const projectNumber = g.kase.diaryNumber!;
    const draft = await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.applicant, {
      kind: 'interim',
      period: { start: '2026-01-01', end: '2026-06-30' },
      costs: [{ category: 'staff', claimedOre: kr(100_000) }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json<{ id: string; version: number }>();
    const sent = await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version });
    expect(sent.statusCode, sent.body).toBe(200);
    const request = sent.json<{ caseId: string; diaryNumber: string }>();
    expect(request.diaryNumber).toBe(projectNumber);
    const [requestCase] = await db().select().from(s.cases).where(eq(s.cases.id, request.caseId));
    expect(requestCase).toMatchObject({ diaryNumber: null, parentCaseId: g.kase.id, kind: 'payment_request' });

    const report = await t.call('POST', `/api/v1/projects/${g.project.id}/reports`, t.applicant, {
      kind: 'progress',
      period: { start: '2026-01-01', end: '2026-06-30' },
      content: { summary: 'Halvtid.', results: 'Två kommuner anslutna.', indicators: '' },
    });
    expect(report.statusCode, report.body).toBe(201);
    const r = report.json<{ id: string; version: number }>();
    const submitted = await t.call('POST', `/api/v1/reports/${r.id}/submit`, t.applicant, { version: r.version });
    expect(submitted.statusCode, submitted.body).toBe(200);

    // The beneficiary sees its own case's list too.
    const res = await t.call('GET', `/api/v1/cases/${request.caseId}/documents`, t.applicant);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<DocumentList>();
    expect(list.case).toEqual({ id: g.kase.id, diaryNumber: projectNumber });
    expect(list.items.map((x) => [x.number, x.kind, x.direction, x.sourceCaseId, x.reference])).toEqual([
      [1, 'payment_request', 'in', request.caseId, `${projectNumber}, handling 1`],
      [2, 'progress_report', 'in', null, `${projectNumber}, handling 2`],
    ]);
    expect(list.items[1]!.title).toBe('Lägesrapport 2026-01-01 – 2026-06-30');
    const events = await db()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, g.kase.id), eq(s.auditEvents.action, 'case_document.registered')));
    expect(events.map((e) => (e.after as { number: number }).number)).toEqual([1, 2]);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});

const MIGRATION = fileURLToPath(new URL('../../db/migrations/0011_one_diary_number.sql', import.meta.url));

describe('migration 0011 (one diary number) on data registered the old way', () => {
  it("takes a child case's own number away and registers applications, requests, reports and decisions by date", async () => {
    const g = await t.grant();
    const [funder] = await db().select().from(s.funders).where(eq(s.funders.id, g.kase.funderId));
    // As before: the application registered without documents, a payment request and an amendment with
    // numbers of their own, a submitted report, the grant approved.
    await db()
      .update(s.cases)
      .set({ receivedOn: '2025-01-10', registeredAt: new Date('2025-01-10T10:00:00Z') })
      .where(eq(s.cases.id, g.kase.id));
    const child = (kind: 'payment_request' | 'amendment_request', dnr: string, on: string) => ({
      funderId: funder!.id,
      diaryNumber: dnr,
      kind,
      status: 'submitted' as const,
      title: `Gammal ${kind}`,
      projectId: g.project.id,
      applicantOrganizationId: g.kase.applicantOrganizationId,
      parentCaseId: g.kase.id,
      receivedOn: on,
      registeredAt: new Date(`${on}T10:00:00Z`),
    });
    const [pay] = await db()
      .insert(s.cases)
      .values(child('payment_request', 'TEST - 901 - 2026', '2026-03-02'))
      .returning();
    const [amend] = await db()
      .insert(s.cases)
      .values(child('amendment_request', 'TEST - 902 - 2026', '2026-02-01'))
      .returning();
    await db()
      .insert(s.reports)
      .values({
        projectId: g.project.id,
        kind: 'final',
        content: { summary: 'x', results: 'y', indicators: '' },
        submittedAt: new Date('2026-04-01T08:00:00Z'),
      });

    const statements = readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint');
    for (const statement of statements) await db().execute(sql.raw(statement));

    const cases = await db().select().from(s.cases).where(eq(s.cases.projectId, g.project.id));
    expect(cases.find((c) => c.id === pay!.id)!.diaryNumber).toBeNull();
    expect(cases.find((c) => c.id === amend!.id)!.diaryNumber).toBeNull();
    expect(cases.find((c) => c.id === g.kase.id)).toMatchObject({
      diaryNumber: g.kase.diaryNumber,
      lastDocumentNumber: 5,
    });

    const list = (await t.call('GET', `/api/v1/cases/${pay!.id}/documents`, t.officer)).json<DocumentList>();
    expect(list.items.map((x) => [x.number, x.registeredOn, x.kind, x.sourceCaseId])).toEqual([
      [1, '2025-01-10', 'application', null],
      [2, g.decision.decisionDate, 'decision', null],
      [3, '2026-02-01', 'amendment_request', amend!.id],
      [4, '2026-03-02', 'payment_request', pay!.id],
      [5, '2026-04-01', 'final_report', null],
    ]);
    expect(list.items[1]).toMatchObject({ decisionId: g.decision.id, direction: 'out', title: 'Beslut om stöd' });
    const request = await t.call('GET', `/api/v1/cases/${pay!.id}/timeline`, t.officer);
    expect(request.json<{ case: { diaryNumber: string } }>().case.diaryNumber).toBe(g.kase.diaryNumber);

    // Run again: nothing is registered twice.
    for (const statement of statements) await db().execute(sql.raw(statement));
    const again = (await t.call('GET', `/api/v1/cases/${g.kase.id}/documents`, t.officer)).json<DocumentList>();
    expect(again.items).toHaveLength(5);
  });
});

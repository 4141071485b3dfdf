import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { makeAppropriation, makeSubmittedCase } from '../decisions/testing/case-builder.js';
import {
  createDecisionTestApp,
  kr,
  plain,
  type DecisionTestApp,
  type Headers,
} from '../decisions/testing/decision-app.js';

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

async function caseInAssessment() {
  const kase = await makeSubmittedCase(db(), { funderId: t.fixtures.funder.id, organizationId: t.fixtures.umu.id });
  await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  return kase;
}

const pdfText = async (bytes: Buffer) =>
  plain((await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text);

interface Workspace {
  case: { officer: { id: string; displayName: string } | null; applicant: { name: string }; status: string };
  decisions: { id: string; status: string; hasLetter: boolean }[];
  options: {
    officers: { id: string }[];
    decisionMakers: { id: string; displayName: string }[];
    priorities: { id: string; code: string }[];
    aspects: { id: string }[];
    appropriations: { id: string; year: number; budgetOre: number | null; committedOre: number }[];
    legalBases: { sfs: string }[];
  };
}

describe('the case workspace', () => {
  it("offers the funder's own choices to its officer", async () => {
    const kase = await caseInAssessment();
    const a = await makeAppropriation(db(), { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(9_000_000) });
    const res = await inject('GET', `/api/v1/cases/${kase.id}/workspace`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json<Workspace>();
    expect(w.case.applicant.name).toBe('Umeå universitet');
    expect(w.case.officer).toBeNull();
    expect(w.options.decisionMakers.map((d) => d.id)).toContain(t.fixtures.chair.id);
    expect(w.options.officers.map((o) => o.id)).toContain(t.fixtures.officer.id);
    expect(w.options.priorities.map((p) => p.id)).toContain(t.fixtures.priorityId);
    expect(w.options.aspects.map((x) => x.id).sort()).toEqual([...t.fixtures.aspectIds].sort());
    expect(w.options.appropriations).toContainEqual(
      expect.objectContaining({ id: a.id, year: 2026, budgetOre: kr(9_000_000), committedOre: 0 }),
    );
    expect(w.options.legalBases.map((l) => l.sfs)).toContain('2003:596');
  });

  it('says what the caller may do with the decision: the officer drafts while the case is open, the decision maker approves', async () => {
    const kase = await caseInAssessment();
    const actions = async (headers: Headers) =>
      (await inject('GET', `/api/v1/cases/${kase.id}/workspace`, headers)).json<{
        actions: { draftDecision: boolean; approveDecision: boolean };
      }>().actions;
    expect(await actions(t.officer)).toEqual({ draftDecision: true, approveDecision: false });
    expect(await actions(t.chair)).toEqual({ draftDecision: false, approveDecision: true });
    expect(await actions(t.admin)).toEqual({ draftDecision: false, approveDecision: false });
    await db().update(s.cases).set({ status: 'decided' }).where(eq(s.cases.id, kase.id));
    expect(await actions(t.officer)).toEqual({ draftDecision: false, approveDecision: false });
  });

  it('is not shown to applicants, not even of the case (404 for others, 403 for its own)', async () => {
    const kase = await caseInAssessment();
    expect((await inject('GET', `/api/v1/cases/${kase.id}/workspace`, t.otherApplicant)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/cases/${kase.id}/workspace`, t.applicant)).statusCode).toBe(403);
    const guessed = '00000000-0000-4000-8000-000000000001';
    expect((await inject('GET', `/api/v1/cases/${guessed}/workspace`, t.officer)).statusCode).toBe(404);
  });
});

describe('assigning the case officer', () => {
  it('assigns an officer of the funder, audits it and puts the case in their inbox', async () => {
    const kase = await caseInAssessment();
    const res = await inject('PUT', `/api/v1/cases/${kase.id}/officer`, t.officer, {
      officerUserId: t.fixtures.officer.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const w = (await inject('GET', `/api/v1/cases/${kase.id}/workspace`, t.officer)).json<Workspace>();
    expect(w.case.officer?.id).toBe(t.fixtures.officer.id);
    const inbox = await inject('GET', '/api/v1/inbox?assigned=me&pageSize=100', t.officer);
    expect(inbox.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(kase.id);
    const audit = await db().select().from(s.auditEvents).where(eq(s.auditEvents.entityId, kase.id));
    expect(audit.map((e) => e.action)).toContain('case.officer_assigned');

    const cleared = await inject('PUT', `/api/v1/cases/${kase.id}/officer`, t.officer, { officerUserId: null });
    expect(cleared.json()).toMatchObject({ officerUserId: null });
  });

  it('refuses someone who is not a case officer of the funder, and applicants', async () => {
    const kase = await caseInAssessment();
    const [applicantUser] = await db().select().from(s.users).where(eq(s.users.email, 'sokande@umu.example'));
    const wrong = await inject('PUT', `/api/v1/cases/${kase.id}/officer`, t.officer, {
      officerUserId: applicantUser!.id,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<{ code: string }>().code).toBe('case.officer_not_eligible');
    const byApplicant = await inject('PUT', `/api/v1/cases/${kase.id}/officer`, t.applicant, {
      officerUserId: t.fixtures.officer.id,
    });
    expect(byApplicant.statusCode).toBe(403);
    const byOther = await inject('PUT', `/api/v1/cases/${kase.id}/officer`, t.otherApplicant, {
      officerUserId: t.fixtures.officer.id,
    });
    expect(byOther.statusCode).toBe(404);
  });
});

describe('the letter preview', () => {
  it('renders the draft as it would read if approved today, marked UTKAST, and stores nothing', async () => {
    const kase = await caseInAssessment();
    const a = await makeAppropriation(db(), { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(9_000_000) });
    const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, {
      kind: 'grant',
      amountOre: kr(400_000),
      maxShareBp: 4000,
      approvedCostsOre: kr(1_000_000),
      period: { start: '2027-01-01', end: '2027-12-31' },
      legalBasis: ['2003:596'],
      appropriationId: a.id,
      reasons: 'Projektet stärker samverkan.',
      recipients: ['projekt@umu.example'],
      decidedBy: t.fixtures.head.id,
      delegationPoint: '1.1',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const documentsBefore = await db().select().from(s.documents).where(eq(s.documents.caseId, kase.id));

    const res = await inject('GET', `/api/v1/decisions/${id}/letter-preview.pdf`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('UTKAST');
    expect(text).toContain('400 000 kr');
    expect(text).toContain('högst 40,00 % av godkända kostnader uppgående till 1 000 000 kr');
    expect(text).toContain('2026-11-24'); // today's date stands in for the decision date
    const documentsAfter = await db().select().from(s.documents).where(eq(s.documents.caseId, kase.id));
    expect(documentsAfter).toHaveLength(documentsBefore.length);

    expect((await inject('GET', `/api/v1/decisions/${id}/letter-preview.pdf`, t.applicant)).statusCode).toBe(403);
    expect((await inject('GET', `/api/v1/decisions/${id}/letter-preview.pdf`, t.otherApplicant)).statusCode).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import { auditEvents, calls, cases, documents, organizations } from '../../db/schema/index.js';
import { makeGrantedProject } from '../payments/testing/grant-builder.js';
import { samples } from './testing/sample-files.js';
import {
  createAttachmentTestApp,
  TEST_UPLOAD_LIMIT,
  type AttachmentTestApp,
  type Headers,
} from './testing/attachment-app.js';

let t: AttachmentTestApp;
beforeAll(async () => {
  t = await createAttachmentTestApp();
});
afterAll(() => t.close());

interface Item {
  id: string;
  filename: string;
  mediaType: string;
  kindLabel: string;
  sizeBytes: number;
  sha256: string;
  addedBy: string;
  removedAt: string | null;
  canRemove: boolean;
}
interface List {
  caseId: string;
  items: Item[];
  canAdd: boolean;
  maxBytes: number;
}
const list = (headers: Headers, caseId: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/attachments`, headers });
const download = (headers: Headers, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers });
const remove = (headers: Headers, id: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/attachments/${id}`, headers });

describe('the applicant attaches files to a draft application', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await t.draft();
  });

  it('stores a PDF named .txt as a PDF: the bytes decide, not the name', async () => {
    const res = await t.upload(t.applicant, caseId, samples.pdf(), { filename: 'budget.txt' }, 'text/plain');
    expect(res.statusCode).toBe(201);
    const item = res.json<Item>();
    expect(item).toMatchObject({ filename: 'budget.txt', mediaType: 'application/pdf', kindLabel: 'PDF' });
    expect(item.sizeBytes).toBe(samples.pdf().length);
    expect(item.addedBy).toBe('Sara Sökandesson');
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.sha256, item.sha256));
    expect(doc).toMatchObject({ kind: 'attachment', caseId, mediaType: 'application/pdf' });
  });

  it.each([
    ['a Windows program named .pdf', samples.exe(), 'ansokan.pdf'],
    ['a zip archive named .pdf', samples.zip(), 'underlag.pdf'],
    ['an HTML page named .pdf', samples.html(), 'intyg.pdf'],
    ['an SVG with a script named .png', samples.svg(), 'logga.png'],
  ])('refuses %s with 415, naming the kinds it accepts', async (_name, bytes, filename) => {
    const res = await t.upload(t.applicant, caseId, bytes, { filename }, 'application/pdf');
    expect(res.statusCode).toBe(415);
    const problem = res.json<{ code: string; detail: string; details: { issues: { path: string }[] } }>();
    expect(problem.code).toBe('attachment.unsupported_type');
    expect(problem.detail).toContain('PDF');
    expect(problem.detail).toContain('CSV');
    expect(problem.details.issues[0]!.path).toBe('file');
  });

  it('refuses a file over the limit with 413, naming the limit, in Swedish and English', async () => {
    const big = Buffer.concat([samples.pdf(), Buffer.alloc(TEST_UPLOAD_LIMIT)]);
    const sv = await t.upload(t.applicant, caseId, big, { filename: 'stor.pdf' });
    expect(sv.statusCode).toBe(413);
    expect(sv.json<{ detail: string; code: string }>()).toMatchObject({ code: 'attachment.too_large' });
    expect(sv.json<{ detail: string }>().detail).toContain('högst 0,1 MB');
    const en = await t.upload({ ...t.applicant, 'accept-language': 'en' }, caseId, big, { filename: 'big.pdf' });
    expect(en.json<{ detail: string }>().detail).toContain('at most 0.1 MB');
  });

  it('refuses an empty file and a form upload', async () => {
    expect((await t.upload(t.applicant, caseId, Buffer.alloc(0), { filename: 'tom.txt' })).statusCode).toBe(422);
    const form = await t.upload(
      t.applicant,
      caseId,
      samples.text(),
      { filename: 'a.txt' },
      'multipart/form-data; boundary=x',
    );
    expect(form.statusCode).toBe(415);
  });

  it('refuses a file name with a NUL byte, and keeps only the last part of a path', async () => {
    expect((await t.upload(t.applicant, caseId, samples.text(), { filename: 'a\u0000.txt' })).statusCode).toBe(400);
    const res = await t.upload(t.applicant, caseId, samples.csv(), { filename: '..\\..\\kvitton.csv' });
    expect(res.statusCode).toBe(201);
    expect(res.json<Item>()).toMatchObject({ filename: 'kvitton.csv', mediaType: 'text/csv' });
  });

  it('lists the files and serves them as stored, never sniffed by the browser', async () => {
    const res = await list(t.applicant, caseId);
    expect(res.statusCode).toBe(200);
    const body = res.json<List>();
    expect(body.canAdd).toBe(true);
    expect(body.maxBytes).toBe(TEST_UPLOAD_LIMIT);
    const pdf = body.items.find((i) => i.filename === 'budget.txt')!;
    const got = await download(t.applicant, pdf.id);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="budget.txt"; filename*=UTF-8''budget.txt`);
    expect(got.rawPayload.equals(samples.pdf())).toBe(true);
  });

  it('gives a Swedish file name an ASCII fallback and the real name encoded', async () => {
    const res = await t.upload(t.applicant, caseId, samples.text(), { filename: 'Intyg "å".txt' });
    const got = await download(t.applicant, res.json<Item>().id);
    expect(got.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Intyg ___.txt"; filename*=UTF-8''${encodeURIComponent('Intyg "å".txt')}`,
    );
  });

  it('keeps the unsubmitted draft to the applicant: the funder’s staff get 404 like a random id', async () => {
    expect((await list(t.officer, caseId)).statusCode).toBe(404);
    const id = (await list(t.applicant, caseId)).json<List>().items[0]!.id;
    expect((await download(t.officer, id)).statusCode).toBe(404);
    expect((await t.upload(t.officer, caseId, samples.pdf(), { filename: 'x.pdf' })).statusCode).toBe(404);
  });

  it('lets the adder remove a file while the draft is open; it stays listed as removed', async () => {
    const added = (await t.upload(t.applicant, caseId, samples.png(), { filename: 'fel.png' })).json<Item>();
    expect(added.canRemove).toBe(true);
    expect((await remove(t.applicant, added.id)).statusCode).toBe(204);
    expect((await remove(t.applicant, added.id)).statusCode).toBe(409);
    const item = (await list(t.applicant, caseId)).json<List>().items.find((i) => i.id === added.id)!;
    expect(item.removedAt).not.toBeNull();
    expect(item.canRemove).toBe(false);
    // The bytes stay: the history shows the file was there.
    expect((await download(t.applicant, added.id)).statusCode).toBe(200);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, added.id));
    expect(events.map((e) => e.action)).toEqual(['attachment.added', 'attachment.removed']);
  });
});

describe('who may reach a submitted application’s files', () => {
  let caseId: string;
  let attachmentId: string;
  beforeAll(async () => {
    caseId = await t.draft();
    attachmentId = (await t.upload(t.applicant, caseId, samples.pdf(), { filename: 'a.pdf' })).json<Item>().id;
    expect((await t.submit(caseId)).statusCode).toBe(200);
  });

  it('shows them to the funder’s staff', async () => {
    expect((await list(t.officer, caseId)).json<List>().items.map((i) => i.id)).toContain(attachmentId);
    expect((await download(t.chair, attachmentId)).statusCode).toBe(200);
  });

  it.each([
    ['another organisation’s applicant', () => t.otherApplicant],
    ['another funder’s case officer', () => t.otherFunderOfficer],
  ])('answers %s 404 on every route, as for a random id', async (_who, headers) => {
    const h = headers();
    expect((await list(h, caseId)).statusCode).toBe(404);
    expect((await list(h, randomUUID())).statusCode).toBe(404);
    expect((await t.upload(h, caseId, samples.pdf(), { filename: 'x.pdf' })).statusCode).toBe(404);
    expect((await download(h, attachmentId)).statusCode).toBe(404);
    expect((await download(h, randomUUID())).statusCode).toBe(404);
    expect((await remove(h, attachmentId)).statusCode).toBe(404);
  });

  it('answers the signed-out 401', async () => {
    expect((await list({}, caseId)).statusCode).toBe(401);
    expect((await download({}, attachmentId)).statusCode).toBe(401);
  });

  it('no longer lets the applicant add or remove (409), but lets the case officer add at any time', async () => {
    expect((await t.upload(t.applicant, caseId, samples.pdf(), { filename: 'sen.pdf' })).statusCode).toBe(409);
    expect((await remove(t.applicant, attachmentId)).statusCode).toBe(409);
    expect((await t.upload(t.chair, caseId, samples.pdf(), { filename: 'x.pdf' })).statusCode).toBe(403);
    const added = await t.upload(t.officer, caseId, samples.text(), { filename: 'tjänsteanteckning.txt' });
    expect(added.statusCode).toBe(201);
    expect((await remove(t.applicant, added.json<Item>().id)).statusCode).toBe(403);
  });

  it('keeps the audit trail whole', async () => {
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});

describe('an application to a call with required attachments', () => {
  let caseId: string;
  beforeAll(async () => {
    const db = t.database.db;
    const [call] = await db
      .insert(calls)
      .values({
        funderId: t.funderId,
        title: 'Utlysning med bilagekrav',
        opensAt: new Date('2026-01-01T00:00:00Z'),
        closesAt: new Date('2027-01-01T00:00:00Z'),
        status: 'published',
        requiredAttachments: [
          { key: 'budgetunderlag', title: 'Budgetunderlag' },
          { key: 'medfinansiering', title: 'Intyg om medfinansiering', description: 'Undertecknat.' },
        ],
      })
      .returning();
    caseId = await t.draft();
    await db.update(cases).set({ callId: call!.id }).where(eq(cases.id, caseId));
  });

  it('shows each requirement as missing until a file meets it', async () => {
    const body = (await list(t.applicant, caseId)).json<{ requirements: { key: string; present: boolean }[] }>();
    expect(body.requirements).toEqual([
      { key: 'budgetunderlag', title: 'Budgetunderlag', description: null, present: false },
      { key: 'medfinansiering', title: 'Intyg om medfinansiering', description: 'Undertecknat.', present: false },
    ]);
  });

  it('refuses to submit while one is missing (422, one issue per file, linked to its row)', async () => {
    await t.upload(t.applicant, caseId, samples.csv(), { filename: 'budget.csv', requirementKey: 'budgetunderlag' });
    const res = await t.submit(caseId);
    expect(res.statusCode).toBe(422);
    const issues = res.json<{ details: { issues: { path: string; message: { sv: string } }[] } }>().details.issues;
    const attachmentIssues = issues.filter((i) => i.path.startsWith('attachments.'));
    expect(attachmentIssues).toHaveLength(1);
    expect(attachmentIssues[0]).toMatchObject({ path: 'attachments.medfinansiering' });
    expect(attachmentIssues[0]!.message.sv).toContain('Intyg om medfinansiering');
  });

  it('refuses a requirement the call does not have', async () => {
    const res = await t.upload(t.applicant, caseId, samples.pdf(), { filename: 'x.pdf', requirementKey: 'annat' });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ details: { issues: { path: string }[] } }>().details.issues[0]!.path).toBe('requirementKey');
  });

  it('does not count a removed file, and submits once every requirement is met', async () => {
    const added = await t.upload(t.applicant, caseId, samples.pdf(), {
      filename: 'i.pdf',
      requirementKey: 'medfinansiering',
    });
    await remove(t.applicant, added.json<Item>().id);
    expect((await t.submit(caseId)).statusCode).toBe(422);
    await t.upload(t.applicant, caseId, samples.pdf(), { filename: 'intyg.pdf', requirementKey: 'medfinansiering' });
    expect((await t.submit(caseId)).statusCode).toBe(200);
  });
});

describe('receipts of a payment request and files of a final report', () => {
  let projectId: string;
  beforeAll(async () => {
    const db = t.database.db;
    const [umu] = await db.select().from(organizations).where(eq(organizations.orgNumber, '202100-2874'));
    const g = await makeGrantedProject(db, {
      funderId: t.funderId,
      organizationId: umu!.id,
      amountOre: 1_000_000_00,
      maxShareBp: 5000,
    });
    projectId = g.project.id;
  });
  const call = (method: 'GET' | 'POST', url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  it('keeps a draft request’s receipts to the beneficiary, and shows them on the request’s case once submitted', async () => {
    const created = await call('POST', `/api/v1/projects/${projectId}/payment-requests`, t.applicant, {
      kind: 'interim',
      period: { start: '2026-01-01', end: '2026-06-30' },
      costs: [{ category: 'staff', claimedOre: 100_000_00 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json<{ id: string; version: number }>();
    const before = (await call('GET', `/api/v1/payment-requests/${request.id}/attachments`, t.applicant)).json<List>();
    expect(before.canAdd).toBe(true);
    const receipt = await t.upload(t.applicant, before.caseId, samples.jpeg(), {
      filename: 'kvitto.jpg',
      paymentRequestId: request.id,
    });
    expect(receipt.statusCode, receipt.body).toBe(201);
    expect((await call('GET', `/api/v1/payment-requests/${request.id}/attachments`, t.officer)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/payment-requests/${request.id}/attachments`, t.otherApplicant)).statusCode).toBe(
      404,
    );
    // Not on the project case's own list: the file is the request's.
    expect((await list(t.applicant, before.caseId)).json<List>().items).toHaveLength(0);

    const sent = await call('POST', `/api/v1/payment-requests/${request.id}/submit`, t.applicant, {
      version: request.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const requestCaseId = sent.json<{ caseId: string }>().caseId;
    const onCase = (await list(t.officer, requestCaseId)).json<List>();
    expect(onCase.items.map((i) => i.filename)).toEqual(['kvitto.jpg']);
    const after = (await call('GET', `/api/v1/payment-requests/${request.id}/attachments`, t.applicant)).json<List>();
    expect(after).toMatchObject({ caseId: requestCaseId, canAdd: false });
    expect((await download(t.otherFunderOfficer, onCase.items[0]!.id)).statusCode).toBe(404);
  });

  it('attaches files to the final report while it is a draft', async () => {
    const created = await call('POST', `/api/v1/projects/${projectId}/reports`, t.applicant, {
      kind: 'final',
      content: { summary: 'Sammanfattning.', results: 'Resultat.', indicators: '' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const report = created.json<{ id: string; version: number }>();
    const target = (await call('GET', `/api/v1/reports/${report.id}/attachments`, t.applicant)).json<List>();
    const added = await t.upload(t.applicant, target.caseId, samples.docx(), {
      filename: 'slutrapport-bilaga.docx',
      reportId: report.id,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<Item>().kindLabel).toBe('Word (DOCX)');
    expect((await call('GET', `/api/v1/reports/${report.id}/attachments`, t.officer)).statusCode).toBe(404);
    const sent = await call('POST', `/api/v1/reports/${report.id}/submit`, t.applicant, { version: report.version });
    expect(sent.statusCode, sent.body).toBe(200);
    const seen = (await call('GET', `/api/v1/reports/${report.id}/attachments`, t.officer)).json<List>();
    expect(seen.items.map((i) => i.filename)).toEqual(['slutrapport-bilaga.docx']);
    const late = await t.upload(t.applicant, target.caseId, samples.pdf(), {
      filename: 'sen.pdf',
      reportId: report.id,
    });
    expect(late.statusCode).toBe(409);
  });

  it('refuses a request or report of another project, as if it did not exist', async () => {
    const caseId = await t.draft();
    const res = await t.upload(t.applicant, caseId, samples.pdf(), {
      filename: 'x.pdf',
      paymentRequestId: randomUUID(),
    });
    expect(res.statusCode).toBe(404);
  });
});

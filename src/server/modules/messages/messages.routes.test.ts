import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import { applicationVersions, outboxEmails } from '../../db/schema/index.js';
import {
  createAttachmentTestApp,
  type AttachmentTestApp,
  type Headers,
} from '../attachments/testing/attachment-app.js';
import { samples } from '../attachments/testing/sample-files.js';

let t: AttachmentTestApp;
beforeAll(async () => {
  t = await createAttachmentTestApp();
});
afterAll(() => t.close());

interface Message {
  id: string;
  kind: string;
  body: string;
  dueDate: string | null;
  author: string;
  fromFunder: boolean;
  answeredAt: string | null;
}
interface Conversation {
  caseStatus: string;
  caseVersion: number;
  diaryNumber: string | null;
  items: Message[];
  openRequest: Message | null;
  actions: { requestCompletion: boolean; write: boolean; answer: boolean };
}

const conversation = async (headers: Headers, caseId: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/messages`, headers });
  return { statusCode: res.statusCode, body: res.json<Conversation>() };
};
const askForCompletion = (headers: Headers, caseId: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/completion-requests`, headers, payload });
const write = (headers: Headers, caseId: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/messages`, headers, payload });
const mailsAbout = (caseId: string) =>
  t.database.db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.relatedEntityType, 'case'), eq(outboxEmails.relatedEntityId, caseId)))
    .orderBy(asc(outboxEmails.createdAt));

const ASK = 'Budgetunderlaget saknas. Bifoga det och förklara personalkostnaderna år 2027.';

describe('the officer asks for completion; the applicant answers and submits again', () => {
  let caseId: string;
  let diaryNumber: string;
  let version: number;

  beforeAll(async () => {
    caseId = await t.draft();
    const submitted = await t.submit(caseId);
    expect(submitted.statusCode).toBe(200);
    diaryNumber = submitted.json<{ diaryNumber: string }>().diaryNumber;
    const seen = await conversation(t.officer, caseId);
    expect(seen.body.actions).toEqual({ requestCompletion: true, write: true, answer: false });
    version = seen.body.caseVersion;
  });

  it('refuses a due date in the past, linked to the field', async () => {
    const res = await askForCompletion(t.officer, caseId, { message: ASK, dueDate: '2026-11-23', version });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ details: { issues: { path: string }[] } }>().details.issues[0]!.path).toBe('dueDate');
    expect(
      (await askForCompletion(t.officer, caseId, { message: ' ', dueDate: '2026-12-15', version })).statusCode,
    ).toBe(400);
  });

  it('refuses a stale case version with 409', async () => {
    const res = await askForCompletion(t.officer, caseId, {
      message: ASK,
      dueDate: '2026-12-15',
      version: version - 1,
    });
    expect(res.statusCode).toBe(409);
  });

  it('lets only the funder’s case officers ask: 403 for the applicant and other staff, 404 for outsiders', async () => {
    const body = { message: ASK, dueDate: '2026-12-15', version };
    expect((await askForCompletion(t.applicant, caseId, body)).statusCode).toBe(403);
    expect((await askForCompletion(t.chair, caseId, body)).statusCode).toBe(403);
    expect((await askForCompletion(t.otherFunderOfficer, caseId, body)).statusCode).toBe(404);
    expect((await askForCompletion(t.otherApplicant, caseId, body)).statusCode).toBe(404);
    expect((await askForCompletion(t.officer, randomUUID(), body)).statusCode).toBe(404);
  });

  it('returns the application to the applicant as a new draft version and mails the organisation', async () => {
    const res = await askForCompletion(t.officer, caseId, { message: ASK, dueDate: '2026-12-15', version });
    expect(res.statusCode, res.body).toBe(201);
    const after = res.json<Conversation>();
    expect(after).toMatchObject({ caseStatus: 'draft', diaryNumber });
    expect(after.items).toEqual([
      expect.objectContaining({ kind: 'completion_request', body: ASK, dueDate: '2026-12-15', fromFunder: true }),
    ]);
    const versions = await t.database.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.caseId, caseId))
      .orderBy(asc(applicationVersions.versionNo));
    expect(versions.map((v) => [v.versionNo, v.submittedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(versions[1]!.content).toEqual(versions[0]!.content);
    // The case's first mail is the receipt of the submit; the request is the next.
    const mail = (await mailsAbout(caseId)).find((m) => m.subject.startsWith('Ansökan behöver kompletteras'));
    expect(mail!.to).toEqual(['sokande@umu.example']);
    expect(mail!.subject).toContain(diaryNumber);
    expect(mail!.bodyText).toContain(ASK);
    expect(mail!.bodyText).toContain('2026-12-15');
    expect(mail!.bodyText).toContain(`https://bidra.example/ansokan/${caseId}`);
  });

  it('shows the request to the applicant, on the case and among the organisation’s open requests', async () => {
    const seen = await conversation(t.applicant, caseId);
    expect(seen.body.openRequest).toMatchObject({ body: ASK, dueDate: '2026-12-15' });
    expect(seen.body.actions).toEqual({ requestCompletion: false, write: true, answer: true });
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/my/completion-requests', headers: t.applicant });
    expect(mine.json<{ items: { caseId: string; diaryNumber: string }[] }>().items).toEqual([
      expect.objectContaining({ caseId, diaryNumber, body: ASK, dueDate: '2026-12-15' }),
    ]);
    const theirs = await t.app.inject({
      method: 'GET',
      url: '/api/v1/my/completion-requests',
      headers: t.otherApplicant,
    });
    expect(theirs.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('keeps the case in the officer’s inbox while it waits for the completion', async () => {
    const inbox = async (query: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/inbox${query}`, headers: t.officer })).json<{
        items: { id: string; status: string; diaryNumber: string }[];
      }>().items;
    expect(await inbox('')).toContainEqual(expect.objectContaining({ id: caseId, status: 'draft', diaryNumber }));
    expect((await inbox('?status=draft')).map((i) => i.id)).toContain(caseId);
    expect((await inbox('?status=submitted')).map((i) => i.id)).not.toContain(caseId);
  });

  it('takes the answer and the completed files, and the resubmission keeps the diary number', async () => {
    const request = (await conversation(t.applicant, caseId)).body.openRequest!;
    const answer = await write(t.applicant, caseId, { body: 'Budgetunderlaget är bifogat.', replyToId: request.id });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json<Message>()).toMatchObject({ kind: 'completion_answer', fromFunder: false });
    const file = await t.upload(t.applicant, caseId, samples.csv(), { filename: 'budgetunderlag.csv' });
    expect(file.statusCode).toBe(201);

    const again = await t.submit(caseId);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ diaryNumber: string; status: string }>()).toEqual({
      diaryNumber,
      status: 'submitted',
      warnings: [],
    });
    const seen = await conversation(t.officer, caseId);
    expect(seen.body.caseStatus).toBe('submitted');
    expect(seen.body.openRequest).toBeNull();
    expect(seen.body.items.find((m) => m.kind === 'completion_request')!.answeredAt).not.toBeNull();

    const mails = await mailsAbout(caseId);
    const received = mails.find((m) => m.subject.startsWith('Komplettering inkommen'))!;
    expect(received.to).toEqual(['handlaggare@regionvasterbotten.example']);
    expect(received.bodyText).toContain('Budgetunderlaget är bifogat.');
  });

  it('puts the request, the answer, the file and the completion on the timeline', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/timeline`, headers: t.officer });
    const items = res.json<{ items: { action: string; filename?: string }[] }>().items;
    const actions = items.map((i) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'application.completion_requested',
        'case_message.completion_answered',
        'attachment.added',
        'application.completion_received',
      ]),
    );
    expect(items.find((i) => i.action === 'attachment.added')!.filename).toBe('budgetunderlag.csv');
    expect(actions).not.toContain('document.attachment');
    const numbered = actions.filter((a) => a === 'application.submitted');
    expect(numbered).toHaveLength(2);
  });

  it('can ask again, and refuses to ask of a case that is not with the officer', async () => {
    const { caseVersion } = (await conversation(t.officer, caseId)).body;
    const second = await askForCompletion(t.officer, caseId, {
      message: 'En sak till.',
      dueDate: '2026-12-20',
      version: caseVersion,
    });
    expect(second.statusCode).toBe(201);
    const third = await askForCompletion(t.officer, caseId, {
      message: 'Och en till.',
      dueDate: '2026-12-20',
      version: second.json<Conversation>().caseVersion,
    });
    expect(third.statusCode).toBe(409);
  });
});

describe('plain messages either way', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await t.draft();
  });

  it('waits for the case to be submitted before the applicant can write', async () => {
    expect((await write(t.applicant, caseId, { body: 'Hej!' })).statusCode).toBe(409);
    expect((await write(t.officer, caseId, { body: 'Hej!' })).statusCode).toBe(404);
    expect((await t.submit(caseId)).statusCode).toBe(200);
  });

  it('mails a message from the officer to the applicant and the applicant’s to the funder’s contact', async () => {
    expect((await write(t.officer, caseId, { body: 'Vi har tagit emot ansökan.' })).statusCode).toBe(201);
    const reply = await write(t.applicant, caseId, { body: 'Tack!' });
    expect(reply.json<Message>()).toMatchObject({ kind: 'message', author: 'Sara Sökandesson', fromFunder: false });
    const mails = await mailsAbout(caseId);
    expect(mails.map((m) => m.to)).toContainEqual(['sokande@umu.example']);
    expect(mails.find((m) => m.bodyText.includes('Vi har tagit emot ansökan.'))!.to).toEqual(['sokande@umu.example']);
    // The case has no officer yet and the funder no contact: the officer who wrote is told.
    expect(mails.find((m) => m.bodyText.includes('Tack!'))!.to).toEqual(['handlaggare@regionvasterbotten.example']);
  });

  it('answers outsiders 404 and rejects a reply to a message of another case', async () => {
    expect((await conversation(t.otherApplicant, caseId)).statusCode).toBe(404);
    expect((await conversation(t.otherFunderOfficer, caseId)).statusCode).toBe(404);
    expect((await write(t.otherFunderOfficer, caseId, { body: 'Hej' })).statusCode).toBe(404);
    expect((await write(t.chair, caseId, { body: 'Hej' })).statusCode).toBe(403);
    const res = await write(t.applicant, caseId, { body: 'Svar', replyToId: randomUUID() });
    expect(res.statusCode).toBe(422);
    expect((await write(t.applicant, caseId, { body: 'a\u0000b' })).statusCode).toBe(400);
  });

  it('keeps the audit trail whole', async () => {
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});

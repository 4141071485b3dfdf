// The test app of the attachment and message tests: the demo portfolio, a document store of its own, an
// upload limit small enough to test, and the people who must and must not reach a case. Not used by the
// application itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { completeApplication, funderIdByName } from '../../../../../tests/support/applications.js';
import { loginAs, testClock, TEST_PASSWORD } from '../../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../../tests/support/db.js';
import { createApp } from '../../../app.js';
import type { Database, Executor } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { LocalDiskDocumentStore } from '../../../documents/document-store.js';
import { hashPassword } from '../../auth/passwords.js';
import { makeApplicantOfOtherOrganization } from '../../decisions/testing/case-builder.js';

export type Headers = Record<string, string>;
export const TEST_UPLOAD_LIMIT = 64 * 1024;

/** Another funder with a case officer of its own: it must see nothing of Region Västerbotten's cases. */
async function makeOtherFunderOfficer(db: Executor, passwordHash: string): Promise<string> {
  const tag = randomBytes(4).toString('hex');
  const [org] = await db
    .insert(s.organizations)
    .values({ name: `Annan region ${tag}`, type: 'region' })
    .returning();
  await db.insert(s.funders).values({
    organizationId: org!.id,
    committeeName: 'Annan nämnd',
    diaryNumberFormat: 'ANN {year}/{seq}',
  });
  const email = `handlaggare-${tag}@annan.example`;
  const [user] = await db
    .insert(s.users)
    .values({ email, displayName: 'Annan Handläggare', passwordHash, organizationId: org!.id })
    .returning();
  await db.insert(s.roleGrants).values({ userId: user!.id, role: 'case_officer', organizationId: org!.id });
  return email;
}

export interface AttachmentTestApp {
  app: FastifyInstance;
  database: Database;
  applicant: Headers;
  otherApplicant: Headers;
  officer: Headers;
  /** Staff of the funder who is not a case officer (a decision maker). */
  chair: Headers;
  otherFunderOfficer: Headers;
  funderId: string;
  /** A new draft application of the demo applicant (Umeå universitet), complete enough to submit. */
  draft(): Promise<string>;
  submit(caseId: string): Promise<{ statusCode: number; body: string; json: <T>() => T }>;
  upload(
    headers: Headers,
    caseId: string,
    bytes: Buffer,
    query: Record<string, string>,
    contentType?: string,
  ): Promise<{ statusCode: number; body: string; json: <T>() => T }>;
  close(): Promise<void>;
}

export async function createAttachmentTestApp(): Promise<AttachmentTestApp> {
  const database = await createTestDatabase({ demo: true });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bidra-attachments-'));
  const app = await createApp({
    database,
    clock: testClock,
    logLevel: false,
    documentStore: new LocalDiskDocumentStore(dir),
    maxUploadBytes: TEST_UPLOAD_LIMIT,
    publicUrl: 'https://bidra.example',
  });
  const hash = await hashPassword(TEST_PASSWORD);
  const other = await makeApplicantOfOtherOrganization(database.db, hash);
  const otherOfficerEmail = await makeOtherFunderOfficer(database.db, hash);
  const [applicant, otherApplicant, officer, chair, otherFunderOfficer] = await Promise.all(
    [
      'sokande@umu.example',
      other.email,
      'handlaggare@regionvasterbotten.example',
      'ordforande@regionvasterbotten.example',
      otherOfficerEmail,
    ].map(async (email) => (await loginAs(app, email)).headers),
  );
  const funderId = await funderIdByName(app, applicant!, 'Region Västerbotten');
  const versionOf = async (caseId: string) => {
    const [row] = await database.db.select({ version: s.cases.version }).from(s.cases).where(eq(s.cases.id, caseId));
    return row!.version;
  };
  return {
    app,
    database,
    applicant: applicant!,
    otherApplicant: otherApplicant!,
    officer: officer!,
    chair: chair!,
    otherFunderOfficer: otherFunderOfficer!,
    funderId,
    draft: async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant!,
        payload: { funderId, content: completeApplication() },
      });
      if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`);
      return res.json<{ caseId: string }>().caseId;
    },
    submit: async (caseId) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/applications/${caseId}/submit`,
        headers: applicant!,
        payload: { version: await versionOf(caseId) },
      }),
    upload: (headers, caseId, bytes, query, contentType = 'application/octet-stream') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/attachments?${new URLSearchParams(query).toString()}`,
        headers: { ...headers, 'content-type': contentType },
        payload: bytes,
      }),
    close: async () => {
      await app.close();
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

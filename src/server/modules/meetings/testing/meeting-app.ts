// A test app for the meeting tests: the demo portfolio, a document store of its own and a clock the test
// moves forward (meetings are held on their day). Not used by the application itself.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { adjustableClock, loginAs, type AdjustableClock } from '../../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../../tests/support/db.js';
import { createApp } from '../../../app.js';
import type { Database } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { LocalDiskDocumentStore } from '../../../documents/document-store.js';
import { demoFixtures, makeAppropriation, makeSubmittedCase } from '../../decisions/testing/case-builder.js';

export type Headers = Record<string, string>;

export const EMAILS = {
  officer: 'handlaggare@regionvasterbotten.example',
  chair: 'ordforande@regionvasterbotten.example',
  /** The head of unit, who holds point 1.1 of the demo's delegation order (grants up to 1 200 000 kr). */
  head: 'verksamhetschef@regionvasterbotten.example',
  communications: 'kommunikation@regionvasterbotten.example',
  finance: 'ekonomi@regionvasterbotten.example',
  applicant: 'sokande@umu.example',
} as const;

export interface MeetingTestApp {
  app: FastifyInstance;
  database: Database;
  clock: AdjustableClock;
  fixtures: Awaited<ReturnType<typeof demoFixtures>>;
  /** Signs in again (sessions do not outlive a clock moved on by months). */
  as(who: keyof typeof EMAILS): Promise<Headers>;
  /** Moves the clock to 09:00 UTC of a day. */
  setDay(day: string): void;
  close(): Promise<void>;
}

export async function createMeetingTestApp(): Promise<MeetingTestApp> {
  const database = await createTestDatabase({ demo: true });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bidra-meetings-'));
  const clock = adjustableClock('2026-11-24T09:00:00Z');
  const app = await createApp({ database, clock, logLevel: false, documentStore: new LocalDiskDocumentStore(dir) });
  const fixtures = await demoFixtures(database.db);
  return {
    app,
    database,
    clock,
    fixtures,
    as: async (who) => (await loginAs(app, EMAILS[who])).headers,
    setDay: (day) => clock.advance(new Date(`${day}T09:00:00Z`).getTime() - clock.now().getTime()),
    close: async () => {
      await app.close();
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An appropriation with room for the test's grants in 2026 and 2027. */
export async function roomyAppropriation(t: MeetingTestApp): Promise<string> {
  const a = await makeAppropriation(t.database.db, {
    funderId: t.fixtures.funder.id,
    year: 2026,
    budgetOre: 50_000_000_00,
  });
  await t.database.db
    .insert(s.appropriationYears)
    .values({ appropriationId: a.id, year: 2027, budgetOre: 50_000_000_00 });
  return a.id;
}

/**
 * A grant decided by the chair on delegation point 1.1 on the clock's day: drafted and proposed by the
 * officer, approved by the chair, through the API. Returns the decision id.
 */
export async function approveDelegatedGrant(
  t: MeetingTestApp,
  appropriationId: string,
  title: string,
  amountKr = 400_000,
): Promise<string> {
  const db = t.database.db;
  const kase = await makeSubmittedCase(db, {
    funderId: t.fixtures.funder.id,
    organizationId: t.fixtures.umu.id,
    title,
  });
  await db.update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  const [officer, head] = [await t.as('officer'), await t.as('head')];
  const created = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${kase.id}/decisions`,
    headers: officer,
    payload: {
      kind: 'grant',
      amountOre: amountKr * 100,
      maxShareBp: 5000,
      approvedCostsOre: amountKr * 200,
      period: { start: '2027-01-01', end: '2028-12-31' },
      legalBasis: ['2003:596'],
      appropriationId,
      reasons: 'Projektet bidrar till RUS delprioritering 3.1.',
      decidedBy: t.fixtures.head.id,
      delegationPoint: '1.1',
      meetingId: null,
    },
  });
  if (created.statusCode !== 201) throw new Error(`draft: ${created.statusCode} ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const proposed = await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${id}/propose`, headers: officer });
  if (proposed.statusCode !== 200) throw new Error(`propose: ${proposed.statusCode} ${proposed.body}`);
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/decisions/${id}/approve`,
    headers: head,
    payload: {},
  });
  if (approved.statusCode !== 200) throw new Error(`approve: ${approved.statusCode} ${approved.body}`);
  return id;
}

/** Text of a PDF as a reader copies it, every run of spaces (ordinary or non-breaking) as one space. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const { extractText } = await import('unpdf');
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ');
}

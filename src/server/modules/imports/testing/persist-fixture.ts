// The reviewed-import tests' database: a funder (Region Västerbotten, diary numbers "RUN {year}/{seq}")
// with appropriation 1:1, a document store in a temporary directory, and helpers to read what an import
// wrote. Not used by the application itself.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { testClock } from '../../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../../tests/support/db.js';
import type { Database } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { LocalDiskDocumentStore } from '../../../documents/document-store.js';
import { projectRoot } from '../../../paths.js';
import { emptyDecision, emptyProject, type ExtractedProject, type Extraction } from '../../../../import/contract.js';
import { ImportSession } from '../persist.js';

export const SEEDS = path.join(projectRoot(), 'tests', 'fixtures', 'import', 'seeds');
export const seed = (name: string) => readFile(path.join(SEEDS, name));

export interface ImportFixture {
  database: Database;
  store: LocalDiskDocumentStore;
  funder: s.Funder;
  appropriation: s.Appropriation;
  session(): ImportSession;
  /** Rows in every table the import writes, and the audit trail's length. */
  rowCounts(): Promise<Record<string, number>>;
  sourceOf(id: string): Promise<s.ImportedSource>;
}

/** Registers the file's database set-up and tear-down; the fixture's fields are there inside the tests. */
export function importFixture(): ImportFixture {
  let storeDir = '';
  const fx = {
    session: () => new ImportSession({ db: fx.database.db, store: fx.store, clock: testClock }, fx.funder, 1),
    async rowCounts() {
      const tables = {
        organizations: s.organizations,
        projects: s.projects,
        cases: s.cases,
        caseExternalIds: s.caseExternalIds,
        decisions: s.decisions,
        activityPlans: s.activityPlans,
        activities: s.activities,
        documents: s.documents,
        importedSources: s.importedSources,
        importRuns: s.importRuns,
        auditEvents: s.auditEvents,
      };
      const out: Record<string, number> = {};
      for (const [name, table] of Object.entries(tables)) {
        const [row] = await fx.database.db.select({ n: count() }).from(table);
        out[name] = row?.n ?? 0;
      }
      return out;
    },
    async sourceOf(id: string) {
      const [row] = await fx.database.db.select().from(s.importedSources).where(eq(s.importedSources.id, id));
      return row!;
    },
  } as ImportFixture;

  beforeAll(async () => {
    fx.database = await createTestDatabase();
    storeDir = await mkdtemp(path.join(tmpdir(), 'bidra-import-'));
    fx.store = new LocalDiskDocumentStore(storeDir);
    const db = fx.database.db;
    const [rvb] = await db
      .insert(s.organizations)
      .values({ name: 'Region Västerbotten', orgNumber: '232100-0222', type: 'region' })
      .returning();
    [fx.funder] = (await db
      .insert(s.funders)
      .values({
        organizationId: rvb!.id,
        committeeName: 'Regionala utvecklingsnämnden',
        diaryNumberFormat: 'RUN {year}/{seq}',
      })
      .returning()) as [s.Funder];
    [fx.appropriation] = (await db
      .insert(s.appropriations)
      .values({ funderId: fx.funder.id, code: '1:1', name: 'Regionala tillväxtåtgärder', expenditureArea: 'UO 19' })
      .returning()) as [s.Appropriation];
  });
  afterAll(async () => {
    await fx.database.close();
    await rm(storeDir, { recursive: true, force: true });
  });
  return fx;
}

export function extraction(genre: Extraction['genre'], file: string, parts: Partial<Extraction> = {}): Extraction {
  return {
    file,
    genre,
    confidence: 0.9,
    decision: emptyDecision(),
    projects: [],
    recipients: [],
    allocation: null,
    headlineTotalSek: null,
    warnings: [],
    ...parts,
  };
}

export const project = (name: string, parts: Partial<ExtractedProject>): ExtractedProject => ({
  ...emptyProject(name),
  ...parts,
});

export const idsOf = (created: { type: string; id: string }[], type: string) =>
  created.filter((e) => e.type === type).map((e) => e.id);

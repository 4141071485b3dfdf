import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Clock } from '../../domain/index.js';
import { appendAudit, systemActor } from '../../server/audit/audit.js';
import type { Database } from '../../server/db/client.js';
import * as s from '../../server/db/schema/index.js';
import { round } from '../measure.js';
import { BATCH_TABLES, rowsIn, type PortfolioBatch } from './batch.js';
import type { PortfolioGenerator } from './generator.js';
import { insertRows, rawTransaction, type RawSession } from './raw-session.js';
import type { ReferenceRows } from './reference.js';

export interface PortfolioCounts {
  projects: number;
  activities: number;
  paymentRequests: number;
  organisations: number;
  cases: number;
  decisions: number;
  rows: number;
}

export interface LoadResult {
  counts: PortfolioCounts;
  /** Generating and inserting, from the first row to the last commit. */
  seconds: number;
  rowsPerSecond: number;
  /** Of `seconds`, the time spent making the rows in JavaScript. */
  generateSeconds: number;
  /** ANALYZE after the load, so the planner knows the tables' sizes (PGlite has no autovacuum). */
  analyzeSeconds: number;
}

/** Projects per transaction: about 40 000 rows at ten activities and three payment requests each. */
export const PROJECTS_PER_BATCH = 1000;
const TABLES: { [K in keyof PortfolioBatch]: PgTable } = {
  projects: s.projects,
  projectMunicipalities: s.projectMunicipalities,
  activityPlans: s.activityPlans,
  activities: s.activities,
  cases: s.cases,
  decisions: s.decisions,
  paymentRequests: s.paymentRequests,
  paymentRequestCosts: s.paymentRequestCosts,
  payments: s.payments,
};

const REFERENCE_TABLES: { [K in keyof ReferenceRows]: PgTable } = {
  municipalities: s.municipalities,
  organizations: s.organizations,
  funders: s.funders,
  users: s.users,
  roleGrants: s.roleGrants,
  strategies: s.strategies,
  priorities: s.priorities,
  assessmentAspects: s.assessmentAspects,
  appropriations: s.appropriations,
  appropriationYears: s.appropriationYears,
  programmes: s.programmes,
};

/**
 * Loads a generated portfolio straight into the tables: multi-row INSERTs, one transaction per batch of
 * projects. A synthetic portfolio writes no audit event per row (the use cases that make real records
 * do); one event records the load itself. Activity plans are linked to the decisions that approved them
 * after both exist, through the one change the freeze trigger allows on an approved plan.
 */
export async function loadPortfolio(
  database: Database,
  generator: PortfolioGenerator,
  clock: Clock,
  onProgress?: (projectsDone: number, rowsDone: number) => void,
): Promise<LoadResult> {
  const { db } = database;
  const started = performance.now();
  let generateMs = 0;
  const counts: PortfolioCounts = {
    projects: 0,
    activities: 0,
    paymentRequests: 0,
    organisations: generator.reference.rows.organizations.length,
    cases: 0,
    decisions: 0,
    rows: 0,
  };
  await rawTransaction(database, async (session) => {
    for (const [name, table] of Object.entries(REFERENCE_TABLES)) {
      const rows = generator.reference.rows[name as keyof ReferenceRows];
      await insertRows(session, table, rows);
      counts.rows += rows.length;
    }
  });

  const batches = generator.batches(PROJECTS_PER_BATCH);
  for (;;) {
    const t0 = performance.now();
    const next = batches.next();
    generateMs += performance.now() - t0;
    if (next.done) break;
    const batch = next.value;
    await rawTransaction(database, async (session) => {
      for (const name of BATCH_TABLES) {
        await insertRows(session, TABLES[name], batch[name]);
        if (name === 'decisions') await linkPlansToDecisions(session, batch);
      }
    });
    counts.projects += batch.projectCount;
    counts.activities += batch.activities.length;
    counts.paymentRequests += batch.paymentRequests.length;
    counts.cases += batch.cases.length;
    counts.decisions += batch.decisions.length;
    counts.rows += rowsIn(batch);
    onProgress?.(counts.projects, counts.rows);
  }
  const sequences = generator.diarySequences();
  await rawTransaction(database, (session) => insertRows(session, s.diarySequences, sequences));
  await db.transaction(async (tx) => {
    await appendAudit(tx, clock, systemActor('bidra bench'), {
      action: 'bench.portfolio_loaded',
      entityType: 'bench_portfolio',
      entityId: String(generator.spec.seed),
      after: { spec: generator.spec, counts, note: 'synthetic rows inserted directly, without an audit event each' },
    });
  });
  counts.rows += sequences.length;
  const seconds = (performance.now() - started) / 1000;

  const analyzeStarted = performance.now();
  await db.execute(sql`ANALYZE`);
  const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
  return {
    counts,
    seconds: round(seconds),
    rowsPerSecond: Math.round(counts.rows / seconds),
    generateSeconds: round(generateMs / 1000),
    analyzeSeconds: round(analyzeSeconds),
  };
}

/** activity_plans.decision_id of the batch's plans, from the grant decisions that name them. */
async function linkPlansToDecisions(session: RawSession, batch: PortfolioBatch): Promise<void> {
  const ids = batch.activityPlans.map((p) => p.id!);
  if (ids.length === 0) return;
  await session.query(
    `UPDATE activity_plans SET decision_id = d.id FROM decisions d
     WHERE d.activity_plan_id = activity_plans.id AND activity_plans.id = ANY($1::uuid[])`,
    [`{${ids.join(',')}}`],
  );
}

import type * as s from '../../server/db/schema/index.js';
import type { LocalDate } from '../../domain/index.js';
import type { FunderRef } from './reference.js';
import type { Random } from './random.js';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/**
 * Rows of a run of generated projects, in the order they can be inserted: each table's rows point only at
 * rows of the tables before it (activity plans are linked to their decisions afterwards, see load.ts).
 */
export interface PortfolioBatch {
  projects: Insert<typeof s.projects>[];
  projectMunicipalities: Insert<typeof s.projectMunicipalities>[];
  activityPlans: Insert<typeof s.activityPlans>[];
  activities: Insert<typeof s.activities>[];
  cases: Insert<typeof s.cases>[];
  decisions: Insert<typeof s.decisions>[];
  paymentRequests: Insert<typeof s.paymentRequests>[];
  paymentRequestCosts: Insert<typeof s.paymentRequestCosts>[];
  payments: Insert<typeof s.payments>[];
}

export const BATCH_TABLES = [
  'projects',
  'projectMunicipalities',
  'activityPlans',
  'activities',
  'cases',
  'decisions',
  'paymentRequests',
  'paymentRequestCosts',
  'payments',
] as const satisfies readonly (keyof PortfolioBatch)[];

export const emptyBatch = (): PortfolioBatch => ({
  projects: [],
  projectMunicipalities: [],
  activityPlans: [],
  activities: [],
  cases: [],
  decisions: [],
  paymentRequests: [],
  paymentRequestCosts: [],
  payments: [],
});

export const rowsIn = (b: PortfolioBatch): number => BATCH_TABLES.reduce((n, t) => n + b[t].length, 0);

/** What generating one project needs besides the random numbers: where to put rows, diary numbers. */
export interface GenerationContext {
  rng: Random;
  batch: PortfolioBatch;
  /** The day the portfolio is seen from: what is later has not happened yet. */
  asOf: LocalDate;
  /** The funder's next diary number for the year the case arrived. */
  diaryNumber(funder: FunderRef, year: number): string;
}

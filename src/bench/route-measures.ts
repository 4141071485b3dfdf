import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import type { Clock } from '../domain/index.js';
import { appendAudit } from '../server/audit/audit.js';
import type { Db } from '../server/db/client.js';
import { cases, funders, paymentRequestCosts, paymentRequests } from '../server/db/schema/index.js';
import { listInbox, type InboxQuery } from '../server/modules/cases/inbox.repository.js';
import { decisionsOfCase, organizationName } from '../server/modules/cases/workspace.repository.js';
import { lockProject } from '../server/modules/shared/project-scope.js';
import {
  grantedByMunicipality,
  grantedByOwnerType,
  grantedByPriority,
  grantedByYear,
  grantedTotal,
} from '../server/modules/portfolio/portfolio.repository.js';
import { listPublicProjects } from '../server/modules/public/public.repository.js';
import type { BenchApp, BenchTargets } from './bench-app.js';
import { round, sampleLatency, sampleThroughput, type Budget } from './measure.js';

export const MEASURE_KEYS = ['inbox', 'portfolio', 'search', 'casePage', 'paymentWrite'] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export const MEASURE_LABELS: Record<MeasureKey, string> = {
  inbox: 'Inkorg / officer inbox',
  portfolio: 'Portfölj / dashboard aggregates',
  search: 'Sök / public search',
  casePage: 'Ärendesida / case page',
  paymentWrite: 'Begäran, utkast / payment request write',
};

export interface MeasureResult {
  route: string;
  /** What every measured request answered (anything else stops the run). */
  status: number;
  p50Ms: number;
  p99Ms: number;
  samples: number;
  /** Requests completed per second with `concurrency` in flight. */
  perSecond: number;
  floorSqlP50Ms: number;
  floorFrameworkP50Ms: number;
  ratioToSql: number;
  ratioToFramework: number;
  /** SQL statements one request sends, and the floor's. */
  statements: { route: number; floorSql: number };
}

interface MeasureDef {
  route: string;
  method: 'GET' | 'POST';
  status: number;
  request(i: number): Omit<InjectOptions, 'method'>;
  /** The route's main SQL with the same parameters, run directly on the database: no HTTP, session or JSON. */
  floorSql(i: number): Promise<unknown>;
}

export const SEARCH_QUERIES = [
  'digitalisering',
  'vätgas',
  'kompetensförsörjning',
  'besöksnäring Skellefteå',
  'life science',
];
const INBOX_VARIANTS: {
  query: Record<string, string>;
  q: Omit<InboxQuery, 'funderIds' | 'limit' | 'offset'>;
  page: number;
}[] = [
  { query: {}, q: {}, page: 1 },
  { query: { status: 'in_assessment' }, q: { status: 'in_assessment' }, page: 1 },
  { query: { assigned: 'unassigned' }, q: { assigned: 'unassigned' }, page: 1 },
  { query: { page: '2' }, q: {}, page: 2 },
];
const PORTFOLIO_YEARS = [undefined, 2024];
const REQUEST_BODY = {
  kind: 'interim' as const,
  period: { start: '2026-01-01', end: '2026-06-30' },
  costs: [
    { category: 'staff' as const, claimedOre: 25_000_000 },
    { category: 'external_services' as const, claimedOre: 4_000_000 },
  ],
};

const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

function definitions(db: Db, clock: Clock, t: BenchTargets): Record<MeasureKey, MeasureDef> {
  const officer = t.officer.headers;
  return {
    inbox: {
      route: 'GET /api/v1/inbox',
      method: 'GET',
      status: 200,
      request: (i) => ({ url: '/api/v1/inbox', query: at(INBOX_VARIANTS, i).query, headers: officer }),
      floorSql: (i) => {
        const v = at(INBOX_VARIANTS, i);
        return listInbox(db, { funderIds: t.funderIds, ...v.q, limit: 25, offset: (v.page - 1) * 25 });
      },
    },
    portfolio: {
      route: 'GET /api/v1/portfolio',
      method: 'GET',
      status: 200,
      request: (i) => {
        const year = at(PORTFOLIO_YEARS, i);
        const query: Record<string, string> = year ? { year: String(year) } : {};
        return { url: '/api/v1/portfolio', query, headers: officer };
      },
      floorSql: async (i) => {
        const f = { funderIds: t.funderIds, year: at(PORTFOLIO_YEARS, i) };
        await grantedTotal(db, f);
        await grantedByPriority(db, f);
        await grantedByYear(db, f);
        await grantedByMunicipality(db, f);
        await grantedByOwnerType(db, f);
      },
    },
    search: {
      route: 'GET /api/v1/public/projects?q=…',
      method: 'GET',
      status: 200,
      request: (i) => ({ url: '/api/v1/public/projects', query: { q: at(SEARCH_QUERIES, i) } }),
      floorSql: (i) => listPublicProjects(db, { q: at(SEARCH_QUERIES, i), limit: 20, offset: 0 }),
    },
    casePage: {
      route: 'GET /api/v1/cases/:id/workspace',
      method: 'GET',
      status: 200,
      request: (i) => ({ url: `/api/v1/cases/${at(t.caseIds, i)}/workspace`, headers: officer }),
      // The case's own rows: the case with its funder, the applicant, the decisions.
      floorSql: async (i) => {
        const [row] = await db
          .select({ kase: cases, funder: funders })
          .from(cases)
          .innerJoin(funders, eq(funders.id, cases.funderId))
          .where(eq(cases.id, at(t.caseIds, i)));
        await organizationName(db, row!.kase.applicantOrganizationId);
        await decisionsOfCase(db, row!.kase.id);
      },
    },
    paymentWrite: {
      route: 'POST /api/v1/projects/:id/payment-requests',
      method: 'POST',
      status: 201,
      request: (i) => ({
        url: `/api/v1/projects/${at(t.projectIds, i)}/payment-requests`,
        payload: REQUEST_BODY,
        headers: t.applicant.headers,
      }),
      // One transaction: lock the project, insert the draft and its costs, append the audit event.
      floorSql: (i) =>
        db.transaction(async (tx) => {
          const projectId = at(t.projectIds, i);
          await lockProject(tx, projectId);
          const now = clock.now();
          const [row] = await tx
            .insert(paymentRequests)
            .values({
              projectId,
              kind: REQUEST_BODY.kind,
              periodStart: REQUEST_BODY.period.start,
              periodEnd: REQUEST_BODY.period.end,
              status: 'draft',
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          await tx.insert(paymentRequestCosts).values(
            REQUEST_BODY.costs.map((c) => ({
              paymentRequestId: row!.id,
              costCategory: c.category,
              claimedOre: c.claimedOre,
            })),
          );
          await appendAudit(
            tx,
            clock,
            { userId: t.applicant.userId, label: 'Bänk Sökande' },
            {
              action: 'payment_request.created',
              entityType: 'payment_request',
              entityId: row!.id,
              after: { ...row, costs: REQUEST_BODY.costs },
            },
          );
        }),
    },
  };
}

/** SQL statements one call sends through the counted database. */
async function statementsOf(bench: BenchApp, call: () => Promise<unknown>): Promise<number> {
  const before = bench.statements();
  await call();
  return bench.statements() - before;
}

/**
 * Each measure in turn: the route's latency one request at a time and its throughput with `concurrency`
 * in flight, both through fastify's `inject` (in-process, no sockets); then its floors — the route's SQL
 * run directly, and a minimal fastify route returning a constant, measured the same way.
 */
export async function runRouteMeasures(
  bench: BenchApp,
  clock: Clock,
  budget: Budget,
  onMeasure?: (key: MeasureKey) => void,
): Promise<Record<MeasureKey, MeasureResult>> {
  const defs = definitions(bench.database.db, clock, bench.targets);
  const floorGet = await sampleLatency(() => bench.floorApp.inject({ method: 'GET', url: '/floor' }), budget);
  const floorPost = await sampleLatency(
    () => bench.floorApp.inject({ method: 'POST', url: '/floor', payload: REQUEST_BODY }),
    budget,
  );
  const results = {} as Record<MeasureKey, MeasureResult>;
  for (const key of MEASURE_KEYS) {
    onMeasure?.(key);
    const def = defs[key];
    const call = async (i: number) => {
      const res = await bench.app.inject({ method: def.method, ...def.request(i) });
      if (res.statusCode !== def.status) {
        throw new Error(`${def.route} answered ${res.statusCode} instead of ${def.status}: ${res.body.slice(0, 400)}`);
      }
    };
    const routeStatements = await statementsOf(bench, () => call(0));
    const floorStatements = await statementsOf(bench, () => def.floorSql(0));
    const latency = await sampleLatency(call, budget);
    const perSecond = await sampleThroughput(call, budget);
    const floorSql = await sampleLatency((i) => def.floorSql(i), budget);
    const floorFramework = def.method === 'GET' ? floorGet : floorPost;
    results[key] = {
      route: def.route,
      status: def.status,
      p50Ms: latency.p50Ms,
      p99Ms: latency.p99Ms,
      samples: latency.samples,
      perSecond,
      floorSqlP50Ms: floorSql.p50Ms,
      floorFrameworkP50Ms: floorFramework.p50Ms,
      ratioToSql: round(latency.p50Ms / Math.max(floorSql.p50Ms, 0.001), 1),
      ratioToFramework: round(latency.p50Ms / Math.max(floorFramework.p50Ms, 0.001), 1),
      statements: { route: routeStatements, floorSql: floorStatements },
    };
  }
  return results;
}

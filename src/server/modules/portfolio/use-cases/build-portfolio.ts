import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { appropriations, calls, cases, decisions, priorities, strategies } from '../../../db/schema/index.js';
import { appropriationLabel, appropriationYears } from '../appropriations.repository.js';
import {
  compareCodes,
  grantedByMunicipality,
  grantedByOwnerType,
  grantedByPriority,
  grantedByYear,
  grantedProjectsQuery,
  grantedTotal,
  type PortfolioFilter,
} from '../portfolio.repository.js';

export interface PortfolioQuery {
  year?: number | undefined;
  priorityId?: string | undefined;
  appropriationId?: string | undefined;
  callId?: string | undefined;
}

/**
 * The portfolio dashboard's figures for the caller's funders. The filters narrow the granted projects by
 * their grant decision's year and appropriation and by priority (sub-priorities included); the table of
 * appropriations follows the year and appropriation filters only, because budgets and commitments are
 * kept per appropriation and year, not per priority.
 */
export async function buildPortfolio(db: Executor, funders: readonly { id: string }[], q: PortfolioQuery) {
  const filter: PortfolioFilter = { funderIds: funders.map((x) => x.id), ...q };
  // The granted projects are selected once, into a temporary table of this transaction, and the five
  // aggregates group that (one after the other: the embedded database has a single connection).
  const figures = await db.transaction(async (tx) => {
    await tx.execute(sql`DROP TABLE IF EXISTS pg_temp.portfolio_selected`);
    // Made empty and then filled: CREATE TABLE … AS takes no bound parameters, INSERT does.
    await tx.execute(sql`CREATE TEMPORARY TABLE portfolio_selected (
      project_id uuid, granted_ore bigint, priority_id uuid, owner_organization_id uuid, year int, appropriation_id uuid
    ) ON COMMIT DROP`);
    await tx.execute(sql`INSERT INTO portfolio_selected ${grantedProjectsQuery(filter)}`);
    const f: PortfolioFilter = { ...filter, selected: sql`SELECT * FROM portfolio_selected` };
    return {
      total: await grantedTotal(tx, f),
      byPriority: await grantedByPriority(tx, f),
      byYear: await grantedByYear(tx, f),
      byMunicipality: await grantedByMunicipality(tx, f),
      byOwnerType: await grantedByOwnerType(tx, f),
    };
  });
  const byAppropriation = (await appropriationYears(db, filter)).map((r) => ({ ...r, label: appropriationLabel(r) }));
  return {
    filters: {
      year: q.year ?? null,
      priorityId: q.priorityId ?? null,
      appropriationId: q.appropriationId ?? null,
      callId: q.callId ?? null,
    },
    ...figures,
    byAppropriation,
    options: await filterOptions(db, filter.funderIds),
  };
}

export type Portfolio = Awaited<ReturnType<typeof buildPortfolio>>;

/** What the filters can choose from: the funders' decision years, priorities, appropriations and calls. */
async function filterOptions(db: Executor, funderIds: readonly string[]) {
  const ids = [...funderIds];
  const year = sql<number>`extract(year from ${decisions.decisionDate})::int`;
  const years = await db
    .selectDistinct({ year })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .where(
      and(
        eq(decisions.kind, 'grant'),
        isNotNull(decisions.approvedAt),
        isNotNull(decisions.decisionDate),
        inArray(cases.funderId, ids),
      ),
    );
  const prios = await db
    .select({ id: priorities.id, code: priorities.code, title: priorities.title })
    .from(priorities)
    .innerJoin(strategies, eq(strategies.id, priorities.strategyId))
    .where(inArray(strategies.funderId, ids));
  const approps = await db
    .select({
      id: appropriations.id,
      code: appropriations.code,
      name: appropriations.name,
      expenditureArea: appropriations.expenditureArea,
    })
    .from(appropriations)
    .where(inArray(appropriations.funderId, ids))
    .orderBy(asc(appropriations.code));
  const callRows = await db
    .select({ id: calls.id, title: calls.title })
    .from(calls)
    .where(inArray(calls.funderId, ids))
    .orderBy(desc(calls.opensAt), asc(calls.title));
  return {
    years: years.map((y) => Number(y.year)).sort((a, b) => a - b),
    calls: callRows,
    priorities: prios.sort((a, b) => compareCodes(a.code, b.code)),
    appropriations: approps.map((a) => ({ id: a.id, label: appropriationLabel(a) })),
  };
}

import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { appropriations, cases, decisions, priorities, strategies } from '../../../db/schema/index.js';
import { appropriationLabel, appropriationYears } from '../appropriations.repository.js';
import {
  compareCodes,
  grantedByMunicipality,
  grantedByOwnerType,
  grantedByPriority,
  grantedByYear,
  grantedTotal,
  type PortfolioFilter,
} from '../portfolio.repository.js';

export interface PortfolioQuery {
  year?: number | undefined;
  priorityId?: string | undefined;
  appropriationId?: string | undefined;
}

/**
 * The portfolio dashboard's figures for the caller's funders. The filters narrow the granted projects by
 * their grant decision's year and appropriation and by priority (sub-priorities included); the table of
 * appropriations follows the year and appropriation filters only, because budgets and commitments are
 * kept per appropriation and year, not per priority.
 */
export async function buildPortfolio(db: Executor, funders: readonly { id: string }[], q: PortfolioQuery) {
  const f: PortfolioFilter = { funderIds: funders.map((x) => x.id), ...q };
  // One after the other: the embedded database has a single connection, and each is one grouped query.
  const total = await grantedTotal(db, f);
  const byPriority = await grantedByPriority(db, f);
  const byYear = await grantedByYear(db, f);
  const byMunicipality = await grantedByMunicipality(db, f);
  const byOwnerType = await grantedByOwnerType(db, f);
  const byAppropriation = (await appropriationYears(db, f)).map((r) => ({ ...r, label: appropriationLabel(r) }));
  return {
    filters: { year: q.year ?? null, priorityId: q.priorityId ?? null, appropriationId: q.appropriationId ?? null },
    total,
    byPriority,
    byYear,
    byMunicipality,
    byOwnerType,
    byAppropriation,
    options: await filterOptions(db, f.funderIds),
  };
}

export type Portfolio = Awaited<ReturnType<typeof buildPortfolio>>;

/** What the filters can choose from: the funders' decision years, priorities and appropriations. */
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
  return {
    years: years.map((y) => Number(y.year)).sort((a, b) => a - b),
    priorities: prios.sort((a, b) => compareCodes(a.code, b.code)),
    appropriations: approps.map((a) => ({ id: a.id, label: appropriationLabel(a) })),
  };
}

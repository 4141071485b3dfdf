import { inArray, sql, type SQL } from 'drizzle-orm';
import { OPEN_PROJECT_STATUSES } from '../../../domain/index.js';
import { queryRows, toNumber, type Executor } from '../../db/client.js';
import { appropriations, cases, projects } from '../../db/schema/index.js';
import { committedOnYear } from '../projects/commitments.repository.js';

/*
 * Commitments against budget per appropriation and year (docs/domain/rules.md, "Commitments against appropriations").
 * "Committed" is exactly what the decision checks compare with the year's budget: `committedOnYear` of the decisions
 * module, called here once per appropriation year, never recomputed. "Paid" is what finance has paid on those same
 * grants (approved grants drawn on the appropriation, decided that year, project neither closed nor withdrawn), summed
 * by one GROUP BY, so that paid ≤ committed and the two stack in one bar.
 */

export interface AppropriationFilter {
  funderIds: readonly string[];
  year?: number | undefined;
  appropriationId?: string | undefined;
}

export interface AppropriationYearRow {
  appropriationId: string;
  code: string;
  name: string;
  expenditureArea: string | null;
  year: number;
  /** Null when no budget is set for the year (the decision checks then count it as 0). */
  budgetOre: number | null;
  committedOre: number;
  paidOre: number;
  /** Budget (0 when none) minus committed; negative when overdrawn. */
  remainingOre: number;
}

/** What `committedOnYear` leaves out: nothing (the check of a new decision leaves out that decision). */
const NOTHING_EXCLUDED = '00000000-0000-0000-0000-000000000000';

export async function appropriationYears(db: Executor, f: AppropriationFilter): Promise<AppropriationYearRow[]> {
  const where: SQL[] = [inArray(appropriations.funderId, [...f.funderIds])];
  if (f.year !== undefined) where.push(sql`y.year = ${f.year}`);
  if (f.appropriationId !== undefined) where.push(sql`appropriations.id = ${f.appropriationId}`);
  // The years with a budget, and the years in which grants were drawn on it without one.
  const rows = await queryRows<{
    id: string;
    code: string;
    name: string;
    expenditure_area: string | null;
    year: unknown;
    budget_ore: unknown;
  }>(
    db,
    sql`SELECT appropriations.id, appropriations.code, appropriations.name, appropriations.expenditure_area,
               y.year, appropriation_years.budget_ore
        FROM appropriations
        JOIN (
          SELECT appropriation_id, year FROM appropriation_years
          UNION
          SELECT appropriation_id, extract(year from decision_date)::int FROM decisions
          WHERE kind = 'grant' AND approved_at IS NOT NULL AND appropriation_id IS NOT NULL
            AND decision_date IS NOT NULL
        ) AS y ON y.appropriation_id = appropriations.id
        LEFT JOIN appropriation_years
          ON appropriation_years.appropriation_id = appropriations.id AND appropriation_years.year = y.year
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY appropriations.expenditure_area NULLS LAST, appropriations.code, y.year`,
  );
  const paid = await paidOnCommitments(db, f);
  const out: AppropriationYearRow[] = [];
  for (const r of rows) {
    const year = toNumber(r.year);
    const budgetOre = r.budget_ore === null ? null : toNumber(r.budget_ore);
    const committedOre = await committedOnYear(db, r.id, year, NOTHING_EXCLUDED);
    out.push({
      appropriationId: r.id,
      code: r.code,
      name: r.name,
      expenditureArea: r.expenditure_area,
      year,
      budgetOre,
      committedOre,
      paidOre: paid.get(`${r.id}/${year}`) ?? 0,
      remainingOre: (budgetOre ?? 0) - committedOre,
    });
  }
  return out;
}

/** Payments on the committed grants, per appropriation and decision year, in one grouped query. */
async function paidOnCommitments(db: Executor, f: AppropriationFilter): Promise<Map<string, number>> {
  const rows = await queryRows<{ appropriation_id: string; year: unknown; paid_ore: unknown }>(
    db,
    sql`SELECT decisions.appropriation_id, extract(year from decisions.decision_date)::int AS year,
               sum(payments.amount_ore)::bigint AS paid_ore
        FROM decisions
        JOIN cases ON cases.id = decisions.case_id
        JOIN projects ON projects.id = decisions.project_id
        JOIN payments ON payments.project_id = decisions.project_id
        WHERE decisions.kind = 'grant' AND decisions.approved_at IS NOT NULL
          AND decisions.appropriation_id IS NOT NULL
          AND ${inArray(projects.status, [...OPEN_PROJECT_STATUSES])}
          AND ${inArray(cases.funderId, [...f.funderIds])}
          ${f.year === undefined ? sql`` : sql`AND extract(year from decisions.decision_date) = ${f.year}`}
          ${f.appropriationId === undefined ? sql`` : sql`AND decisions.appropriation_id = ${f.appropriationId}`}
        GROUP BY decisions.appropriation_id, extract(year from decisions.decision_date)`,
  );
  return new Map(rows.map((r) => [`${r.appropriation_id}/${toNumber(r.year)}`, toNumber(r.paid_ore)]));
}

/** "UO 19 anslag 1:1 Regionala tillväxtåtgärder", as the decision checks name an appropriation. */
export const appropriationLabel = (a: { expenditureArea: string | null; code: string; name: string }): string =>
  [a.expenditureArea, `anslag ${a.code}`, a.name].filter(Boolean).join(' ');

import { inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, toNumber, type Executor } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';

/*
 * The portfolio's aggregates (docs/domain/life-of-a-grant.md, "The web app"), each one GROUP BY in the database so that
 * the dashboard costs the same few queries at 100 000 projects as at ten (docs/scaling.md). A project counts once,
 * under its first approved grant decision of one of the caller's funders: the decision gives the year and the
 * appropriation; the amount is the project's snapshot of the decision in force (`projects.granted_ore`, refreshed by
 * every approval that can change it), so an amended amount is counted as amended.
 */

export interface PortfolioFilter {
  funderIds: readonly string[];
  /** The year of the grant decision. */
  year?: number | undefined;
  /** A priority; its sub-priorities are included. */
  priorityId?: string | undefined;
  appropriationId?: string | undefined;
  /** The call for proposals the project's application was made to. */
  callId?: string | undefined;
  /**
   * The granted projects already selected for this filter (e.g. a temporary table made from
   * `grantedProjectsQuery`), so that several aggregates of one view share one selection.
   */
  selected?: SQL | undefined;
}

export interface GroupRow {
  projectCount: number;
  grantedOre: number;
}

/** The granted projects that pass the filter: one row per project (project_id, granted_ore, …). */
function grantedProjects(f: PortfolioFilter): SQL {
  return f.selected ?? grantedProjectsQuery(f);
}

/** The query that selects the granted projects of a filter (what `selected` may hold the result of). */
export function grantedProjectsQuery(f: PortfolioFilter): SQL {
  const where: SQL[] = [sql`projects.granted_ore IS NOT NULL`];
  if (f.year !== undefined) where.push(sql`first_grant.year = ${f.year}`);
  if (f.appropriationId !== undefined) where.push(sql`first_grant.appropriation_id = ${f.appropriationId}`);
  if (f.callId !== undefined) where.push(sql`first_grant.call_id = ${f.callId}`);
  if (f.priorityId !== undefined) {
    where.push(sql`projects.priority_id IN (
      WITH RECURSIVE sub(id) AS (
        SELECT id FROM priorities WHERE id = ${f.priorityId}
        UNION ALL SELECT priorities.id FROM priorities JOIN sub ON priorities.parent_id = sub.id
      ) SELECT id FROM sub)`);
  }
  return sql`
    SELECT projects.id AS project_id, projects.granted_ore, projects.priority_id,
           projects.owner_organization_id, first_grant.year, first_grant.appropriation_id
    FROM (${firstGrants(f.funderIds)}) AS first_grant
    JOIN projects ON projects.id = first_grant.project_id
    WHERE ${sql.join(where, sql` AND `)}`;
}

/** Each project's first approved grant decision among the funders' cases (DISTINCT ON keeps one). */
function firstGrants(funderIds: readonly string[]): SQL {
  return sql`
    SELECT DISTINCT ON (decisions.project_id) decisions.project_id, decisions.appropriation_id,
           extract(year from decisions.decision_date)::int AS year, cases.call_id
    FROM decisions
    JOIN cases ON cases.id = decisions.case_id
    WHERE decisions.kind = 'grant' AND decisions.approved_at IS NOT NULL AND decisions.project_id IS NOT NULL
      AND ${inArray(cases.funderId, [...funderIds])}
    ORDER BY decisions.project_id, decisions.approved_at, decisions.id`;
}

const group = (r: { project_count: unknown; granted_ore: unknown }): GroupRow => ({
  projectCount: toNumber(r.project_count),
  grantedOre: toNumber(r.granted_ore),
});

export async function grantedTotal(db: Executor, f: PortfolioFilter): Promise<GroupRow> {
  const [row] = await queryRows<{ project_count: unknown; granted_ore: unknown }>(
    db,
    sql`SELECT count(*) AS project_count, coalesce(sum(g.granted_ore), 0)::bigint AS granted_ore
        FROM (${grantedProjects(f)}) AS g`,
  );
  return row ? group(row) : { projectCount: 0, grantedOre: 0 };
}

export async function grantedByPriority(db: Executor, f: PortfolioFilter) {
  const rows = await queryRows<{
    priority_id: string | null;
    code: string | null;
    title: string | null;
    project_count: unknown;
    granted_ore: unknown;
  }>(
    db,
    sql`SELECT priorities.id AS priority_id, priorities.code, priorities.title,
               count(*) AS project_count, sum(g.granted_ore)::bigint AS granted_ore
        FROM (${grantedProjects(f)}) AS g
        LEFT JOIN priorities ON priorities.id = g.priority_id
        GROUP BY priorities.id, priorities.code, priorities.title`,
  );
  return rows
    .map((r) => ({ priorityId: r.priority_id, code: r.code, title: r.title, ...group(r) }))
    .sort((a, b) => compareCodes(a.code, b.code));
}

export async function grantedByYear(db: Executor, f: PortfolioFilter) {
  const rows = await queryRows<{ year: unknown; project_count: unknown; granted_ore: unknown }>(
    db,
    sql`SELECT g.year, count(*) AS project_count, sum(g.granted_ore)::bigint AS granted_ore
        FROM (${grantedProjects(f)}) AS g
        GROUP BY g.year
        ORDER BY g.year NULLS LAST`,
  );
  return rows.map((r) => ({ year: r.year === null ? null : toNumber(r.year), ...group(r) }));
}

export async function grantedByOwnerType(db: Executor, f: PortfolioFilter) {
  const rows = await queryRows<{ type: string; project_count: unknown; granted_ore: unknown }>(
    db,
    sql`SELECT organizations.type::text AS type, count(*) AS project_count, sum(g.granted_ore)::bigint AS granted_ore
        FROM (${grantedProjects(f)}) AS g
        JOIN organizations ON organizations.id = g.owner_organization_id
        GROUP BY organizations.type
        ORDER BY sum(g.granted_ore) DESC, organizations.type`,
  );
  return rows.map((r) => ({ type: r.type, ...group(r) }));
}

/**
 * Granted per municipality. A project covering n municipalities is counted in each of them, and its
 * amount is split between them equally by the domain's largest-remainder rule (`splitByLargestRemainder`
 * with equal weights, in whole öre, the municipalities in code order): each gets ⌊amount / n⌋ and the
 * first (amount mod n) one öre more, so the parts sum exactly to the amount and the column sums to the
 * total granted. The SQL below is that rule, proven equal to the domain function by
 * municipality-split.test.ts. Project counts are "projects involving the municipality" and may sum to
 * more than the number of projects. Projects without municipalities form the row with a null code.
 */
export async function grantedByMunicipality(db: Executor, f: PortfolioFilter) {
  const rows = await queryRows<{
    code: string | null;
    name: string | null;
    county: string | null;
    project_count: unknown;
    granted_ore: unknown;
  }>(
    db,
    sql`WITH g AS (${grantedProjects(f)}),
        parts AS (${municipalityParts(sql`SELECT project_id, granted_ore FROM g`)})
        SELECT parts.municipality_code AS code, municipalities.name, municipalities.county,
               count(*) AS project_count, sum(parts.part_ore)::bigint AS granted_ore
        FROM parts LEFT JOIN municipalities ON municipalities.code = parts.municipality_code
        GROUP BY parts.municipality_code, municipalities.name, municipalities.county
        UNION ALL
        SELECT NULL, NULL, NULL, count(*), coalesce(sum(g.granted_ore), 0)::bigint
        FROM g WHERE NOT EXISTS (SELECT 1 FROM project_municipalities pm WHERE pm.project_id = g.project_id)
        HAVING count(*) > 0`,
  );
  return rows
    .map((r) => ({ code: r.code, name: r.name, county: r.county, ...group(r) }))
    .sort((a, b) => b.grantedOre - a.grantedOre || compareCodes(a.code, b.code));
}

/**
 * One row per (project, municipality) with the municipality's part of the project's amount: the equal
 * largest-remainder split described above. `projectAmounts` is any query of (project_id, granted_ore),
 * `memberships` any of (project_id, municipality_code).
 */
export function municipalityParts(
  projectAmounts: SQL,
  memberships: SQL = sql`SELECT project_id, municipality_code FROM project_municipalities`,
): SQL {
  return sql`
    SELECT numbered.project_id, numbered.municipality_code,
           (numbered.granted_ore / numbered.n
             + CASE WHEN numbered.position <= numbered.granted_ore % numbered.n THEN 1 ELSE 0 END)::bigint AS part_ore
    FROM (
      SELECT pa.project_id, pa.granted_ore::bigint AS granted_ore, pm.municipality_code,
             count(*) OVER (PARTITION BY pa.project_id) AS n,
             row_number() OVER (PARTITION BY pa.project_id ORDER BY pm.municipality_code) AS position
      FROM (${projectAmounts}) AS pa
      JOIN (${memberships}) AS pm ON pm.project_id = pa.project_id
    ) AS numbered`;
}

/** Codes "3", "3.1", "10" in their natural order; the row without a code last. */
export function compareCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'sv', { numeric: true });
}

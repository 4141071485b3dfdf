import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { applicationTotals, decisionVersions, ore, sumOre, type DecisionVersion } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { queryRows, toNumber } from '../../db/client.js';
import { activities, budgetLines, decisions, projects, type Decision } from '../../db/schema/index.js';
import { toDecisionRecord } from '../projects/decision-record.js';

export interface OrganizationRef {
  name: string;
  orgNumber: string | null;
  /** Bidra's own id: an organisation without an organisation number is identified by it. */
  id: string;
  type: string;
  municipalityCode: string | null;
  municipalityName: string | null;
}

/** A published grant with everything the open-data formats ask for, read in a few set-based queries. */
export interface PublishedGrant {
  projectId: string;
  name: string;
  acronym: string | null;
  summary: string | null;
  description: string | null;
  purpose: string | null;
  goals: string | null;
  status: string;
  /** The decision in force (the project's snapshot). */
  grantedOre: number;
  maxShareBp: number | null;
  approvedCostsOre: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  updatedAt: Date;
  owner: OrganizationRef;
  funder: OrganizationRef & { committeeName: string };
  /** The original grant decision: its date is the award date, its case's diary number the local id. */
  grantDecisionId: string;
  awardDate: string;
  diaryNumber: string | null;
  externalIds: { system: string; externalId: string }[];
  programme: { name: string; fund: string | null; cci: string | null } | null;
  priority: { code: string; title: string } | null;
  appropriation: { code: string; name: string; expenditureArea: string | null } | null;
  municipalities: { code: string; name: string }[];
  /** Sum of the approved budget (income deducted) of the latest decision in force that approved one. */
  budgetTotalOre: number | null;
  /** Sum of the stated costs of the activity plan in force. */
  activityPlanCostOre: number | null;
}

/** The population of every open-data export and of the public bank: published, with a grant in force. */
const PUBLISHED = sql`p.published AND p.granted_ore IS NOT NULL`;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : toNumber(v));

/** A row of the main query; numbers arrive as the driver gives them (bigint, string or number). */
interface GrantRow {
  id: string;
  name: string;
  acronym: string | null;
  summary: string | null;
  description: string | null;
  purpose: string | null;
  goals: string | null;
  status: string;
  granted_ore: unknown;
  max_share_bp: unknown;
  approved_costs_ore: unknown;
  period_start: string | null;
  period_end: string | null;
  updated_at: Date | string;
  owner_id: string;
  owner_name: string;
  owner_org_number: string | null;
  owner_type: string;
  owner_municipality: string | null;
  owner_municipality_name: string | null;
  funder_id: string;
  funder_name: string;
  funder_org_number: string | null;
  funder_type: string;
  funder_municipality: string | null;
  funder_municipality_name: string | null;
  committee_name: string;
  grant_id: string;
  award_date: string;
  diary_number: string | null;
  case_id: string;
  programme_name: string | null;
  fund: string | null;
  cci: string | null;
  priority_code: string | null;
  priority_title: string | null;
  appropriation_code: string | null;
  appropriation_name: string | null;
  expenditure_area: string | null;
}

/**
 * Every published project with an approved grant decision (the open-data population), ordered by
 * award date and name so that exports are stable from one run to the next.
 */
export async function loadPublishedGrants(db: Executor): Promise<PublishedGrant[]> {
  const rows = await queryRows<GrantRow>(
    db,
    sql`
    SELECT p.id, p.name, p.acronym, p.summary, p.description, p.purpose, p.goals, p.status::text AS status,
           p.granted_ore, p.max_share_bp, p.approved_costs_ore,
           p.period_start::text AS period_start, p.period_end::text AS period_end, p.updated_at,
           o.id AS owner_id, o.name AS owner_name, o.org_number AS owner_org_number, o.type::text AS owner_type,
           o.municipality_code AS owner_municipality, om.name AS owner_municipality_name,
           fo.id AS funder_id, fo.name AS funder_name, fo.org_number AS funder_org_number, fo.type::text AS funder_type,
           fo.municipality_code AS funder_municipality, fm.name AS funder_municipality_name, fu.committee_name,
           g.id AS grant_id, g.decision_date::text AS award_date, c.diary_number, c.id AS case_id,
           pg.name AS programme_name, pg.fund, pg.cci,
           pr.code AS priority_code, pr.title AS priority_title,
           a.code AS appropriation_code, a.name AS appropriation_name, a.expenditure_area
    FROM projects p
    JOIN organizations o ON o.id = p.owner_organization_id
    LEFT JOIN municipalities om ON om.code = o.municipality_code
    JOIN LATERAL (
      SELECT d.id, d.case_id, d.decision_date, d.appropriation_id FROM decisions d
      WHERE d.project_id = p.id AND d.kind = 'grant' AND d.approved_at IS NOT NULL
      ORDER BY d.approved_at, d.id LIMIT 1
    ) g ON TRUE
    JOIN cases c ON c.id = g.case_id
    JOIN funders fu ON fu.id = c.funder_id
    JOIN organizations fo ON fo.id = fu.organization_id
    LEFT JOIN municipalities fm ON fm.code = fo.municipality_code
    LEFT JOIN programmes pg ON pg.id = p.programme_id
    LEFT JOIN priorities pr ON pr.id = p.priority_id
    LEFT JOIN appropriations a ON a.id = g.appropriation_id
    WHERE ${PUBLISHED}
    ORDER BY g.decision_date, p.name, p.id`,
  );
  if (rows.length === 0) return [];
  const [places, externalIds, costs] = await Promise.all([municipalitiesOf(db), externalIdsOf(db), costsInForce(db)]);
  return rows.map((r) => {
    const cost = costs.get(r.id);
    return {
      projectId: r.id,
      name: r.name,
      acronym: r.acronym,
      summary: r.summary,
      description: r.description,
      purpose: r.purpose,
      goals: r.goals,
      status: r.status,
      grantedOre: toNumber(r.granted_ore),
      maxShareBp: num(r.max_share_bp),
      approvedCostsOre: num(r.approved_costs_ore),
      periodStart: r.period_start,
      periodEnd: r.period_end,
      updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at),
      owner: {
        id: r.owner_id,
        name: r.owner_name,
        orgNumber: r.owner_org_number,
        type: r.owner_type,
        municipalityCode: r.owner_municipality,
        municipalityName: r.owner_municipality_name,
      },
      funder: {
        id: r.funder_id,
        name: r.funder_name,
        orgNumber: r.funder_org_number,
        type: r.funder_type,
        municipalityCode: r.funder_municipality,
        municipalityName: r.funder_municipality_name,
        committeeName: r.committee_name,
      },
      grantDecisionId: r.grant_id,
      awardDate: r.award_date,
      diaryNumber: r.diary_number,
      externalIds: externalIds.get(r.case_id) ?? [],
      programme: r.programme_name === null ? null : { name: r.programme_name, fund: r.fund, cci: r.cci },
      priority: r.priority_code === null ? null : { code: r.priority_code, title: r.priority_title ?? '' },
      appropriation:
        r.appropriation_code === null
          ? null
          : { code: r.appropriation_code, name: r.appropriation_name ?? '', expenditureArea: r.expenditure_area },
      municipalities: places.get(r.id) ?? [],
      budgetTotalOre: cost?.budgetTotalOre ?? null,
      activityPlanCostOre: cost?.activityPlanCostOre ?? null,
    };
  });
}

function groupBy<T, V>(rows: T[], key: (r: T) => string, value: (r: T) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(value(r));
    else map.set(k, [value(r)]);
  }
  return map;
}

// The helpers below select by the same predicate as the main query (not by lists of ids), so that an
// export of a hundred thousand projects stays a handful of queries within any parameter limit.

async function municipalitiesOf(db: Executor) {
  const rows = await queryRows<{ project_id: string; code: string; name: string }>(
    db,
    sql`SELECT pm.project_id, m.code, m.name FROM project_municipalities pm
        JOIN municipalities m ON m.code = pm.municipality_code
        JOIN projects p ON p.id = pm.project_id
        WHERE ${PUBLISHED}
        ORDER BY m.name, m.code`,
  );
  return groupBy(
    rows,
    (r) => r.project_id,
    (r) => ({ code: r.code, name: r.name }),
  );
}

async function externalIdsOf(db: Executor) {
  const rows = await queryRows<{ case_id: string; system: string; external_id: string }>(
    db,
    sql`SELECT x.case_id, x.system, x.external_id FROM case_external_ids x
        JOIN cases c ON c.id = x.case_id JOIN projects p ON p.id = c.project_id
        WHERE ${PUBLISHED}
        ORDER BY x.system, x.external_id`,
  );
  return groupBy(
    rows,
    (r) => r.case_id,
    (r) => ({ system: r.system, externalId: r.external_id }),
  );
}

/**
 * The budget and activity-plan totals in force, per project. Which plan is in force is the domain's
 * decision-in-force rule; the budget is that of the newest version (grant, then amendments) that
 * approved one; project income reduces costs as the domain's totals say.
 */
async function costsInForce(db: Executor) {
  const published = db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.published, true), isNotNull(projects.grantedOre)));
  const approved = await db
    .select()
    .from(decisions)
    .where(and(inArray(decisions.projectId, published), isNotNull(decisions.approvedAt)));
  const planOf = new Map<string, string>();
  const budgetOf = new Map<string, string>();
  for (const [projectId, list] of groupBy(
    approved,
    (d) => d.projectId!,
    (d) => d,
  )) {
    const grant = list.filter((d) => d.kind === 'grant').sort(byApproval)[0];
    if (!grant) continue;
    const versions: DecisionVersion[] = decisionVersions(list.map(toDecisionRecord), grant.id);
    const planId = versions.at(-1)?.terms.activityPlanId;
    if (planId) planOf.set(projectId, planId);
    const budgetId = versions
      .map((v) => list.find((d) => d.id === v.decisionId)?.budgetId)
      .filter((b): b is string => Boolean(b))
      .at(-1);
    if (budgetId) budgetOf.set(projectId, budgetId);
  }
  const approvedPlans = db
    .select({ id: decisions.activityPlanId })
    .from(decisions)
    .where(and(inArray(decisions.projectId, published), isNotNull(decisions.approvedAt)));
  const approvedBudgets = db
    .select({ id: decisions.budgetId })
    .from(decisions)
    .where(and(inArray(decisions.projectId, published), isNotNull(decisions.approvedAt)));
  const [acts, lines] = await Promise.all([
    planOf.size === 0
      ? []
      : db
          .select({ planId: activities.activityPlanId, costOre: activities.costOre })
          .from(activities)
          .where(inArray(activities.activityPlanId, approvedPlans)),
    budgetOf.size === 0
      ? []
      : db
          .select({
            budgetId: budgetLines.budgetId,
            category: budgetLines.costCategory,
            year: budgetLines.year,
            amountOre: budgetLines.amountOre,
          })
          .from(budgetLines)
          .where(inArray(budgetLines.budgetId, approvedBudgets)),
  ]);
  const costsByPlan = groupBy(
    acts.filter((a) => a.costOre !== null),
    (a) => a.planId,
    (a) => ore(a.costOre!),
  );
  const linesByBudget = groupBy(
    lines,
    (l) => l.budgetId,
    (l) => ({ category: l.category, year: l.year, amountOre: l.amountOre }),
  );
  const result = new Map<string, { budgetTotalOre: number | null; activityPlanCostOre: number | null }>();
  for (const projectId of new Set([...planOf.keys(), ...budgetOf.keys()])) {
    const planCosts = costsByPlan.get(planOf.get(projectId) ?? '');
    const budget = linesByBudget.get(budgetOf.get(projectId) ?? '');
    result.set(projectId, {
      activityPlanCostOre: planCosts ? sumOre(planCosts) : null,
      budgetTotalOre: budget ? applicationTotals({ budget }).budget : null,
    });
  }
  return result;
}

const byApproval = (a: Decision, b: Decision): number =>
  a.approvedAt!.getTime() - b.approvedAt!.getTime() || (a.id < b.id ? -1 : 1);

import { asc, eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { decisionVersions } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { queryRows, toNumber } from '../../db/client.js';
import { activities, decisions } from '../../db/schema/index.js';
import { toDecisionRecord } from '../projects/decision-record.js';

/**
 * One published project as the public sees it: what its decisions in force say, and nothing else. Of
 * the people involved only what a decision itself publishes is shown (who decided, in what capacity);
 * no e-mail addresses, recipients or contact lines.
 */
export interface PublicProjectDetail {
  id: string;
  name: string;
  acronym: string | null;
  summary: string | null;
  description: string | null;
  purpose: string | null;
  goals: string | null;
  status: string;
  owner: { name: string; orgNumber: string | null; type: string };
  funder: { name: string; committeeName: string };
  grantedOre: number;
  maxShareBp: number | null;
  approvedCostsOre: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  priority: { code: string; title: string } | null;
  programme: { name: string; fund: string | null } | null;
  municipalities: { code: string; name: string }[];
  activities: {
    number: string;
    title: string;
    startDate: string | null;
    endDate: string | null;
    costOre: number | null;
  }[];
  decisions: PublicDecision[];
}

export interface PublicDecision {
  kind: 'grant' | 'amend';
  decisionDate: string | null;
  diaryNumber: string | null;
  decidedBy: string | null;
  capacity: string | null;
  /** committee, delegation or urgent (the chair's urgent decision); null when not recorded. */
  authority: string | null;
  delegationPoint: string | null;
  meetingDate: string | null;
  amountOre: number | null;
  maxShareBp: number | null;
  approvedCostsOre: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  legalBasis: string[];
  /** What an amendment changed, as its letter says. */
  changes: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : toNumber(v));

interface ProjectRow {
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
  owner_name: string;
  owner_org_number: string | null;
  owner_type: string;
  priority_code: string | null;
  priority_title: string | null;
  programme_name: string | null;
  fund: string | null;
}

/** Null for an id that is unknown, not published or without an approved grant: all answer alike. */
export async function getPublicProject(db: Executor, id: string): Promise<PublicProjectDetail | null> {
  if (!UUID.test(id)) return null;
  const [p] = await queryRows<ProjectRow>(
    db,
    sql`
    SELECT p.id, p.name, p.acronym, p.summary, p.description, p.purpose, p.goals, p.status::text AS status,
           p.granted_ore, p.max_share_bp, p.approved_costs_ore,
           p.period_start::text AS period_start, p.period_end::text AS period_end,
           o.name AS owner_name, o.org_number AS owner_org_number, o.type::text AS owner_type,
           pr.code AS priority_code, pr.title AS priority_title, pg.name AS programme_name, pg.fund
    FROM projects p
    JOIN organizations o ON o.id = p.owner_organization_id
    LEFT JOIN priorities pr ON pr.id = p.priority_id
    LEFT JOIN programmes pg ON pg.id = p.programme_id
    WHERE p.id = ${id}::uuid AND p.published AND p.granted_ore IS NOT NULL`,
  );
  if (!p) return null;
  const decided = await publicDecisions(db, id);
  if (!decided) return null;
  const places = await queryRows<{ code: string; name: string }>(
    db,
    sql`SELECT m.code, m.name FROM project_municipalities pm JOIN municipalities m ON m.code = pm.municipality_code
        WHERE pm.project_id = ${id}::uuid ORDER BY m.name, m.code`,
  );
  const plan = decided.activityPlanId
    ? await db
        .select({
          number: activities.number,
          title: activities.title,
          startDate: activities.startDate,
          endDate: activities.endDate,
          costOre: activities.costOre,
        })
        .from(activities)
        .where(eq(activities.activityPlanId, decided.activityPlanId))
        .orderBy(asc(activities.sortOrder))
    : [];
  return {
    id,
    name: p.name,
    acronym: p.acronym,
    summary: p.summary,
    description: p.description,
    purpose: p.purpose,
    goals: p.goals,
    status: p.status,
    owner: { name: p.owner_name, orgNumber: p.owner_org_number, type: p.owner_type },
    funder: decided.funder,
    grantedOre: toNumber(p.granted_ore),
    maxShareBp: num(p.max_share_bp),
    approvedCostsOre: num(p.approved_costs_ore),
    periodStart: p.period_start,
    periodEnd: p.period_end,
    priority: p.priority_code === null ? null : { code: p.priority_code, title: p.priority_title ?? '' },
    programme: p.programme_name === null ? null : { name: p.programme_name, fund: p.fund },
    municipalities: places,
    activities: plan,
    decisions: decided.list,
  };
}

/** The grant and its approved amendments (the versions whose sum is the decision in force), oldest first. */
async function publicDecisions(db: Executor, projectId: string) {
  const rows = await db.select().from(decisions).where(eq(decisions.projectId, projectId));
  const grant = rows
    .filter((d) => d.kind === 'grant' && d.approvedAt !== null)
    .sort((a, b) => a.approvedAt!.getTime() - b.approvedAt!.getTime() || (a.id < b.id ? -1 : 1))[0];
  if (!grant) return null;
  const versions = decisionVersions(rows.map(toDecisionRecord), grant.id);
  const ids = versions.map((v) => v.decisionId);
  const facts = await queryRows<{
    id: string;
    diary_number: string | null;
    held_on: string | null;
    funder_name: string;
    committee_name: string;
  }>(
    db,
    // One matter, one diary number: an amendment's case shows its parent's (the project's case).
    sql`SELECT d.id, coalesce(pc.diary_number, c.diary_number) AS diary_number, m.held_on::text AS held_on,
               fo.name AS funder_name, f.committee_name
        FROM decisions d JOIN cases c ON c.id = d.case_id LEFT JOIN cases pc ON pc.id = c.parent_case_id
        JOIN funders f ON f.id = c.funder_id JOIN organizations fo ON fo.id = f.organization_id
        LEFT JOIN meetings m ON m.id = d.meeting_id
        WHERE d.id IN (${sql.join(
          ids.map((x) => sql`${x}::uuid`),
          sql`, `,
        )})`,
  );
  const factOf = new Map(facts.map((f) => [f.id, f]));
  const list: PublicDecision[] = ids.map((decisionId) => {
    const d = rows.find((r) => r.id === decisionId)!;
    const f = factOf.get(decisionId);
    const changes = typeof d.body.changes === 'string' ? d.body.changes : null;
    return {
      kind: d.kind === 'grant' ? 'grant' : 'amend',
      decisionDate: d.decisionDate,
      diaryNumber: f?.diary_number ?? null,
      decidedBy: d.decidedByName,
      capacity: d.capacity,
      authority: d.authority,
      delegationPoint: d.delegationPoint,
      meetingDate: f?.held_on ?? null,
      amountOre: d.amountOre,
      maxShareBp: d.maxShareBp,
      approvedCostsOre: d.approvedCostsOre,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      legalBasis: d.legalBasis,
      changes,
    };
  });
  const grantFacts = factOf.get(grant.id);
  return {
    list,
    activityPlanId: versions.at(-1)!.terms.activityPlanId,
    funder: { name: grantFacts?.funder_name ?? '', committeeName: grantFacts?.committee_name ?? '' },
  };
}
